import { describe, expect, it } from "vitest";
import { PRINTER_CANDIDATES, printerExecutable } from "./pdf";

const [SHELL, FULL] = PRINTER_CANDIDATES;
const installed = (...paths: string[]) => (path: string) => paths.includes(path);

describe("the browser that prints bulletins", () => {
  it("is Debian's headless shell when it is installed, even beside the full Chromium", () => {
    expect(printerExecutable(undefined, installed(SHELL, FULL))).toBe(SHELL);
  });
  it("is Debian's Chromium when the shell is not installed", () => {
    expect(printerExecutable(undefined, installed(FULL))).toBe(FULL);
  });
  it("is CHROMIUM_PATH when set, whatever is installed", () => {
    expect(printerExecutable("/opt/chrome/chrome", installed(SHELL, FULL))).toBe("/opt/chrome/chrome");
  });
  it("falls back to Debian's Chromium path when nothing is installed (the launch then says what is missing)", () => {
    expect(printerExecutable(undefined, installed())).toBe(FULL);
  });
});
