import type { z } from "zod";
import type { FieldErrors, FieldMessage } from "./app-error";

// Schemas name their messages by i18n key ({ error: "required" } under "validation.", or a dotted
// key such as "projects.errors.ircTaken"); zod's own defaults are mapped
// to the closest key so that no raw English text from zod reaches a form.
function toMessage(issue: z.core.$ZodIssue): FieldMessage {
  if (issue.message && /^[a-zA-Z][\w.]*$/.test(issue.message) && !issue.message.startsWith("Invalid")) return { key: issue.message };
  switch (issue.code) {
    case "too_small":
      return issue.origin === "string" ? { key: "tooShort", values: { min: Number(issue.minimum) } } : { key: "invalid" };
    case "too_big":
      return issue.origin === "string" ? { key: "tooLong", values: { max: Number(issue.maximum) } } : { key: "invalid" };
    case "invalid_format":
      return issue.format === "email" ? { key: "email" } : { key: "invalid" };
    default:
      return { key: "invalid" };
  }
}

export function toFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.map(String).join(".") : "_form";
    (out[field] ??= []).push(toMessage(issue));
  }
  return out;
}
