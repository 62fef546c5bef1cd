import yauzl from "yauzl";
import { AppError } from "@/lib/actions/app-error";
import { MAX_FILE_BYTES, MAX_RATIO, MAX_UNZIPPED_BYTES, MAX_ZIP_ENTRIES } from "./limits";

export type FileFormat = "xlsx" | "csv";

const refuse = (key: string, values?: Record<string, string | number>) =>
  new AppError("VALIDATION", { file: [values ? { key: `imports.errors.${key}`, values } : { key: `imports.errors.${key}` }] });

/** The format the name claims; anything but .xlsx and .csv is refused. */
export function formatOf(fileName: string): FileFormat {
  const ext = fileName.toLowerCase().split(".").pop();
  if (ext === "xlsx") return "xlsx";
  if (ext === "csv") return "csv";
  throw refuse("fileType");
}

/**
 * Refuses a file that is not what its name claims, before a parser opens it: too large, an .xlsx
 * that is not a zip or inflates like a zip bomb (read from the central directory, nothing is
 * inflated), a .csv that is a program ("MZ"), binary (NUL) or not UTF-8 text.
 */
export async function checkFile(fileName: string, bytes: Buffer): Promise<FileFormat> {
  const format = formatOf(fileName);
  if (bytes.length > MAX_FILE_BYTES) throw refuse("fileTooLarge", { max: MAX_FILE_BYTES / 1024 / 1024 });
  if (bytes.length === 0) throw refuse("fileEmpty");
  if (format === "xlsx") await checkZip(bytes);
  else checkText(bytes);
  return format;
}

function checkText(bytes: Buffer) {
  if (bytes[0] === 0x4d && bytes[1] === 0x5a) throw refuse("notText");
  if (bytes.includes(0)) throw refuse("notText");
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw refuse("notUtf8");
  }
}

async function checkZip(bytes: Buffer) {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw refuse("notXlsx");
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true }).catch(() => null);
  if (!zip) throw refuse("notXlsx");
  if (zip.entryCount > MAX_ZIP_ENTRIES) {
    zip.close();
    throw refuse("zipBomb");
  }
  let total = 0;
  let bomb = false;
  let sawWorkbook = false;
  await new Promise<void>((resolve, reject) => {
    zip.on("entry", (entry: yauzl.Entry) => {
      total += entry.uncompressedSize;
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (entry.fileName === "xl/workbook.xml") sawWorkbook = true;
      if (total > MAX_UNZIPPED_BYTES || (entry.uncompressedSize > 1024 * 1024 && ratio > MAX_RATIO)) {
        bomb = true;
        zip.close();
        resolve();
        return;
      }
      zip.readEntry();
    });
    zip.on("end", () => resolve());
    zip.on("error", reject);
    zip.readEntry();
  }).catch(() => {
    throw refuse("notXlsx");
  });
  if (bomb) throw refuse("zipBomb");
  if (!sawWorkbook) throw refuse("notXlsx");
}
