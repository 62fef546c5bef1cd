import { execFile } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const CLI = path.join(ROOT, "node_modules/prisma/build/index.js");

export type CliResult = { code: number; stdout: string; stderr: string };

/**
 * Runs the real Prisma CLI from the repo root, so prisma.config.ts points it at the wasm schema-engine
 * stand-in. `databaseUrl` becomes DATABASE_URL (the config reads the datasource from it).
 */
export function runPrismaCli(args: string[], databaseUrl: string): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      {
        cwd: ROOT,
        timeout: 60_000,
        env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
