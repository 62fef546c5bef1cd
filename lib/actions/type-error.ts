/**
 * An error map for a schema's own type check only. `z.string({ error: "required" })` would put
 * "required" on every issue of the schema, a too-long or too-short value included; this keeps the
 * checks' own messages (tooShort, tooLong…) and names only a missing or non-string value.
 */
export const typeError = (key: string) => (issue: { code: string }) => (issue.code === "invalid_type" ? key : undefined);
