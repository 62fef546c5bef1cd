import { expect, it } from "vitest";
import { testDatabaseUrl } from "@/lib/testing/db";
import { runPrismaCli } from "@/lib/testing/prisma-cli";

// `npm run db:drift`: the migrations produce exactly prisma/schema.prisma. A schema edit without
// `prisma migrate dev` fails here. (The stand-in engine replays the migrations in a temporary shadow
// database on the test server, created through this file's database URL.)
it("finds no drift between prisma/migrations and prisma/schema.prisma", async () => {
  const result = await runPrismaCli(
    ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma", "--exit-code"],
    testDatabaseUrl(),
  );
  expect(result, result.stdout + result.stderr).toMatchObject({ code: 0 });
  expect(result.stdout).toContain("No difference detected");
}, 60_000);
