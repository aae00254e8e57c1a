// Starts the real `metodset` binary on a fresh demo database for the browser tests and stops it afterwards.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The web/ folder. */
export const kWebDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The server binary: METODSET_BIN or ../build/bin/metodset relative to web/. */
export const kBinary = path.resolve(kWebDir, process.env.METODSET_BIN ?? '../build/bin/metodset');

/** A running server. */
export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  base_url: string;
  /** Stops the server and removes its temporary directory. */
  stop: () => Promise<void>;
}

async function FreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function WaitHealthy(base_url: string, child: ChildProcess, log: () => string, timeout_ms: number): Promise<void> {
  const deadline = Date.now() + timeout_ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`metodset serve exited with ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${base_url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`metodset serve did not answer /healthz within ${timeout_ms} ms:\n${log()}`);
}

/** Creates a fresh demo database and starts `metodset serve` on a free port with the built UI. */
export async function StartServer(): Promise<TestServer> {
  if (!existsSync(kBinary)) throw new Error(`server binary not found: ${kBinary} (build it or set METODSET_BIN)`);
  const dist = path.join(kWebDir, 'dist');
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`UI not built: ${dist} (run npm run build)`);
  const dir = mkdtempSync(path.join(tmpdir(), 'metodset-e2e-'));
  const db = `sqlite://${path.join(dir, 'e2e.db')}`;
  try {
    await run(kBinary, ['demo', '--db', db], { cwd: dir, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 });
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    const failure = e as Error & { stderr?: string; stdout?: string };
    throw new Error(`metodset demo failed: ${failure.message}\n${failure.stdout ?? ''}${failure.stderr ?? ''}`);
  }
  const port = await FreePort();
  const base_url = `http://127.0.0.1:${port}`;
  // Attachments go to the temporary directory too (the default `var/files` is relative to the working directory).
  const files = path.join(dir, 'files');
  const child = spawn(kBinary, ['serve', '--db', db, '--listen', `127.0.0.1:${port}`, '--static', dist, '--files', files], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    // Only the tail matters for a failure report; the access log can grow long.
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await WaitHealthy(base_url, child, () => output, 30_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return { base_url, stop };
}
