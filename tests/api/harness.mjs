// Starts the real metodset binary on a fresh database (SQLite file, or a new PostgreSQL database when
// METODSET_TEST_PG is set) and speaks HTTP to it.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const BIN = process.env.METODSET_BIN ?? resolve(import.meta.dirname, '../../build/bin/metodset');
export const DEMO_PASSWORD = 'Demo-2026';

/** The backends to run API suites on: SQLite always, PostgreSQL when the test cluster is up. */
export function backends() {
  const list = ['sqlite'];
  if (process.env.METODSET_TEST_PG) list.push('postgres');
  else if (process.env.METODSET_REQUIRE_PG === '1') throw new Error('METODSET_TEST_PG is not set');
  return list;
}

async function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.unref();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

let counter = 0;

/** A fresh database URL for the backend; `drop()` removes it. */
export function freshDatabase(backend) {
  const dir = mkdtempSync(join(tmpdir(), 'metodset-api-'));
  if (backend === 'sqlite') {
    return { url: `sqlite://${dir}/api.db`, dir, drop: () => rmSync(dir, { recursive: true, force: true }) };
  }
  const admin = process.env.METODSET_TEST_PG;
  const name = `metodset_api_${process.pid}_${++counter}`;
  execFileSync('psql', [admin, '-qc', `CREATE DATABASE ${name}`]);
  const url = admin.replace(/\/[^/]*$/, `/${name}`);
  return {
    url,
    dir,
    drop: () => {
      execFileSync('psql', [admin, '-qc', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function runCli(args, input) {
  return execFileSync(BIN, args, { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Starts `metodset serve` on `db` (creating the demo region first unless demo=false). */
export async function startServer({ backend = 'sqlite', demo = true, db } = {}) {
  const database = db ?? freshDatabase(backend);
  if (demo) runCli(['demo', '--db', database.url]);
  const port = await freePort();
  const proc = spawn(BIN, ['serve', '--db', database.url, '--listen', `127.0.0.1:${port}`, '--static', 'none',
    '--files', join(database.dir, 'files')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  proc.stdout.on('data', (d) => (log += d));
  proc.stderr.on('data', (d) => (log += d));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited: ${log}`);
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error(`server did not start: ${log}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const server = {
    base,
    proc,
    database,
    log: () => log,
    async stop({ keepDatabase = false } = {}) {
      if (proc.exitCode === null) {
        const exited = new Promise((r) => proc.once('exit', r));
        proc.kill('SIGTERM');
        await exited;
      }
      if (!keepDatabase) database.drop();
    },
    /** An anonymous client. */
    anonymous() {
      return new Client(base);
    },
    /** A client logged in as a demo user. */
    async as(login, password = DEMO_PASSWORD) {
      const c = new Client(base);
      const r = await c.login(login, password);
      if (r.status !== 200) throw new Error(`login ${login}: ${r.status} ${JSON.stringify(r.json)}`);
      return c;
    },
  };
  return server;
}

export class Client {
  constructor(base) {
    this.base = base;
    this.cookie = null;
    this.csrf = null;
  }

  async login(login, password) {
    const r = await this.request('POST', '/api/v1/auth/login', { login, password });
    if (r.status === 200) {
      this.cookie = r.headers.get('set-cookie').split(';')[0];
      this.csrf = r.json.csrf_token;
    }
    return r;
  }

  /** Sends a request; `body` is JSON unless it is a Buffer. Returns {status, headers, json, text, bytes}. */
  async request(method, path, body, { headers = {}, csrf = true } = {}) {
    const h = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (csrf && this.csrf && !['GET', 'HEAD'].includes(method)) h['x-csrf-token'] = this.csrf;
    let payload;
    if (Buffer.isBuffer(body)) {
      payload = body;
      h['content-type'] ??= 'application/octet-stream';
    } else if (body !== undefined) {
      payload = JSON.stringify(body);
      h['content-type'] = 'application/json';
    }
    const r = await fetch(this.base + path, { method, headers: h, body: payload, redirect: 'manual' });
    const bytes = Buffer.from(await r.arrayBuffer());
    const text = bytes.toString('utf8');
    let json = null;
    if ((r.headers.get('content-type') ?? '').includes('json') && text) {
      try {
        json = JSON.parse(text);
      } catch {}
    }
    return { status: r.status, headers: r.headers, json, text, bytes };
  }

  get(path) {
    return this.request('GET', path);
  }
}
