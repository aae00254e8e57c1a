// The staff-list import (docs/api/PEOPLE.md "Import") as a background job, against the real binary on both
// backends: template, all-or-nothing with errors naming row and column, re-import changes nothing, scope,
// jobs visible to their owner only.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { backends, startServer } from './harness.mjs';

const HEADER = ['Фамилия*', 'Имя*', 'Отчество', 'Дата рождения*', 'E-mail', 'Телефон', 'ИНН организации*', 'Должность*',
  'Предметы (через «;»)', 'Основное место работы (да/нет)', 'Дата приёма*', 'Начало педагогической деятельности',
  'Уровень образования', 'Педагогическое образование (да/нет)', 'Образовательная организация (вуз, колледж)',
  'Год окончания', 'Квалификационная категория', 'Дата присвоения категории', 'Приказ о присвоении категории',
  'Курсы ПК: программа', 'Курсы ПК: часы', 'Курсы ПК: дата окончания'];
// Surnames no demo person has; names are letters only. 10 × 20 × 10 names × 4 birth dates = 8 000 persons.
const SURNAMES = ['Загрузкин', 'Таблицын', 'Строчкин', 'Столбцов', 'Ячейкин', 'Файлов', 'Шаблонов', 'Отчётов',
  'Списков', 'Реестров'];
const NAMES = ['Александр', 'Алексей', 'Андрей', 'Антон', 'Артём', 'Борис', 'Вадим', 'Виктор', 'Владимир', 'Георгий',
  'Григорий', 'Денис', 'Дмитрий', 'Евгений', 'Егор', 'Иван', 'Игорь', 'Илья', 'Кирилл', 'Леонид'];
const PATRONYMICS = ['Александрович', 'Борисович', 'Викторович', 'Дмитриевич', 'Иванович', 'Михайлович',
  'Николаевич', 'Олегович', 'Павлович', 'Сергеевич'];
const ROWS = 7000;
/** One CSV line; a cell with the separator (the title «Предметы (через «;»)») goes in quotes. */
const line = (cells) => cells.map((c) => (c.includes(';') ? `"${c}"` : c)).join(';');

/** A CSV of `ROWS` valid staff rows at the given organisations; `patch(cells, i)` may spoil a row. */
function staffCsv(inns, patch = () => {}) {
  const lines = [line(HEADER)];
  for (let i = 0; i < ROWS; ++i) {
    const n = i % 2000;
    const day = String(1 + Math.floor(i / 2000)).padStart(2, '0');
    const cells = [SURNAMES[n % 10], NAMES[Math.floor(n / 10) % 20], PATRONYMICS[Math.floor(n / 200)],
      `${day}.03.1984`, '', '', inns[i % inns.length], 'Учитель', 'Математика', 'да', '01.09.2010', '',
      'Высшее — бакалавриат', 'да', 'Амурский государственный университет', '2006', 'Первая', '01.03.2023', '',
      'Функциональная грамотность', '36', '20.05.2024'];
    patch(cells, i);
    lines.push(line(cells));
  }
  return Buffer.from(lines.join('\n') + '\n');
}

for (const backend of backends()) {
  describe(`people import on ${backend}`, () => {
    let server;
    let admin;
    let coord;
    let coord2;
    let inns;
    let goodCsv;

    before(async () => {
      server = await startServer({ backend });
      [admin, coord, coord2] = [await server.as('admin'), await server.as('coord'), await server.as('coord2')];
      const orgs = (await coord.get('/api/v1/organisations?municipality=1&size=500')).json.items;
      inns = orgs.map((o) => o.inn).filter(Boolean);
      assert.ok(inns.length > 5, 'municipality 1 has organisations with an ИНН');
      goodCsv = staffCsv(inns);
    });
    after(async () => server?.stop());

    const total = async () => (await admin.get('/api/v1/people?size=1')).json.total;
    const importAudits = async () => (await admin.get('/api/v1/audit?action=import&size=1')).json.total;

    /** Starts an import as `client` and polls its job until it ends; returns the last job state. */
    async function runImport(client, body, commit) {
      const started = await client.request('POST', `/api/v1/people/import?commit=${commit}`, body);
      assert.equal(started.status, 202, started.text);
      assert.match(started.json.job_id, /^[0-9a-f]{16,}$/);
      const deadline = Date.now() + 120000;
      for (;;) {
        const job = await client.get(`/api/v1/jobs/${started.json.job_id}`);
        assert.equal(job.status, 200, job.text);
        for (const field of ['id', 'kind', 'state', 'done', 'total', 'result', 'error']) assert.ok(field in job.json, field);
        assert.equal(typeof job.json.done, 'number');
        assert.equal(typeof job.json.total, 'number');
        if (job.json.state !== 'running') return job.json;
        assert.ok(Date.now() < deadline, 'the import job did not end in two minutes');
        await new Promise((r) => setTimeout(r, 100));
      }
    }

    test('the template lists the columns and the catalogues', async () => {
      const r = await coord.get('/api/v1/people/import/template.xlsx');
      assert.equal(r.status, 200);
      assert.match(r.headers.get('content-type'), /spreadsheetml/);
      assert.equal(r.bytes.subarray(0, 2).toString(), 'PK');
      assert.match(r.headers.get('content-disposition'), /filename\*=/);
    });

    test('a file with one bad cell names its row and column and writes nothing', async () => {
      const before = await total();
      const bad = staffCsv(inns, (cells, i) => {
        if (i === 4321) cells[3] = '31.02.1984';
      });
      const job = await runImport(coord, bad, 1);
      assert.equal(job.state, 'done', JSON.stringify(job.error));
      assert.equal(job.kind, 'people-import');
      assert.equal(job.result.committed, false);
      assert.equal(job.result.errors.length, 1, JSON.stringify(job.result.errors.slice(0, 3)));
      const [e] = job.result.errors;
      assert.equal(e.row, 4321 + 2);
      assert.equal(e.column, 'D');
      assert.equal(e.column_title, 'Дата рождения');
      assert.ok(e.message.length > 0);
      assert.equal(await total(), before);
    });

    test('a preview counts without writing; the corrected file creates every person; the same file again changes nothing', async () => {
      const before = await total();
      const audits = await importAudits();
      const preview = await runImport(coord, goodCsv, 0);
      assert.equal(preview.state, 'done');
      assert.equal(preview.result.committed, false);
      assert.equal(preview.result.created, ROWS);
      assert.equal(await total(), before);

      const first = await runImport(coord, goodCsv, 1);
      assert.equal(first.state, 'done', JSON.stringify(first.error));
      assert.deepEqual(first.result.errors, []);
      assert.equal(first.result.committed, true);
      assert.equal(first.result.created, ROWS);
      assert.equal(first.result.updated, 0);
      assert.equal(first.total, ROWS);
      assert.equal(first.done, ROWS);
      assert.equal(first.result.rows.length, ROWS);
      assert.equal(first.result.rows[0].action, 'create');
      assert.equal(await total(), before + ROWS);
      assert.equal(await importAudits(), audits + 1, 'one audit entry per import');

      const card = (await admin.get(`/api/v1/people?q=${encodeURIComponent('Загрузкин Александр')}&size=10`)).json;
      assert.ok(card.total >= 1);

      const again = await runImport(coord, goodCsv, 1);
      assert.equal(again.state, 'done');
      assert.deepEqual(again.result.errors, []);
      assert.equal(again.result.created, 0);
      assert.equal(again.result.updated, 0);
      assert.equal(again.result.unchanged, ROWS);
      assert.ok(again.result.rows.every((r) => r.action === 'unchanged'));
      assert.equal(await total(), before + ROWS);
      assert.equal(await importAudits(), audits + 1, 'nothing changed, nothing audited');
    });

    test('an organisation of another municipality is an error of its row for a coordinator', async () => {
      const before = await total();
      const csv = Buffer.from(`${line(HEADER)}\nЧужаков;Пётр;Ильич;05.05.1980;;;${inns[0]};Учитель;;да;01.09.2010\n`);
      const job = await runImport(coord2, csv, 1);
      assert.equal(job.state, 'done');
      assert.equal(job.result.committed, false);
      assert.equal(job.result.errors.length, 1);
      assert.equal(job.result.errors[0].row, 2);
      assert.equal(job.result.errors[0].column, 'G');
      assert.equal(await total(), before);
    });

    test("a person of another municipality is an error of her row for a coordinator, even at her own school", async () => {
      // ADR 0003: coord2 may not change the card of a person whose place is outside her municipality.
      const own = (await coord2.get('/api/v1/organisations?municipality=2&size=500')).json.items.find((o) => o.inn);
      assert.ok(own, 'municipality 2 has an organisation with an ИНН');
      const csvFor = (inn) => Buffer.from(`${line(HEADER)}\nСовместителева;Анна;Ильинична;07.07.1981;;;${inn};Учитель;;нет;01.09.2015\n`);
      const created = await runImport(admin, csvFor(inns[0]), 1);
      assert.equal(created.result.created, 1, JSON.stringify(created.result));
      const before = await total();
      const job = await runImport(coord2, csvFor(own.inn), 1);
      assert.equal(job.state, 'done');
      assert.equal(job.result.committed, false);
      assert.equal(job.result.errors.length, 1, JSON.stringify(job.result.errors));
      assert.equal(job.result.errors[0].row, 2);
      assert.equal(job.result.errors[0].column, 'A');
      assert.equal(await total(), before);
      const found = (await admin.get(`/api/v1/people?q=${encodeURIComponent('Совместителева')}`)).json.items;
      assert.equal(found.length, 1);
      assert.equal(found[0].municipality_id, 1, 'her card is unchanged');
    });

    test('a job is seen by the user who started it only', async () => {
      const started = await coord.request('POST', '/api/v1/people/import?commit=0', goodCsv);
      assert.equal(started.status, 202);
      const id = started.json.job_id;
      assert.equal((await coord2.get(`/api/v1/jobs/${id}`)).status, 404);
      assert.equal((await admin.get(`/api/v1/jobs/${id}`)).status, 404);
      assert.equal((await coord.get('/api/v1/jobs/ffffffffffffffffffffffffffffffff')).status, 404);
      assert.equal((await server.anonymous().get(`/api/v1/jobs/${id}`)).status, 401);
      for (;;) {
        const job = await coord.get(`/api/v1/jobs/${id}`);
        if (job.json.state !== 'running') break;
        await new Promise((r) => setTimeout(r, 100));
      }
    });

    test('bad requests are refused before a job starts', async () => {
      assert.equal((await coord.request('POST', '/api/v1/people/import?commit=yes', goodCsv)).status, 422);
      assert.equal((await coord.request('POST', '/api/v1/people/import?commit=1', Buffer.alloc(0))).status, 422);
      const teacher = await server.as('teacher');
      assert.equal((await teacher.request('POST', '/api/v1/people/import?commit=0', goodCsv)).status, 403);
    });
  });
}
