import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { backends, startServer } from './harness.mjs';

/** A valid 10-digit legal-entity INN from 9 digits. */
function inn(nine) {
  const w = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const sum = [...nine].reduce((s, d, i) => s + w[i] * Number(d), 0);
  return nine + String((sum % 11) % 10);
}

const HEADER = 'Муниципальное образование;Полное наименование;Краткое наименование;Тип организации;ИНН;Адрес;Руководитель;E-mail;Телефон;Признаки';

for (const backend of backends()) {
  describe(`territory on ${backend}`, () => {
    let server;
    let admin;
    let coord;
    let blag;
    let belogorsk;
    before(async () => {
      server = await startServer({ backend });
      admin = await server.as('admin');
      coord = await server.as('coord');
      const list = (await admin.get('/api/v1/territory/municipalities')).json.items;
      blag = list.find((m) => m.name === 'г. Благовещенск');
      belogorsk = list.find((m) => m.name === 'г. Белогорск');
    });
    after(async () => server?.stop());

    test('the organisation list is an envelope, paged and sorted in Russian order', async () => {
      const r = await admin.get(`/api/v1/organisations?municipality=${blag.id}&page=1&size=10`);
      assert.equal(r.status, 200);
      assert.deepEqual(Object.keys(r.json).sort(), ['items', 'page', 'size', 'total']);
      assert.equal(r.json.items.length, 10);
      assert.equal(r.json.total, blag.organisation_count);
      const page2 = await admin.get(`/api/v1/organisations?municipality=${blag.id}&page=2&size=10`);
      assert.notEqual(page2.json.items[0].id, r.json.items[0].id);
      const all = (await admin.get(`/api/v1/organisations?municipality=${blag.id}&size=500`)).json.items.map((o) => o.name);
      // Numbers sort by value: «школа № 2» before «школа № 10».
      const numbers = all.map((n) => n.match(/^МАОУ «Средняя общеобразовательная школа № (\d+)»/)).filter(Boolean).map((m) => Number(m[1]));
      assert.ok(numbers.length > 10);
      assert.deepEqual(numbers, [...numbers].sort((a, b) => a - b));
      const kinds = all.map((n) => n.split(' ')[0]);
      assert.deepEqual(kinds, [...kinds].sort(), 'МАОУ, МАУ, МДОАУ, МОБУ… in alphabetical order');
    });

    test('Ё sorts after Е and before Ж, case-insensitively, on both backends', async () => {
      for (const name of ['ёлочка центр', 'Ежевика центр', 'Жемчужина центр', 'елена центр']) {
        const r = await admin.request('POST', '/api/v1/organisations', { municipality_id: belogorsk.id, name, kind: 'other' });
        assert.equal(r.status, 201, JSON.stringify(r.json));
      }
      const names = (await admin.get(`/api/v1/organisations?q=${encodeURIComponent('центр')}&kind=other&size=50`)).json.items.map((o) => o.name);
      assert.deepEqual(names, ['Ежевика центр', 'елена центр', 'ёлочка центр', 'Жемчужина центр']);
      const desc = (await admin.get(`/api/v1/organisations?q=${encodeURIComponent('ЦЕНТР')}&kind=other&sort=-name`)).json.items.map((o) => o.name);
      assert.deepEqual(desc, ['Жемчужина центр', 'ёлочка центр', 'елена центр', 'Ежевика центр']);
    });

    test('a bad field is refused with a Russian message naming it, and nothing is saved', async () => {
      const before = (await admin.get('/api/v1/organisations?size=1')).json.total;
      const r = await coord.request('POST', '/api/v1/organisations', { municipality_id: blag.id, name: 'Лицей № 9', kind: 'school', inn: '12345' });
      assert.equal(r.status, 422);
      assert.equal(r.json.error.field, 'inn');
      assert.equal(r.json.error.message, 'ИНН организации должен состоять из 10 цифр');
      const email = await coord.request('POST', '/api/v1/organisations', { municipality_id: blag.id, name: 'Лицей № 9', kind: 'school', email: 'лицей@' });
      assert.equal(email.json.error.field, 'email');
      const missing = await coord.request('POST', '/api/v1/organisations', { name: 'Лицей № 9', kind: 'school' });
      assert.equal(missing.json.error.field, 'municipality_id');
      assert.equal((await admin.get('/api/v1/organisations?size=1')).json.total, before);
    });

    test('create, update and delete are audited with old and new values', async () => {
      const created = await coord.request('POST', '/api/v1/organisations', {
        municipality_id: blag.id, name: 'МАОУ «Лицей № 11» г. Благовещенска', kind: 'school', inn: inn('280100111'), flags: ['low_results'],
      });
      assert.equal(created.status, 201, JSON.stringify(created.json));
      const id = created.json.id;
      assert.deepEqual(created.json.flags, ['low_results']);
      const updated = await coord.request('PUT', `/api/v1/organisations/${id}`, { ...created.json, email: 'licey11@obr.ru', flags: [] });
      assert.equal(updated.status, 200);
      assert.equal(updated.json.email, 'licey11@obr.ru');
      const log = (await admin.get(`/api/v1/audit?object_type=organisation&object_id=${id}`)).json.items;
      assert.deepEqual(log.map((e) => e.action), ['update', 'create']);
      assert.equal(log[0].actor_login, 'coord');
      assert.equal(log[0].role, 'municipal-coordinator');
      assert.equal(log[0].scope, `municipality:${blag.id}`);
      assert.deepEqual(log[0].changes.find((c) => c.field === 'email'), { field: 'email', old: null, new: 'licey11@obr.ru' });
      assert.deepEqual(log[0].changes.find((c) => c.field === 'flags'), { field: 'flags', old: 'low_results', new: null });
      assert.equal((await coord.request('DELETE', `/api/v1/organisations/${id}`)).status, 204);
      assert.equal((await coord.get(`/api/v1/organisations/${id}`)).status, 404);
      const del = (await admin.get(`/api/v1/audit?object_type=organisation&object_id=${id}&action=delete`)).json.items[0];
      assert.equal(del.changes.find((c) => c.field === 'name').old, 'МАОУ «Лицей № 11» г. Благовещенска');
    });

    test('a coordinator never sees or changes another municipality', async () => {
      const foreign = (await admin.get(`/api/v1/organisations?municipality=${belogorsk.id}&size=1`)).json.items[0];
      assert.equal((await coord.get(`/api/v1/organisations/${foreign.id}`)).status, 404);
      assert.equal((await coord.get(`/api/v1/organisations?municipality=${belogorsk.id}`)).json.total, 0);
      const mine = await coord.get('/api/v1/organisations?size=500');
      assert.ok(mine.json.items.every((o) => o.municipality_id === blag.id));
      const put = await coord.request('PUT', `/api/v1/organisations/${foreign.id}`, { ...foreign, name: 'Захват' });
      assert.ok([403, 404].includes(put.status));
      const move = await coord.request('POST', '/api/v1/organisations', { municipality_id: belogorsk.id, name: 'Чужая школа', kind: 'school' });
      assert.equal(move.status, 403);
      assert.equal((await admin.get(`/api/v1/organisations/${foreign.id}`)).json.name, foreign.name);
    });

    test('export is an XLSX file and is audited', async () => {
      const r = await coord.get('/api/v1/organisations/export.xlsx');
      assert.equal(r.status, 200);
      assert.equal(r.bytes.subarray(0, 2).toString(), 'PK');
      assert.match(r.headers.get('content-disposition'), /attachment/);
      const log = (await admin.get('/api/v1/audit?action=export&actor=coord&object_type=organisation')).json.items;
      assert.equal(log.length, 1);
      assert.match(log[0].detail, /строк/);
    });

    test('an import file with one bad cell saves nothing and names row, column and problem', async () => {
      const before = (await admin.get('/api/v1/organisations?size=1')).json.total;
      const csv = [
        HEADER,
        `г. Благовещенск;МАОУ «Гимназия № 21» г. Благовещенска;;Общеобразовательная организация;${inn('280102101')};;;g21@obr.ru;;`,
        `г. Благовещенск;МАОУ «Гимназия № 22» г. Благовещенска;;Общеобразовательная организация;12345;;;;;`,
        `г. Благовещенск;МДОАУ «Детский сад № 90» г. Благовещенска;;Дошкольная образовательная организация;;;;;;Сельская`,
      ].join('\r\n');
      const bad = await coord.request('POST', '/api/v1/organisations/import?commit=1', Buffer.from(csv));
      assert.equal(bad.status, 422);
      assert.equal(bad.json.committed, false);
      assert.deepEqual(bad.json.errors, [{ row: 3, column: 'E', column_title: 'ИНН', message: 'ИНН организации должен состоять из 10 цифр' }]);
      assert.equal((await admin.get('/api/v1/organisations?size=1')).json.total, before, 'a failed import changes nothing');

      const good = csv.replace('12345', inn('280102202'));
      const preview = await coord.request('POST', '/api/v1/organisations/import?commit=0', Buffer.from(good));
      assert.equal(preview.status, 200);
      assert.deepEqual(preview.json.rows.map((r) => r.action), ['create', 'create', 'create']);
      assert.equal((await admin.get('/api/v1/organisations?size=1')).json.total, before, 'a preview changes nothing');
      const done = await coord.request('POST', '/api/v1/organisations/import?commit=1', Buffer.from(good));
      assert.equal(done.status, 200);
      assert.equal(done.json.committed, true);
      assert.equal(done.json.created, 3);
      assert.equal((await admin.get('/api/v1/organisations?size=1')).json.total, before + 3);
      const again = await coord.request('POST', '/api/v1/organisations/import?commit=0', Buffer.from(good));
      assert.deepEqual(again.json.rows.map((r) => r.action), ['update', 'update', 'update']);
    });

    test('an import row of another municipality is refused for a coordinator', async () => {
      const csv = `${HEADER}\ng. x;x;;x;;;;;;`.replace('g. x;x;;x', 'г. Белогорск;МАОУ «Школа № 99» г. Белогорска;;Общеобразовательная организация');
      const r = await coord.request('POST', '/api/v1/organisations/import?commit=1', Buffer.from(csv));
      assert.equal(r.status, 422);
      assert.equal(r.json.errors[0].column, 'A');
      assert.match(r.json.errors[0].message, /вне вашей территории/);
    });

    test('the import template is an XLSX that imports as a preview', async () => {
      const template = await admin.get('/api/v1/organisations/import/template.xlsx');
      assert.equal(template.status, 200);
      const preview = await admin.request('POST', '/api/v1/organisations/import?commit=0', template.bytes);
      assert.equal(preview.status, 200, JSON.stringify(preview.json));
      assert.equal(preview.json.rows.length, 1);
    });

    test('structures keep the seven blocks of 003 §App1 3.4 and their level', async () => {
      const bad = await coord.request('POST', '/api/v1/structures', { name: 'Совет', level: 'municipal', block: 8, kind: 'methodological_council', municipality_id: blag.id });
      assert.equal(bad.status, 422);
      assert.equal(bad.json.error.field, 'block');
      const regional = await coord.request('POST', '/api/v1/structures', { name: 'Региональный совет', level: 'regional', block: 3, kind: 'methodological_council' });
      assert.equal(regional.status, 403, 'a municipal coordinator does not create regional structures');
      const ok = await coord.request('POST', '/api/v1/structures', { name: 'Проблемная группа «Функциональная грамотность»', level: 'municipal', block: 4, kind: 'problem_group', municipality_id: blag.id });
      assert.equal(ok.status, 201);
      const list = await coord.get(`/api/v1/structures?block=4&municipality=${blag.id}`);
      assert.ok(list.json.items.some((s) => s.id === ok.json.id));
    });

    test('catalogues: the method-service kinds of 003 §App1 2 are data', async () => {
      const r = await coord.get('/api/v1/catalogues/method-service-kinds');
      assert.equal(r.status, 200);
      assert.ok(r.json.items.some((i) => i.title.includes('ИМЦ')));
      assert.equal((await coord.get('/api/v1/catalogues/unknown')).status, 404);
      const blocks = (await coord.get('/api/v1/catalogues/structure-blocks')).json.items;
      assert.equal(blocks.length, 7);
    });

    test('the audit log and the document registry export to XLSX, and each export is itself audited', async () => {
      const audit = await coord.get('/api/v1/audit/export.xlsx?action=create');
      assert.equal(audit.status, 200);
      assert.equal(audit.bytes.subarray(0, 2).toString(), 'PK');
      const docs = await coord.get('/api/v1/documents/export.xlsx');
      assert.equal(docs.status, 200);
      const exports = (await admin.get('/api/v1/audit?action=export&actor=coord&size=50')).json.items.map((e) => e.object_type);
      assert.ok(exports.includes('audit') && exports.includes('document'), exports.join(','));
      for (const path of ['/api/v1/territory/municipalities/export.xlsx', '/api/v1/structures/export.xlsx?level=municipal']) {
        const r = await coord.get(path);
        assert.equal(r.status, 200, path);
        assert.equal(r.bytes.subarray(0, 2).toString(), 'PK');
      }
      const more = (await admin.get('/api/v1/audit?action=export&actor=coord&size=50')).json.items.map((e) => e.object_type);
      assert.ok(more.includes('municipality') && more.includes('structure'), more.join(','));
      const bad = await coord.get('/api/v1/audit/export.xlsx?from=31.02.2025');
      assert.equal(bad.status, 422);
      assert.equal(bad.json.error.field, 'from');
    });

    test('documents: register, attach a file with its checksum, download, DOCX card', async () => {
      const doc = await coord.request('POST', '/api/v1/documents', {
        kind: 'regulation', number: '15-од', date: '2024-09-02', title: 'Положение о муниципальной методической службе',
        issuer: 'Управление образования г. Благовещенска', municipality_id: blag.id,
      });
      assert.equal(doc.status, 201, JSON.stringify(doc.json));
      const content = Buffer.from('Текст положения');
      const att = await coord.request('POST', `/api/v1/documents/${doc.json.id}/attachments`, content, {
        headers: { 'x-file-name': encodeURIComponent('Положение.txt'), 'content-type': 'text/plain' },
      });
      assert.equal(att.status, 201);
      const { createHash } = await import('node:crypto');
      assert.equal(att.json.sha256, createHash('sha256').update(content).digest('hex'));
      const file = await coord.get(`/api/v1/documents/${doc.json.id}/attachments/${att.json.id}`);
      assert.equal(file.status, 200);
      assert.deepEqual(file.bytes, content);
      const card = await coord.get(`/api/v1/documents/${doc.json.id}/card.docx`);
      assert.equal(card.status, 200);
      assert.equal(card.bytes.subarray(0, 2).toString(), 'PK');
      const coord2 = await server.as('coord2');
      assert.equal((await coord2.get(`/api/v1/documents/${doc.json.id}`)).status, 404);
      assert.equal((await coord2.get(`/api/v1/documents/${doc.json.id}/attachments/${att.json.id}`)).status, 404);
    });
  });
}
