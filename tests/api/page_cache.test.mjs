// The kept list pages (docs/adr/0005-page-cache.md) against the real binary on both backends: a write made
// through the server shows on the very next request of a list that was just served, a page kept for one
// caller is never given to another, and a write by another process (the command line) shows within the
// time to live.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backends, runCli, startServer } from './harness.mjs';

for (const backend of backends()) {
  describe(`kept list pages on ${backend}`, () => {
    let server;
    let admin;
    let coord;
    let blag;
    before(async () => {
      server = await startServer({ backend });
      admin = await server.as('admin');
      coord = await server.as('coord');
      blag = (await admin.get('/api/v1/territory/municipalities')).json.items.find((m) => m.name === 'г. Благовещенск');
    });
    after(async () => server?.stop());

    const names = async (client, target) => {
      const r = await client.get(target);
      assert.equal(r.status, 200, JSON.stringify(r.json));
      return r.json.items.map((o) => o.name);
    };

    test('an organisation created, renamed or deleted shows on the next request of a list just served', async () => {
      const target = `/api/v1/organisations?municipality=${blag.id}&q=${encodeURIComponent('Кэшева')}&size=50`;
      assert.deepEqual(await names(admin, target), []);
      assert.deepEqual(await names(admin, target), [], 'served twice: the second answer may come from the cache');
      const created = await coord.request('POST', '/api/v1/organisations', {
        municipality_id: blag.id, name: 'МАОУ «Школа Кэшева»', kind: 'school',
      });
      assert.equal(created.status, 201, JSON.stringify(created.json));
      assert.deepEqual(await names(admin, target), ['МАОУ «Школа Кэшева»']);
      const renamed = await coord.request('PUT', `/api/v1/organisations/${created.json.id}`, {
        ...created.json, name: 'МАОУ «Гимназия Кэшева»',
      });
      assert.equal(renamed.status, 200, JSON.stringify(renamed.json));
      assert.deepEqual(await names(admin, target), ['МАОУ «Гимназия Кэшева»']);
      assert.equal((await coord.request('DELETE', `/api/v1/organisations/${created.json.id}`)).status, 204);
      assert.deepEqual(await names(admin, target), []);
    });

    test('a page served to one caller is never served to another with a different scope', async () => {
      const target = '/api/v1/organisations?page=1&size=50';
      const all = (await admin.get(target)).json;
      const again = (await admin.get(target)).json;
      assert.deepEqual(again, all);
      const mine = (await coord.get(target)).json;
      assert.ok(mine.total < all.total, `coordinator sees ${mine.total} of ${all.total}`);
      assert.ok(mine.items.every((o) => o.municipality_id === blag.id));
      const anonymous = await server.anonymous().get(target);
      assert.equal(anonymous.status, 401);
    });

    test('a person added through the API shows on the people list just served', async () => {
      const target = `/api/v1/people?q=${encodeURIComponent('Кэшина')}&size=50`;
      assert.equal((await coord.get(target)).json.total, 0);
      assert.equal((await coord.get(target)).json.total, 0);
      const school = (await coord.get(`/api/v1/organisations?municipality=${blag.id}&kind=school&size=1`)).json.items[0];
      const created = await coord.request('POST', '/api/v1/people', {
        last_name: 'Кэшина', first_name: 'Вера', middle_name: 'Ивановна', birth_date: '1990-05-06',
        employments: [{ organisation_id: school.id, position: 'teacher', subjects: ['mathematics'], is_main: true,
          pedagogical: true, started_on: '2015-09-01' }],
      });
      assert.equal(created.status, 201, JSON.stringify(created.json));
      assert.deepEqual((await coord.get(target)).json.items.map((p) => p.full_name), ['Кэшина Вера Ивановна']);
    });

    test('a write by another process (the command line) shows within the time to live', async () => {
      const target = `/api/v1/people?q=${encodeURIComponent('Консольная')}&size=50`;
      assert.equal((await admin.get(target)).json.total, 0);
      assert.equal((await admin.get(target)).json.total, 0);
      const inn = (await admin.get(`/api/v1/organisations?municipality=${blag.id}&kind=school&size=50`)).json.items
        .map((o) => o.inn).find(Boolean);
      const dir = mkdtempSync(join(tmpdir(), 'metodset-cache-'));
      try {
        const file = join(dir, 'staff.csv');
        writeFileSync(file, 'Фамилия*;Имя*;Отчество;Дата рождения*;ИНН организации*;Должность*;Дата приёма*\n' +
          `Консольная;Ольга;Петровна;03.04.1985;${inn};Учитель;01.09.2012\n`);
        runCli(['import', 'people', '--db', server.database.url, file]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      const imported = Date.now();
      let total = 0;
      while (total === 0 && Date.now() - imported < 5000) {
        total = (await admin.get(target)).json.total;
        if (total === 0) await new Promise((r) => setTimeout(r, 50));
      }
      assert.equal(total, 1);
      assert.ok(Date.now() - imported < 1500, `shown after ${Date.now() - imported} ms (time to live 1 s)`);
    });
  });
}
