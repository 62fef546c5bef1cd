// The import's hard limits, stated once: the route handler, the file checks and the messages use them.
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_ROWS = 100_000;
/** A cell longer than this is refused before any schema sees it (the longest form field is 2,000). */
export const MAX_CELL_CHARS = 5_000;
/** An XLSX may inflate to at most this much in total, and no entry more than MAX_RATIO times. */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
export const MAX_RATIO = 100;
export const MAX_ZIP_ENTRIES = 10_000;
/** Rows shown per page of the preview. */
export const PREVIEW_PAGE_SIZE = 50;

/** 10,000 rows commit in seconds, but a busy database must not cut a large file half-way. */
export const IMPORT_TX = { maxWait: 10_000, timeout: 10 * 60_000 } as const;
