// `metodset pool screen` (issue 4 contract): a candidate list checked against a preset without a database;
// verdicts with reasons in file order, a bad row reported without stopping the others, exit codes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, backends, startServer } from './harness.mjs';

const HEADER = 'ФИО;Дата рождения;Место работы;Должность;Предмет;Квалификационная категория;Образование;Стаж по специальности, лет;Критерии';

function screen(lines, profile, format = 'json', { bom = false, db } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'metodset-screen-'));
  try {
    const file = join(dir, 'candidates.csv');
    writeFileSync(file, (bom ? '\uFEFF' : '') + [HEADER, ...lines].join('\r\n') + '\r\n');
    const args = ['pool', 'screen', '--profile', profile, '--format', format, ...(db ? ['--db', db] : []), file];
    return spawnSync(BIN, args, { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('metodset pool screen', () => {
  test('002 §3.2: highest category, higher pedagogical education, 5 years and one of criteria 1–8', () => {
    const r = screen([
      'Петрова Анна Сергеевна;06.05.1980;МАОУ СОШ № 1;учитель;математика;высшая;высшее педагогическое;5;2, 5',
      'Орлова Мария;06.05.1980;МАОУ СОШ № 1;учитель;математика;высшая;высшее педагогическое;4,9;2',
      'Сидорова Ольга;01.01.1975;Гимназия № 3;учитель;химия;первая;высшее педагогическое;10;1',
      'Котова Нина;01.01.1975;Гимназия № 3;учитель;химия;высшая;высшее;10;1',
      'Лисова Вера;01.01.1975;Гимназия № 3;учитель;химия;высшая;высшее педагогическое;10;',
      'Иванов Иван;31.02.1980;СОШ;учитель;физика;высшая;высшее педагогическое;7;1',
      'Зуева Инна;01.01.1975;Гимназия № 3;учитель;химия;высшая;высшее педагогическое;10;9',
      'Белова Анна;01.01.1975;Гимназия № 3;учитель;химия;вторая;высшее педагогическое;10;1',
      'Крылова Анна;01.01.1975;Лицей;учитель;химия;высшая;высшее педагогическое;20;8',
    ], 'tomsk-rma-2022', 'json', { bom: true });
    assert.equal(r.status, 0, r.stderr);
    const rows = JSON.parse(r.stdout);
    assert.deepEqual(rows.map((x) => x.row), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    assert.deepEqual(rows.map((x) => ('error' in x ? 'error' : x.eligible)),
      [true, false, false, false, false, 'error', 'error', 'error', true]);
    assert.equal(rows[0].fio, 'Петрова Анна Сергеевна');
    assert.match(rows[1].reasons[0], /4,9 года — требуется не менее 5 лет/);
    assert.match(rows[2].reasons[0], /первая — требуется высшая/);
    assert.match(rows[3].reasons[0], /требуется высшее педагогическое/);
    assert.match(rows[4].reasons[0], /ни одного из требований № 1–8/);
    assert.match(rows[5].error, /31\.02\.1980/);
    assert.match(rows[6].error, /№ 9/);
    assert.match(rows[7].error, /вторая/);
  });

  test('000 §3.2: first category and 3 years suffice; criterion 8 is not in its list of seven', () => {
    const r = screen([
      'Петрова Анна;06.05.1980;МКОУ Александровская СОШ;учитель;математика;первая;высшее педагогическое;3;7',
      'Петрова Анна;06.05.1980;МКОУ Александровская СОШ;учитель;математика;первая;высшее педагогическое;3;8',
      'Орлова Анна;06.05.1980;МКОУ Александровская СОШ;учитель;математика;соответствие занимаемой должности;высшее педагогическое;3;1',
    ], 'aleksandrovsky-mma', 'csv');
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split(/\r?\n/);
    assert.equal(lines[0], 'Строка;ФИО;Соответствует;Причины');
    assert.match(lines[1], /^1;Петрова Анна;да;/);
    assert.match(lines[2], /^2;Петрова Анна;ошибка;/);
    assert.match(lines[3], /^3;Орлова Анна;нет;.*требуется первая или высшая/);
  });

  test('a file that cannot be used and an unknown profile exit non-zero with a Russian message', () => {
    const wrong = screen([], 'tomsk-rma-2022');
    assert.equal(wrong.status, 0, 'a header-only file is a readable file with no rows');
    assert.deepEqual(JSON.parse(wrong.stdout), []);
    const profile = screen([], 'tomsk');
    assert.notEqual(profile.status, 0);
    assert.match(profile.stderr, /не найдено/);
    const missing = spawnSync(BIN, ['pool', 'screen', '--profile', 'tomsk-rma-2022', '/nonexistent/list.csv'], { encoding: 'utf8' });
    assert.notEqual(missing.status, 0);
    assert.match(missing.stderr, /Не удалось открыть файл/);
  });
});

for (const backend of backends()) {
  describe(`metodset pool screen with a stored profile on ${backend}`, () => {
    test('--profile ID screens against the stored version, edited thresholds included', async () => {
      const server = await startServer({ backend });
      try {
        const admin = await server.as('admin');
        const created = await admin.request('POST', '/api/v1/pool/profiles', { preset: 'tomsk-rma-2022', region_id: 1 });
        assert.equal(created.status, 201, JSON.stringify(created.json));
        const edited = await admin.request('PUT', `/api/v1/pool/profiles/${created.json.id}`, {
          ...created.json.profile, experience: { ...created.json.profile.experience, min_years: 7 },
        });
        assert.equal(edited.status, 200, JSON.stringify(edited.json));
        const row = 'Петрова Анна;06.05.1980;МАОУ СОШ № 1;учитель;математика;высшая;высшее педагогическое;6;2';
        const v1 = screen([row], String(created.json.id), 'json', { db: server.database.url });
        assert.equal(v1.status, 0, v1.stderr);
        assert.equal(JSON.parse(v1.stdout)[0].eligible, true, 'version 1: five years suffice');
        const v2 = screen([row], String(edited.json.id), 'json', { db: server.database.url });
        assert.equal(v2.status, 0, v2.stderr);
        const verdict = JSON.parse(v2.stdout)[0];
        assert.equal(verdict.eligible, false, 'version 2 asks for seven years');
        assert.match(verdict.reasons[0], /требуется не менее 7 лет/);
        const missing = screen([row], '999999', 'json', { db: server.database.url });
        assert.notEqual(missing.status, 0);
        assert.match(missing.stderr, /не найдено/);
      } finally {
        await server.stop();
      }
    });
  });
}
