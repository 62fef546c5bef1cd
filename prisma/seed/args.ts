export interface SeedArgs {
  help: boolean;
  ifEmpty: boolean;
  reset: boolean;
  /** Scale mode with this many projects; null for the demo province. */
  projects: number | null;
  seed: number;
  /** YYYY-MM-DD; null means today in Vietnam. */
  today: string | null;
}

export const DEFAULT_SEED = 42;
export const MAX_PROJECTS = 1_000_000;

export const USAGE = `Usage: tsx prisma/seed/main.ts [options]   (npm run db:seed -- [options])

Seeds the database in DATABASE_URL. Without options: the demo province (4 users, ~40 zones, 300 projects).

  --if-empty        do nothing (exit 0) if the database already has a user
  --reset           empty every domain table first (users included), then seed
  --projects N      scale mode: N projects, up to 300 zones, ~3 amendments per project, 10 years of actuals
  --seed S          PRNG seed (integer, default ${DEFAULT_SEED}); the same seed and date give the same data
  --today YYYY-MM-DD  the date the data is "as of" (default: today in Vietnam)
  --help            this text

A database that already has users is refused unless --reset or --if-empty is given.`;

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): SeedArgs {
  const args: SeedArgs = { help: false, ifEmpty: false, reset: false, projects: null, seed: DEFAULT_SEED, today: null };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i] ?? "";
    const [flag, inline] = raw.includes("=") ? [raw.slice(0, raw.indexOf("=")), raw.slice(raw.indexOf("=") + 1)] : [raw, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case "--help":
      case "-h":
        args.help = true;
        break;
      case "--if-empty":
        args.ifEmpty = true;
        break;
      case "--reset":
        args.reset = true;
        break;
      case "--projects":
        args.projects = integer(flag, value(), 1, MAX_PROJECTS);
        break;
      case "--seed":
        args.seed = integer(flag, value(), 0, 2 ** 32 - 1);
        break;
      case "--today":
        args.today = value();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(args.today)) throw new UsageError(`--today expects YYYY-MM-DD, got "${args.today}"`);
        break;
      default:
        throw new UsageError(`Unknown option "${raw}"`);
    }
  }
  return args;
}

function integer(flag: string, text: string, min: number, max: number): number {
  const n = Number(text.replaceAll("_", ""));
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag} expects an integer from ${min} to ${max}, got "${text}"`);
  return n;
}
