#!/usr/bin/env node
// `npm test`: lint, typecheck, unit + integration (Vitest, real PostgreSQL), build, e2e (Playwright).
// Stops at the first failing step. Prints how long each step took and a closing count of tests.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { recordBuild, sourceHash } from "./start-steps.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../../node_modules/.bin/${name}`, import.meta.url));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

const STEPS = [
  { name: "lint", command: bin("eslint"), args: ["--max-warnings", "0", "."] },
  { name: "typecheck", command: bin("tsc"), args: ["--noEmit"] },
  { name: "unit+integration", command: bin("vitest"), args: ["run"] },
  { name: "build", command: bin("next"), args: ["build"], after: () => recordBuild(ROOT, sourceHash(ROOT)) },
  { name: "e2e", command: process.execPath, args: ["e2e/run.mjs"] },
];

const totals = { passed: 0, failed: 0 };

// Vitest: "Tests  12 passed | 1 failed (13)"; Playwright: "  12 passed (30s)", "  1 failed".
function count(output, step) {
  const clean = output.replace(/\x1b\[[0-9;]*m/g, "");
  if (step === "unit+integration") {
    const line = clean.split("\n").find((l) => /^\s*Tests\s+/.test(l)) ?? "";
    totals.passed += Number(/(\d+) passed/.exec(line)?.[1] ?? 0);
    totals.failed += Number(/(\d+) failed/.exec(line)?.[1] ?? 0);
  } else if (step === "e2e") {
    for (const m of clean.matchAll(/^\s+(\d+) (passed|failed|flaky)\b/gm)) {
      if (m[2] === "failed") totals.failed += Number(m[1]);
      else totals.passed += Number(m[1]);
    }
  }
}

function run(step) {
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    child.stdout.on("data", (chunk) => {
      process.stdout.write(chunk);
      output += chunk.toString();
      if (output.length > 2_000_000) output = output.slice(-1_000_000);
    });
    child.on("exit", (code, signal) => {
      count(output, step.name);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

const started = Date.now();
let failedStep;
for (const step of STEPS) {
  const t0 = Date.now();
  console.log(`\n▶ ${step.name}`);
  const code = await run(step);
  console.log(`◀ ${step.name}: ${code === 0 ? "ok" : `FAILED (exit ${code})`} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  if (code !== 0) {
    failedStep = step.name;
    break;
  }
  step.after?.();
}
console.log(`\nnpm test: ${failedStep ? `failed at ${failedStep}` : "all steps passed"} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${totals.passed} passed, ${totals.failed + (failedStep && totals.failed === 0 ? 1 : 0)} failed`);
process.exit(failedStep ? 1 : 0);
