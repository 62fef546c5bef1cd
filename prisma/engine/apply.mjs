#!/usr/bin/env node
// Apply prisma/migrations to DATABASE_URL with the bookkeeping-compatible runner (no schema engine).
import pg from "pg";
import { applyMigrations } from "./migrate-runner.mjs";
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
try { const names = await applyMigrations(client, new URL("../migrations", import.meta.url).pathname); if (!names.length) console.log("No pending migrations to apply."); }
catch (e) { console.error(e.message); process.exitCode = 1; }
finally { await client.end(); }
