// The authorisation matrix: every route the router knows × every role × own/foreign object.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { backends, startServer } from './harness.mjs';

// The matrix of the core routes, and one part per later module in authz/<module>.json with its fixtures in
// authz/<module>.mjs: `export default async function fixtures({ admin, clients, ctx, unique, todayIso })` returns
// { 'METHOD /path': (side) => ({ path, body?, headers? }) } and may prepare objects of its own in ctx.
const matrix = JSON.parse(readFileSync(new URL('./authz_matrix.json', import.meta.url)));
const partsDir = new URL('./authz/', import.meta.url);
const parts = readdirSync(partsDir).filter((f) => f.endsWith('.json')).sort();
for (const part of parts) {
  const routes = JSON.parse(readFileSync(new URL(part, partsDir))).routes;
  for (const route of Object.keys(routes)) {
    if (matrix.routes[route]) throw new Error(`${part}: ${route} is in the matrix twice`);
  }
  Object.assign(matrix.routes, routes);
}
const fixtureParts = await Promise.all(parts.map((p) => import(new URL(p.replace(/\.json$/, '.mjs'), partsDir))));
const LEAKS = { coord: 'Белогорск', school: 'Белогорск', pool: 'Белогорск', mentor: 'Белогорск', coord2: 'Благовещенск' };

let serial = 0;
const unique = (text) => `${text} ${process.pid}-${++serial}`;

for (const backend of backends()) {
  describe(`authorisation matrix on ${backend}`, () => {
    let server;
    let admin;
    const clients = {};
    const ctx = {};

    before(async () => {
      server = await startServer({ backend });
      admin = await server.as('admin');
      for (const u of matrix.users) clients[u] = await server.as(u);
      const municipalities = (await admin.get('/api/v1/territory/municipalities')).json.items;
      ctx.municipality = {
        own: municipalities.find((m) => m.name === 'г. Благовещенск'),
        foreign: municipalities.find((m) => m.name === 'г. Белогорск'),
      };
      const findOrg = async (m) =>
        (await admin.get(`/api/v1/organisations?municipality=${m.id}&q=${encodeURIComponent('СОШ № 1»')}`)).json.items[0];
      ctx.organisation = { own: await findOrg(ctx.municipality.own), foreign: await findOrg(ctx.municipality.foreign) };
      const structure = async (m) =>
        (await admin.get(`/api/v1/structures?municipality=${m.id}&level=municipal`)).json.items[0];
      ctx.structure = { own: await structure(ctx.municipality.own), foreign: await structure(ctx.municipality.foreign) };
      ctx.document = {};
      ctx.attachment = {};
      for (const side of ['own', 'foreign']) {
        const doc = await admin.request('POST', '/api/v1/documents', {
          kind: 'plan', number: `${side}-1`, date: '2025-08-30', title: `План работы (${side})`,
          issuer: 'Управление образования', municipality_id: ctx.municipality[side].id,
        });
        assert.equal(doc.status, 201, JSON.stringify(doc.json));
        ctx.document[side] = doc.json;
        const att = await admin.request('POST', `/api/v1/documents/${doc.json.id}/attachments`, Buffer.from('план'), {
          headers: { 'x-file-name': 'plan.txt' },
        });
        ctx.attachment[side] = att.json;
      }
      ctx.person = {};
      for (const side of ['own', 'foreign']) {
        const person = await admin.request('POST', '/api/v1/people', personBody(side));
        assert.equal(person.status, 201, JSON.stringify(person.json));
        ctx.person[side] = person.json;
      }
      ctx.teacherPersonId = (await clients.teacher.get('/api/v1/auth/me')).json.user.person_id;
      ctx.poolProfile = {};
      for (const side of ['own', 'foreign']) {
        const profile = await admin.request('POST', '/api/v1/pool/profiles', poolProfileBody(side));
        assert.equal(profile.status, 201, JSON.stringify(profile.json));
        ctx.poolProfile[side] = profile.json;
      }
      ctx.pair = {};
      ctx.planItem = {};
      for (const side of ['own', 'foreign']) {
        ctx.pair[side] = await mentoringPair(side, true);
        const item = await admin.request('POST', `/api/v1/mentoring/pairs/${ctx.pair[side].id}/plan-items`,
          { title: 'Посещение уроков наставника', due_on: todayIso });
        ctx.planItem[side] = item.json.plan[0].id;
      }
    });
    after(async () => server?.stop());
    const moduleFixtures = {};
    before(async () => {
      for (const part of fixtureParts) {
        Object.assign(moduleFixtures, await part.default({ admin, clients, ctx, unique, todayIso }));
      }
    });

    const municipalStructureBody = (side) => ({
      name: unique('Проблемная группа'), level: 'municipal', block: 4, kind: 'problem_group',
      municipality_id: ctx.municipality[side].id,
    });
    // A person working at МАОУ «СОШ № 1» of the side's municipality (names are letters only: duplicates allowed).
    const personBody = (side) => ({
      last_name: 'Проверкина', first_name: side === 'own' ? 'Анна' : 'Белла', birth_date: '1986-03-14', allow_duplicate: true,
      employments: [{ organisation_id: ctx.organisation[side].id, position: 'teacher', subjects: ['mathematics'],
        is_main: true, pedagogical: true, started_on: '2012-09-01' }],
    });
    // A copy of the Alexandrovsky preset for the side's municipality, under a code of its own.
    const poolProfileBody = (side) => ({
      preset: 'aleksandrovsky-mma', municipality_id: ctx.municipality[side].id,
      code: `mma_${unique('').replace(/\D/g, '_')}`,
    });
    // A fresh consent on the card of the demo user `teacher`, recorded by the regional admin, to withdraw.
    const teacherConsent = async () => {
      if (!ctx.teacherPersonId) return 0;
      const card = (await admin.get(`/api/v1/people/${ctx.teacherPersonId}`)).json;
      const given = { purpose: 'publication', form: 'written', given_on: '2025-01-15' };
      const r = await admin.request('PUT', `/api/v1/people/${ctx.teacherPersonId}`, { ...card, consents: [given, ...card.consents] });
      const known = new Set(card.consents.map((c) => c.id));
      return r.json.consents.find((c) => !known.has(c.id)).id;
    };
    // A one-row staff list at МАОУ «СОШ № 1» of the side's municipality, for the people import.
    const staffCsv = (side) =>
      Buffer.from('Фамилия;Имя;Дата рождения;ИНН организации;Должность;Дата приёма\n' +
        `Проверкина;Анна;14.03.1986;${ctx.organisation[side].inn};Учитель;01.09.2012\n`);
    // Mentoring (docs/api/MENTORING.md): teachers of the side's МАОУ «СОШ № 1» — a young specialist hired 60 days
    // ago or a mentor working since 2008 — and pairs between them, made by the regional admin.
    const todayIso = new Date().toISOString().slice(0, 10);
    const hiredIso = new Date(Date.now() - 60 * 86400000).toISOString().slice(0, 10);
    const mentoringPerson = async (side, young) => {
      const r = await admin.request('POST', '/api/v1/people', {
        last_name: young ? 'Наставляемая' : 'Наставница', first_name: 'Вера', birth_date: '1990-02-02', allow_duplicate: true,
        employments: [{ organisation_id: ctx.organisation[side].id, position: 'teacher', subjects: ['mathematics'],
          is_main: true, pedagogical: true, started_on: young ? hiredIso : '2008-09-01' }],
      });
      assert.equal(r.status, 201, r.text);
      return r.json.id;
    };
    const mentoringPapers = () => ({ council_protocol: '1', council_date: todayIso, mentor_consent_on: todayIso,
      mentee_consent_on: todayIso, directive_number: unique('№'), directive_on: todayIso });
    const mentoringPair = async (side, appointed) => {
      const r = await admin.request('POST', '/api/v1/mentoring/pairs', { mentee_id: await mentoringPerson(side, true),
        mentor_id: await mentoringPerson(side, false), kind: 'subject', ...(appointed ? mentoringPapers() : {}) });
      assert.equal(r.status, 201, r.text);
      return r.json;
    };
    // One finished import job of the regional admin, started once: only its owner may read it.
    let adminJobId;
    const adminJob = async () => {
      if (adminJobId) return adminJobId;
      const started = await admin.request('POST', '/api/v1/people/import?commit=0', staffCsv('own'));
      assert.equal(started.status, 202, started.text);
      adminJobId = started.json.job_id;
      while ((await admin.get(`/api/v1/jobs/${adminJobId}`)).json.state === 'running') {
        await new Promise((r) => setTimeout(r, 50));
      }
      return adminJobId;
    };
    // A one-row candidate list for the pool screening (checked in memory, never stored).
    const candidateCsv = Buffer.from('ФИО;Дата рождения;Место работы;Должность;Предмет;Квалификационная категория;' +
      'Образование;Стаж по специальности, лет;Критерии\nПетрова Анна;06.05.1980;СОШ № 1;учитель;математика;высшая;' +
      'высшее педагогическое;7;2\n');
    const csv = (side) =>
      Buffer.from('Муниципальное образование;Полное наименование;Тип организации\n' +
        `${ctx.municipality[side].name};${unique('Школа импорта')};Общеобразовательная организация\n`);

    // How to call each route for a variant: path parameters, body, and fresh objects for destructive calls.
    const fixtures = {
      'GET /healthz': () => ({ path: '/healthz' }),
      'GET /api/v1/openapi.json': () => ({ path: '/api/v1/openapi.json' }),
      'GET /api/v1/public/summary': () => ({ path: '/api/v1/public/summary' }),
      'POST /api/v1/auth/login': () => ({ path: '/api/v1/auth/login', body: { login: 'teacher', password: 'Demo-2026' } }),
      'POST /api/v1/auth/logout': () => ({ path: '/api/v1/auth/logout', freshSession: true }),
      'GET /api/v1/auth/me': () => ({ path: '/api/v1/auth/me' }),
      'GET /api/v1/catalogues/{name}': () => ({ path: '/api/v1/catalogues/organisation-kinds' }),
      'GET /api/v1/territory/regions': () => ({ path: '/api/v1/territory/regions' }),
      'GET /api/v1/territory/tree': () => ({ path: '/api/v1/territory/tree' }),
      'GET /api/v1/territory/municipalities': () => ({ path: '/api/v1/territory/municipalities' }),
      'GET /api/v1/territory/municipalities/export.xlsx': () => ({ path: '/api/v1/territory/municipalities/export.xlsx' }),
      'GET /api/v1/territory/municipalities/{id}': (s) => ({ path: `/api/v1/territory/municipalities/${ctx.municipality[s].id}` }),
      'POST /api/v1/territory/municipalities': () => ({
        path: '/api/v1/territory/municipalities',
        body: { region_id: ctx.municipality.own.region_id, name: unique('Новый округ'), kind: 'municipal_okrug' },
      }),
      'PUT /api/v1/territory/municipalities/{id}': (s) => ({
        path: `/api/v1/territory/municipalities/${ctx.municipality[s].id}`, body: ctx.municipality[s],
      }),
      'GET /api/v1/organisations': () => ({ path: '/api/v1/organisations?size=500' }),
      'GET /api/v1/organisations/export.xlsx': () => ({ path: '/api/v1/organisations/export.xlsx' }),
      'GET /api/v1/organisations/import/template.xlsx': () => ({ path: '/api/v1/organisations/import/template.xlsx' }),
      'POST /api/v1/organisations/import': (s) => ({ path: '/api/v1/organisations/import?commit=0', body: csv(s) }),
      'GET /api/v1/organisations/{id}': (s) => ({ path: `/api/v1/organisations/${ctx.organisation[s].id}` }),
      'POST /api/v1/organisations': (s) => ({
        path: '/api/v1/organisations', body: { municipality_id: ctx.municipality[s].id, name: unique('Школа'), kind: 'school' },
      }),
      'PUT /api/v1/organisations/{id}': (s) => ({ path: `/api/v1/organisations/${ctx.organisation[s].id}`, body: ctx.organisation[s] }),
      'DELETE /api/v1/organisations/{id}': async (s) => {
        const o = await admin.request('POST', '/api/v1/organisations', { municipality_id: ctx.municipality[s].id, name: unique('Удаляемая школа'), kind: 'school' });
        return { path: `/api/v1/organisations/${o.json.id}` };
      },
      'GET /api/v1/structures': () => ({ path: '/api/v1/structures?size=500' }),
      'GET /api/v1/structures/export.xlsx': () => ({ path: '/api/v1/structures/export.xlsx?block=4' }),
      'GET /api/v1/structures/{id}': (s) => ({ path: `/api/v1/structures/${ctx.structure[s].id}` }),
      'POST /api/v1/structures': (s) => ({ path: '/api/v1/structures', body: municipalStructureBody(s) }),
      'PUT /api/v1/structures/{id}': (s) => ({ path: `/api/v1/structures/${ctx.structure[s].id}`, body: ctx.structure[s] }),
      'DELETE /api/v1/structures/{id}': async (s) => {
        const created = await admin.request('POST', '/api/v1/structures', municipalStructureBody(s));
        return { path: `/api/v1/structures/${created.json.id}` };
      },
      'GET /api/v1/audit': () => ({ path: '/api/v1/audit?size=500' }),
      'GET /api/v1/audit/export.xlsx': () => ({ path: '/api/v1/audit/export.xlsx?action=create' }),
      'GET /api/v1/documents': () => ({ path: '/api/v1/documents?size=500' }),
      'GET /api/v1/documents/export.xlsx': () => ({ path: '/api/v1/documents/export.xlsx' }),
      'POST /api/v1/documents': (s) => ({
        path: '/api/v1/documents',
        body: { kind: 'report', number: unique('№'), date: '2025-12-01', title: 'Отчёт', issuer: 'ММС', municipality_id: ctx.municipality[s].id },
      }),
      'GET /api/v1/documents/{id}': (s) => ({ path: `/api/v1/documents/${ctx.document[s].id}` }),
      'GET /api/v1/documents/{id}/card.docx': (s) => ({ path: `/api/v1/documents/${ctx.document[s].id}/card.docx` }),
      'POST /api/v1/documents/{id}/attachments': (s) => ({
        path: `/api/v1/documents/${ctx.document[s].id}/attachments`, body: Buffer.from(unique('file')), headers: { 'x-file-name': 'a.txt' },
      }),
      'GET /api/v1/documents/{id}/attachments/{attachment_id}': (s) => ({
        path: `/api/v1/documents/${ctx.document[s].id}/attachments/${ctx.attachment[s].id}`,
      }),
      'GET /api/v1/people': () => ({ path: '/api/v1/people?size=100' }),
      'GET /api/v1/people/export.xlsx': () => ({ path: '/api/v1/people/export.xlsx' }),
      'GET /api/v1/people/duplicates': () => ({
        path: `/api/v1/people/duplicates?last_name=${encodeURIComponent('Проверкина')}&first_name=${encodeURIComponent('Анна')}&birth_date=1986-03-14`,
      }),
      'GET /api/v1/people/me': () => ({ path: '/api/v1/people/me' }),
      'PUT /api/v1/people/me/contacts': () => ({ path: '/api/v1/people/me/contacts', body: { email: unique('me').replace(/\D/g, '') + '@school1.ru', phone: null } }),
      'POST /api/v1/people/me/consents/{id}/withdraw': async () => ({ path: `/api/v1/people/me/consents/${await teacherConsent()}/withdraw` }),
      'GET /api/v1/people/{id}': (s) => ({ path: `/api/v1/people/${ctx.person[s].id}` }),
      'POST /api/v1/people': (s) => ({ path: '/api/v1/people', body: personBody(s) }),
      'PUT /api/v1/people/{id}': (s) => ({ path: `/api/v1/people/${ctx.person[s].id}`, body: ctx.person[s] }),
      'DELETE /api/v1/people/{id}': async (s) => {
        const created = await admin.request('POST', '/api/v1/people', personBody(s));
        return { path: `/api/v1/people/${created.json.id}` };
      },
      'GET /api/v1/people/import/template.xlsx': () => ({ path: '/api/v1/people/import/template.xlsx' }),
      'POST /api/v1/people/import': (s) => ({ path: '/api/v1/people/import?commit=0', body: staffCsv(s) }),
      'GET /api/v1/pool/screen/presets': () => ({ path: '/api/v1/pool/screen/presets' }),
      'GET /api/v1/pool/screen/template.xlsx': () => ({ path: '/api/v1/pool/screen/template.xlsx' }),
      'POST /api/v1/pool/screen': () => ({ path: '/api/v1/pool/screen?preset=tomsk-rma-2022', body: candidateCsv }),
      'GET /api/v1/jobs/{id}': async () => ({ path: `/api/v1/jobs/${await adminJob()}` }),
      'GET /api/v1/pool/presets': () => ({ path: '/api/v1/pool/presets' }),
      'GET /api/v1/pool/profiles': () => ({ path: '/api/v1/pool/profiles?size=500' }),
      'POST /api/v1/pool/profiles': (s) => ({ path: '/api/v1/pool/profiles', body: poolProfileBody(s) }),
      'GET /api/v1/pool/profiles/{id}': (s) => ({ path: `/api/v1/pool/profiles/${ctx.poolProfile[s].id}` }),
      // The same profile saved again: no new version, so the fixture's id stays the latest.
      'PUT /api/v1/pool/profiles/{id}': (s) => ({
        path: `/api/v1/pool/profiles/${ctx.poolProfile[s].id}`, body: ctx.poolProfile[s].profile,
      }),
      'GET /api/v1/pool/profiles/{id}/versions': (s) => ({ path: `/api/v1/pool/profiles/${ctx.poolProfile[s].id}/versions` }),
      'GET /api/v1/pool/profiles/{id}/eligibility': (s) => ({
        path: `/api/v1/pool/profiles/${ctx.poolProfile[s].id}/eligibility?person=${ctx.person[s].id}`,
      }),
      'GET /api/v1/pool/profiles/{id}/screening': (s) => ({ path: `/api/v1/pool/profiles/${ctx.poolProfile[s].id}/screening` }),
      'POST /api/v1/pool/profiles/{id}/screening/candidates': (s) => ({
        path: `/api/v1/pool/profiles/${ctx.poolProfile[s].id}/screening/candidates`, body: { person_ids: [ctx.person[s].id] },
      }),
      'GET /api/v1/mentoring/pairs': () => ({ path: '/api/v1/mentoring/pairs?size=500' }),
      'POST /api/v1/mentoring/pairs': async (s) => ({
        path: '/api/v1/mentoring/pairs',
        body: { mentee_id: await mentoringPerson(s, true), mentor_id: await mentoringPerson(s, false), kind: 'subject' },
      }),
      'GET /api/v1/mentoring/pairs/{id}': (s) => ({ path: `/api/v1/mentoring/pairs/${ctx.pair[s].id}` }),
      'POST /api/v1/mentoring/pairs/{id}/appoint': async (s) => ({
        path: `/api/v1/mentoring/pairs/${(await mentoringPair(s, false)).id}/appoint`, body: mentoringPapers(),
      }),
      'POST /api/v1/mentoring/pairs/{id}/plan-items': (s) => ({
        path: `/api/v1/mentoring/pairs/${ctx.pair[s].id}/plan-items`, body: { title: unique('Пункт плана'), due_on: todayIso },
      }),
      'PUT /api/v1/mentoring/pairs/{id}/plan-items/{item_id}': (s) => ({
        path: `/api/v1/mentoring/pairs/${ctx.pair[s].id}/plan-items/${ctx.planItem[s]}`,
        body: { title: unique('Пункт плана'), due_on: todayIso, done_on: todayIso },
      }),
      'POST /api/v1/mentoring/pairs/{id}/reports': (s) => ({
        path: `/api/v1/mentoring/pairs/${ctx.pair[s].id}/reports`, body: { author: 'mentor', text: unique('Отчёт') },
      }),
      'POST /api/v1/mentoring/pairs/{id}/replace': async (s) => ({
        path: `/api/v1/mentoring/pairs/${(await mentoringPair(s, true)).id}/replace`,
        body: { new_mentor_id: await mentoringPerson(s, false), reason: 'dismissal', ...mentoringPapers() },
      }),
      'POST /api/v1/mentoring/pairs/{id}/complete': async (s) => ({
        path: `/api/v1/mentoring/pairs/${(await mentoringPair(s, true)).id}/complete`, body: {},
      }),
      'POST /api/v1/mentoring/pairs/{id}/cancel': async (s) => ({
        path: `/api/v1/mentoring/pairs/${(await mentoringPair(s, false)).id}/cancel`, body: {},
      }),
      'GET /api/v1/mentoring/candidates': (s) => ({ path: `/api/v1/mentoring/candidates?mentee=${ctx.pair[s].mentee.id}` }),
      'POST /api/v1/mentoring/proposals': (s) => ({ path: '/api/v1/mentoring/proposals', body: { municipality: ctx.municipality[s].id } }),
      'POST /api/v1/mentoring/proposals/accept': async (s) => ({
        path: '/api/v1/mentoring/proposals/accept',
        body: { pairs: [{ mentee_id: await mentoringPerson(s, true), mentor_id: await mentoringPerson(s, false), kind: 'subject' }] },
      }),
      'GET /api/v1/mentoring/coverage': (s) => ({ path: `/api/v1/mentoring/coverage?municipality=${ctx.municipality[s].id}` }),
    };
    const fixtureOf = (route) => fixtures[route] ?? moduleFixtures[route];

    test('every route of the OpenAPI document has a matrix entry and a fixture', async () => {
      const doc = (await admin.get('/api/v1/openapi.json')).json;
      const routes = [];
      for (const [path, ops] of Object.entries(doc.paths)) {
        for (const method of Object.keys(ops)) routes.push(`${method.toUpperCase()} ${path}`);
      }
      const missing = routes.filter((r) => !matrix.routes[r] || !fixtureOf(r));
      assert.deepEqual(missing, [], 'routes without an authorisation-matrix entry');
      const stale = Object.keys(matrix.routes).filter((r) => !routes.includes(r));
      assert.deepEqual(stale, [], 'matrix entries for routes that no longer exist');
    });

    for (const [route, rule] of Object.entries(matrix.routes)) {
      test(route, async () => {
        const [method] = route.split(' ');
        const variants = rule.public ? ['none'] : ['none', 'own', 'foreign'].filter((v) => rule[v]);
        const failures = [];
        for (const variant of variants) {
          const expectation = rule.public ? 'all' : rule[variant];
          const ok = expectation === 'all' ? matrix.users : Array.isArray(expectation) ? expectation : expectation.ok;
          const invalid = Array.isArray(expectation) || expectation === 'all' ? [] : expectation.invalid ?? [];
          const side = variant === 'none' ? 'own' : variant;

          const anon = await fixtureOf(route)(side);
          const a = await server.anonymous().request(method, anon.path, anon.body, { headers: anon.headers });
          const anonExpected = rule.public ? a.status < 300 : a.status === 401;
          if (!anonExpected) failures.push(`anonymous ${variant}: ${a.status}`);

          for (const user of matrix.users) {
            const f = await fixtureOf(route)(side);
            const client = f.freshSession ? await server.as(user) : clients[user];
            const r = await client.request(method, f.path, f.body, { headers: f.headers });
            const want = ok.includes(user) ? 'ok' : invalid.includes(user) ? 'invalid' : 'deny';
            const got = r.status < 300 ? 'ok' : r.status === 422 ? 'invalid' : [403, 404].includes(r.status) ? 'deny' : `status ${r.status}`;
            if (got !== want) failures.push(`${user} ${variant}: want ${want}, got ${got} ${r.text.slice(0, 160)}`);
            if (rule.list && got === 'ok' && LEAKS[user] && r.text.includes(LEAKS[user])) {
              failures.push(`${user}: the list shows data of another municipality (${LEAKS[user]})`);
            }
            if (rule.list && got === 'ok' && user === 'teacher') {
              const items = r.json.items ?? r.json.regions ?? [];
              if (items.length) failures.push(`teacher sees ${items.length} items of ${route}`);
            }
          }
        }
        assert.deepEqual(failures, []);
      });
    }
  });
}
