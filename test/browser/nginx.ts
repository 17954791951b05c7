/**
 * Runs Debian's real nginx with the project's config (deploy/nginx/) on a free loopback port, as any user:
 * a temp prefix (-p) holds the config, a copy of the build in html/atlas/, the pid file, logs and temp
 * folders; `daemon off` keeps the master our child, so stopping it stops nginx.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, watch } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';
const DEPLOY = new URL('../../deploy/nginx/', import.meta.url);
/** The listen line deploy/nginx/nginx.conf has for the container; the test puts a loopback port there. */
const LISTEN = 'listen 8080;';

export interface Nginx {
  /** http://127.0.0.1:PORT/ */
  origin: string;
  prefix: string;
  /** Lines nginx has written to its access log so far. */
  accessLog: () => Promise<string[]>;
  stop: () => Promise<void>;
}

/** A port the kernel says is free now (it could be taken before nginx binds: start() then tries another). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  await new Promise((r) => server.close(r));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** Resolves when `file` appears in `dir`, rejects if nginx exits first (bad config, port taken). */
function whenFileAppears(dir: string, file: string, proc: ChildProcess, stderr: () => string): Promise<void> {
  return new Promise((done, fail) => {
    const watcher = watch(dir, () => check());
    const onExit = (code: number | null) => {
      watcher.close();
      fail(new Error(`nginx exited (${code}) before it was ready:\n${stderr()}`));
    };
    // Not installed (ENOENT): scripts/test-all.sh installs Debian's nginx; this test never skips.
    proc.once('error', (e) => {
      watcher.close();
      fail(new Error(`cannot run ${NGINX}: ${e.message}`));
    });
    const check = () =>
      readdir(dir).then((names) => {
        if (!names.includes(file)) return;
        watcher.close();
        proc.off('exit', onExit);
        done();
      });
    proc.once('exit', onExit);
    void check();
  });
}

async function start(prefix: string, port: number): Promise<ChildProcess> {
  const conf = await readFile(new URL('nginx.conf', DEPLOY), 'utf8');
  if (conf.split(LISTEN).length !== 2) throw new Error(`deploy/nginx/nginx.conf must have exactly one "${LISTEN}"`);
  await writeFile(join(prefix, 'conf', 'nginx.conf'), conf.replace(LISTEN, `listen 127.0.0.1:${port};`));
  await rm(join(prefix, 'logs', 'nginx.pid'), { force: true });
  const proc = spawn(NGINX, ['-p', `${prefix}/`, '-c', join(prefix, 'conf', 'nginx.conf'), '-e', join(prefix, 'logs', 'error.log'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  // With -e, nginx's start-up errors (bad config, port taken) go to the error log, not stderr.
  const stderr = () => err + errorLog(prefix);
  // nginx writes its pid file once its listening sockets are open: from then on connections queue.
  await whenFileAppears(join(prefix, 'logs'), 'nginx.pid', proc, stderr);
  return proc;
}

function errorLog(prefix: string): string {
  try {
    return readFileSync(join(prefix, 'logs', 'error.log'), 'utf8');
  } catch {
    return '';
  }
}

/**
 * Starts nginx on a copy of `distDir` under /atlas/, plus `extra` files (path under the build → content),
 * and waits until it answers.
 */
export async function startNginx(distDir = 'dist', extra: Record<string, string> = {}): Promise<Nginx> {
  const prefix = await mkdtemp(join(tmpdir(), 'atlas-nginx-'));
  // Worker processes run as `nobody` when the test runs as root: they must be able to read the prefix.
  await chmod(prefix, 0o755);
  await Promise.all([mkdir(join(prefix, 'conf')), mkdir(join(prefix, 'logs')), mkdir(join(prefix, 'html'))]);
  for (const f of await readdir(DEPLOY)) if (f !== 'nginx.conf') await cp(new URL(f, DEPLOY), join(prefix, 'conf', f));
  // A copy, not a link: the test adds files a host would add (its own dataset) without touching dist/.
  await cp(resolve(distDir), join(prefix, 'html', 'atlas'), { recursive: true });
  for (const [path, body] of Object.entries(extra)) {
    const file = join(prefix, 'html', 'atlas', path);
    await mkdir(join(file, '..'), { recursive: true });
    await writeFile(file, body);
  }
  let proc: ChildProcess | undefined;
  let port = 0;
  const failures: string[] = [];
  for (let attempt = 0; attempt < 3 && !proc; attempt++) {
    port = await freePort();
    try {
      proc = await start(prefix, port);
    } catch (e) {
      failures.push((e as Error).message);
    }
  }
  if (!proc) {
    await rm(prefix, { recursive: true, force: true });
    throw new Error(`nginx did not start:\n${failures.join('\n')}`);
  }
  const running = proc;
  const stop = async () => {
    if (running.exitCode === null && running.signalCode === null) {
      const exited = new Promise((r) => running.once('exit', r));
      running.kill('SIGTERM');
      await exited;
    }
    await rm(prefix, { recursive: true, force: true });
  };
  const origin = `http://127.0.0.1:${port}/`;
  // The pid file says the socket is open; a bounded number of requests confirms nginx answers through it.
  let answered = false;
  for (let i = 0; i < 50 && !answered; i++) answered = await fetch(`${origin}atlas/`).then((r) => r.ok, () => false);
  if (!answered) {
    await stop();
    throw new Error(`nginx on ${origin} does not answer /atlas/`);
  }
  return {
    origin,
    prefix,
    accessLog: async () => (await readFile(join(prefix, 'logs', 'access.log'), 'utf8')).split('\n').filter(Boolean),
    stop,
  };
}
