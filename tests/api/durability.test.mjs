import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { backends, startServer } from './harness.mjs';

for (const backend of backends()) {
  describe(`durability on ${backend}`, () => {
    test('SIGKILL in the middle of a stream of writes loses no acknowledged write', async () => {
      const server = await startServer({ backend });
      const admin = await server.as('admin');
      const municipality = (await admin.get('/api/v1/territory/municipalities')).json.items[0].id;
      const acknowledged = [];
      let stop = false;
      // Four writers in parallel; the server is killed while they are still writing.
      const writer = async (w) => {
        for (let i = 0; !stop; i++) {
          try {
            const r = await admin.request('POST', '/api/v1/organisations', {
              municipality_id: municipality, name: `Школа нагрузки ${w}-${i}`, kind: 'school',
            });
            if (r.status === 201) acknowledged.push(r.json.id);
          } catch {
            return; // the connection died with the server
          }
        }
      };
      const writers = [0, 1, 2, 3].map(writer);
      await new Promise((r) => setTimeout(r, 1500));
      server.proc.kill('SIGKILL');
      stop = true;
      await Promise.all(writers);
      await new Promise((r) => server.proc.exitCode !== null || server.proc.signalCode ? r() : server.proc.once('exit', r));
      assert.ok(acknowledged.length > 20, `only ${acknowledged.length} writes were acknowledged`);

      if (backend === 'sqlite') {
        const file = server.database.url.replace('sqlite://', '');
        const check = execFileSync('sqlite3', [file, 'PRAGMA integrity_check; PRAGMA foreign_key_check;'], { encoding: 'utf8' });
        assert.equal(check.trim(), 'ok');
      }
      const again = await startServer({ backend, demo: false, db: server.database });
      try {
        const c = await again.as('admin');
        const ids = new Set();
        for (let page = 1; ; page++) {
          const r = await c.get(`/api/v1/organisations?q=${encodeURIComponent('нагрузки')}&size=500&page=${page}`);
          r.json.items.forEach((o) => ids.add(o.id));
          if (r.json.items.length < 500) break;
        }
        const lost = acknowledged.filter((id) => !ids.has(id));
        assert.deepEqual(lost, [], 'acknowledged writes lost after the crash');
        // Every organisation written has its audit record: the write and its record commit together.
        const audit = await c.get(`/api/v1/audit?object_type=organisation&action=create&actor=admin&size=1`);
        assert.ok(audit.json.total >= ids.size);
      } finally {
        await again.stop();
      }
    });
  });
}
