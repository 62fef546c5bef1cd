// Commits one import job in a process of its own, so that a test can kill it mid-commit.
export {};
// Usage: node --conditions=react-server --import tsx lib/imports/testing/commit-child.ts <jobId> <userId>
const [jobId, userId] = process.argv.slice(2).map(Number);
const { db } = await import("@/lib/db");
const { commitImport } = await import("../commit-import");
const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, name: true, role: true } });
await commitImport(user, { id: jobId ?? 0 });
await db.$disconnect();
