// Regulation profiles of methodist pools and eligibility from the people registry (docs/api/POOL.md) against
// the real binary on both backends. Profiles are copied from the presets here; the persons whose verdict a test
// asserts are created through the API, demo persons are only screened and counted.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { backends, startServer } from './harness.mjs';

/** Today on the server's clock (UTC) shifted by whole years, as YYYY-MM-DD. */
function yearsAgo(years) {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d.toISOString().slice(0, 10);
}
const today = () => new Date().toISOString().slice(0, 10);

const REQUIREMENTS = ['employment', 'category', 'education', 'experience', 'criteria'];
const CYRILLIC = /[А-Яа-яЁё]/;

for (const backend of backends()) {
  describe(`pool profiles and eligibility on ${backend}`, () => {
    let server;
    let admin;
    let coord;
    let coord2;
    let teacher;
    let blag;
    let belogorsk;
    let school1;
    let region;
    let serial = 0;
    const code = (base) => `${base}_${++serial}`;

    // A person working at МАОУ «СОШ № 1» of Благовещенск as a mathematics teacher for `years` years, with the
    // highest category, higher pedagogical education and a regional ГИА commission membership (002 §3.2 3)).
    const candidate = (overrides = {}) => ({
      last_name: 'Кандидатова', first_name: 'Вера', middle_name: 'Павловна', birth_date: '1980-02-03',
      allow_duplicate: true,
      employments: [{ organisation_id: school1.id, position: 'teacher', subjects: ['mathematics'], is_main: true,
        pedagogical: true, started_on: yearsAgo(10) }],
      educations: [{ level: 'specialist', pedagogical: true, institution: 'БГПУ', speciality: 'Учитель математики',
        graduated_year: 2002 }],
      categories: [{ category: 'highest', awarded_on: yearsAgo(1), directive: 'приказ № 12' }],
      achievements: [{ kind: 'exam_commission', level: 'regional', title: 'Член региональной предметной комиссии ОГЭ',
        achieved_on: yearsAgo(2) }],
      ...overrides,
    });
    const createPerson = async (body) => {
      const r = await admin.request('POST', '/api/v1/people', body);
      assert.equal(r.status, 201, JSON.stringify(r.json));
      return r.json;
    };
    const copy = async (client, body, status = 201) => {
      const r = await client.request('POST', '/api/v1/pool/profiles', body);
      assert.equal(r.status, status, JSON.stringify(r.json));
      return r.json;
    };
    const save = (client, version, profile) => client.request('PUT', `/api/v1/pool/profiles/${version.id}`, profile);
    const screening = async (client, id, query = '') => {
      const r = await client.get(`/api/v1/pool/profiles/${id}/screening${query}`);
      assert.equal(r.status, 200, JSON.stringify(r.json));
      return r.json;
    };

    before(async () => {
      server = await startServer({ backend });
      admin = await server.as('admin');
      coord = await server.as('coord');
      coord2 = await server.as('coord2');
      teacher = await server.as('teacher');
      const list = (await admin.get('/api/v1/territory/municipalities')).json.items;
      blag = list.find((m) => m.name === 'г. Благовещенск');
      belogorsk = list.find((m) => m.name === 'г. Белогорск');
      region = blag.region_id;
      school1 = (await admin.get(`/api/v1/organisations?municipality=${blag.id}&q=${encodeURIComponent('СОШ № 1»')}`)).json.items[0];
      assert.ok(school1, 'МАОУ «СОШ № 1» of Благовещенск');
    });
    after(async () => server?.stop());

    test('SPEC §4: the presets 002 §3.2 (tomsk-rma-2022) and 000 §3.2 (aleksandrovsky-mma) are listed as profiles', async () => {
      const r = await teacher.get('/api/v1/pool/presets');
      assert.equal(r.status, 200);
      assert.deepEqual(r.json.items.map((p) => p.key), ['tomsk-rma-2022', 'aleksandrovsky-mma']);
      const [tomsk, alex] = r.json.items.map((p) => p.profile);
      assert.equal(tomsk.level, 'regional');
      assert.equal(tomsk.experience.min_years, 5);
      assert.ok(tomsk.accepted_categories.includes('highest') && !tomsk.accepted_categories.includes('first'));
      assert.equal(tomsk.criteria.length, 8);
      assert.equal(tomsk.source.number, '1788-р');
      assert.equal(alex.level, 'municipal');
      assert.equal(alex.experience.min_years, 3);
      assert.ok(alex.accepted_categories.includes('first'));
      assert.equal(alex.criteria.length, 7);
      assert.equal((await server.anonymous().get('/api/v1/pool/presets')).status, 401);
    });

    test('SPEC §4: a regional admin copies a preset into version 1 of a profile of the region; the copy is audited', async () => {
      const created = await copy(admin, { preset: 'tomsk-rma-2022', region_id: region, code: code('tomsk') });
      assert.equal(created.version, 1);
      assert.equal(created.latest, true);
      assert.equal(created.level, 'regional');
      assert.equal(created.region_id, region);
      assert.equal(created.municipality_id, null);
      assert.equal(created.preset, 'tomsk-rma-2022');
      assert.equal(created.profile.version, 1);
      assert.equal(created.source.date, '2022-10-27');
      const again = await copy(admin, { preset: 'tomsk-rma-2022', region_id: region, code: created.code }, 409);
      assert.equal(again.error.code, 'profile_exists');
      const unknown = await copy(admin, { preset: 'tomsk-2099', region_id: region }, 422);
      assert.equal(unknown.error.field, 'preset');
      assert.match(unknown.error.message, /образец/i);

      const log = (await admin.get(`/api/v1/audit?object_type=pool_profile&object_id=${created.id}`)).json.items;
      assert.deepEqual(log.map((e) => e.action), ['create']);
      assert.equal(log[0].actor_login, 'admin');
      assert.equal(log[0].scope, `region:${region}`);
      assert.deepEqual(log[0].changes.find((c) => c.field === 'preset'), { field: 'preset', old: null, new: 'tomsk-rma-2022' });
    });

    test('002 §3.2: editing the experience threshold saves version 2; version 1 stays unchanged and readable; a stale save is 409', async () => {
      const v1 = await copy(admin, { preset: 'tomsk-rma-2022', region_id: region, code: code('tomsk') });
      const edited = structuredClone(v1.profile);
      edited.experience.min_years = 7;
      const saved = await save(admin, v1, edited);
      assert.equal(saved.status, 200, JSON.stringify(saved.json));
      const v2 = saved.json;
      assert.notEqual(v2.id, v1.id);
      assert.equal(v2.version, 2);
      assert.equal(v2.profile.version, 2);
      assert.equal(v2.profile.experience.min_years, 7);

      const old = await admin.get(`/api/v1/pool/profiles/${v1.id}`);
      assert.equal(old.status, 200);
      assert.equal(old.json.version, 1);
      assert.equal(old.json.latest, false);
      assert.equal(old.json.latest_version, 2);
      assert.deepEqual(old.json.profile, v1.profile, 'a stored version never changes');

      const versions = await admin.get(`/api/v1/pool/profiles/${v1.id}/versions`);
      assert.equal(versions.status, 200);
      assert.deepEqual(versions.json.items.map((v) => [v.id, v.version]), [[v2.id, 2], [v1.id, 1]]);

      // Someone saved meanwhile: a save based on version 1 is refused and stores nothing.
      const stale = structuredClone(v1.profile);
      stale.experience.min_years = 6;
      const refused = await save(admin, v1, stale);
      assert.equal(refused.status, 409);
      assert.equal(refused.json.error.code, 'stale_version');
      assert.match(refused.json.error.message, /последняя версия — 2/);
      assert.equal((await admin.get(`/api/v1/pool/profiles/${v1.id}/versions`)).json.total, 2);

      // Saving the same profile again adds no version; the list shows the latest version only.
      const same = await save(admin, v2, v2.profile);
      assert.equal(same.status, 200);
      assert.equal(same.json.id, v2.id);
      const listed = (await admin.get('/api/v1/pool/profiles?size=500')).json.items.filter((p) => p.code === v1.code);
      assert.deepEqual(listed.map((p) => p.id), [v2.id]);

      const log = (await admin.get(`/api/v1/audit?object_type=pool_profile&object_id=${v2.id}`)).json.items;
      assert.deepEqual(log.map((e) => e.action), ['update']);
      assert.deepEqual(log[0].changes.find((c) => c.field === 'experience.min_years'),
        { field: 'experience.min_years', old: '5', new: '7' });
      assert.deepEqual(log[0].changes.find((c) => c.field === 'version'), { field: 'version', old: '1', new: '2' });
      assert.equal(log[0].changes.length, 2, JSON.stringify(log[0].changes));

      // Two saves of the same version at once: one becomes version 3, the other is refused.
      const a = structuredClone(v2.profile);
      a.min_criteria = 2;
      const b = structuredClone(v2.profile);
      b.experience.min_years = 8;
      const both = await Promise.all([save(admin, v2, a), save(admin, v2, b)]);
      assert.deepEqual(both.map((r) => r.status).sort(), [200, 409], both.map((r) => r.text).join('\n'));
      const versions3 = (await admin.get(`/api/v1/pool/profiles/${v1.id}/versions`)).json.items;
      assert.deepEqual(versions3.map((v) => v.version), [3, 2, 1]);
    });

    test('an invalid profile is refused with 422 naming the field in Russian, and no version is saved', async () => {
      const v1 = await copy(admin, { preset: 'tomsk-rma-2022', region_id: region, code: code('tomsk') });
      const cases = [
        [(p) => { p.min_criteria = 0; }, 'min_criteria'],
        [(p) => { p.experience.min_years = 'пять'; }, 'experience.min_years'],
        [(p) => { p.accepted_categories = ['highest', 'none']; }, 'accepted_categories[1]'],
        [(p) => { p.criteria[1].number = p.criteria[0].number; }, 'criteria[1].number'],
        [(p) => { delete p.directive; }, 'directive'],
        [(p) => { p.code = 'another_code'; }, 'code'],
        [(p) => { p.level = 'municipal'; }, 'level'],
      ];
      for (const [change, field] of cases) {
        const body = structuredClone(v1.profile);
        change(body);
        const r = await save(admin, v1, body);
        assert.equal(r.status, 422, `${field}: ${r.text}`);
        assert.equal(r.json.error.field, field);
        assert.match(r.json.error.message, CYRILLIC);
      }
      const bad = await admin.request('PUT', `/api/v1/pool/profiles/${v1.id}`, Buffer.from('{не json'), {
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(bad.status, 400);
      const versions = (await admin.get(`/api/v1/pool/profiles/${v1.id}/versions`)).json;
      assert.equal(versions.total, 1);
    });

    test('000 §3.2: a coordinator keeps her municipality\'s profile; another municipality\'s coordinator can neither read, edit nor create it', async () => {
      const mine = await copy(coord, { preset: 'aleksandrovsky-mma', municipality_id: blag.id, code: code('mma') });
      assert.equal(mine.level, 'municipal');
      assert.equal(mine.municipality_id, blag.id);
      assert.equal(mine.region_id, region);
      const person = (await coord.get(`/api/v1/people?municipality=${blag.id}&size=1`)).json.items[0];

      for (const path of [`/api/v1/pool/profiles/${mine.id}`, `/api/v1/pool/profiles/${mine.id}/versions`,
        `/api/v1/pool/profiles/${mine.id}/eligibility?person=${person.id}`, `/api/v1/pool/profiles/${mine.id}/screening`]) {
        assert.equal((await coord2.get(path)).status, 404, path);
        assert.equal((await teacher.get(path)).status, 404, path);
        assert.equal((await coord.get(path)).status, 200, path);
      }
      const edited = structuredClone(mine.profile);
      edited.experience.min_years = 4;
      assert.equal((await save(coord2, mine, edited)).status, 404);
      assert.equal((await coord2.request('POST', `/api/v1/pool/profiles/${mine.id}/screening/candidates`,
        { person_ids: [person.id] })).status, 404);
      assert.equal((await admin.get(`/api/v1/pool/profiles/${mine.id}/versions`)).json.total, 1, 'nothing saved');
      assert.ok(!(await coord2.get('/api/v1/pool/profiles?size=500')).json.items.some((p) => p.id === mine.id));
      assert.ok((await coord.get('/api/v1/pool/profiles?size=500')).json.items.some((p) => p.id === mine.id));
      assert.ok((await admin.get(`/api/v1/pool/profiles?municipality=${blag.id}`)).json.items.some((p) => p.id === mine.id));

      // Writing in another territory: 403 (the territory exists for everyone, the right to keep its profiles not).
      const foreign = await copy(coord2, { preset: 'aleksandrovsky-mma', municipality_id: blag.id, code: code('mma') }, 403);
      assert.match(foreign.error.message, CYRILLIC);
      await copy(coord, { preset: 'tomsk-rma-2022', region_id: region, code: code('tomsk') }, 403);
      await copy(teacher, { preset: 'aleksandrovsky-mma', municipality_id: blag.id, code: code('mma') }, 403);
      // Her own edit is a new version; the regional admin keeps the municipality's profiles too.
      const v2 = await save(coord, mine, edited);
      assert.equal(v2.status, 200, v2.text);
      assert.equal(v2.json.version, 2);
      const regional = await copy(admin, { preset: 'tomsk-rma-2022', region_id: region, code: code('tomsk') });
      const readable = await coord.get(`/api/v1/pool/profiles/${regional.id}`);
      assert.equal(readable.status, 200, 'the region\'s profile is in force in her municipality');
      assert.equal((await save(coord, regional, regional.profile)).status, 403, 'but the regional admin keeps it');
    });

    test('002 §3.2: a coordinator of another municipality cannot check a person of municipality 1 (404, as the people registry answers)', async () => {
      const regional = await copy(admin, { preset: 'tomsk-rma-2022', region_id: region, code: code('tomsk') });
      const person = await createPerson(candidate({ last_name: 'Чужая' }));
      const card = await coord2.get(`/api/v1/people/${person.id}`);
      const check = await coord2.get(`/api/v1/pool/profiles/${regional.id}/eligibility?person=${person.id}`);
      assert.equal(check.status, 404);
      assert.equal(check.status, card.status);
      assert.equal(check.json.error.message, card.json.error.message);
      const listed = await coord2.request('POST', `/api/v1/pool/profiles/${regional.id}/screening/candidates`,
        { person_ids: [person.id] });
      assert.equal(listed.status, 422);
      assert.equal(listed.json.error.field, 'person_ids[0]');
      assert.equal((await coord.get(`/api/v1/pool/profiles/${regional.id}/eligibility?person=${person.id}`)).status, 200);
      const outside = await screening(coord2, regional.id, `?municipality=${blag.id}`);
      assert.equal(outside.total, 0, 'screening another municipality finds nobody');
    });

    test('002 §3.2: eligibility explains each requirement in Russian with the evidence, and names the profile version used', async () => {
      const v1 = await copy(admin, { preset: 'tomsk-rma-2022', region_id: region, code: code('tomsk') });
      const person = await createPerson(candidate());
      const r = await coord.get(`/api/v1/pool/profiles/${v1.id}/eligibility?person=${person.id}&on=${today()}`);
      assert.equal(r.status, 200, r.text);
      const e = r.json;
      assert.deepEqual(e.profile, { id: v1.id, code: v1.code, version: 1, title: v1.title });
      assert.equal(e.on, today());
      assert.equal(e.person.full_name, 'Кандидатова Вера Павловна');
      assert.equal(e.person.organisation_id, school1.id);
      assert.equal(e.outcome, 'eligible');
      assert.deepEqual(e.requirements.map((q) => q.code), REQUIREMENTS);
      assert.ok(e.requirements.every((q) => q.met && q.section === '3.2' && CYRILLIC.test(q.text)), JSON.stringify(e.requirements));
      const text = (c) => e.requirements.find((q) => q.code === c).text;
      assert.match(text('category'), /^Высшая категория с /);
      assert.match(text('category'), /приказ № 12/);
      assert.match(text('education'), /Высшее педагогическое образование: БГПУ/);
      assert.match(text('experience'), /Стаж работы по специальности \(Математика\)/, 'the subject\'s catalogue title');
      assert.match(text('experience'), /не менее 5 лет/);
      assert.match(text('employment'), /Учитель/, 'the position\'s catalogue title');
      assert.equal(e.criteria.length, 8);
      const third = e.criteria.find((c) => c.number === 3);
      assert.equal(third.status, 'proven');
      assert.match(third.evidence[0], /Член региональной предметной комиссии ОГЭ/);
      assert.equal(e.criteria.find((c) => c.number === 1).status, 'not_met');
      assert.equal(e.criteria_met, 1);

      // A stricter version (ten years are not «more than 12»): the new version fails, the old one still passes.
      const stricter = structuredClone(v1.profile);
      stricter.experience.min_years = 12;
      const v2 = (await save(admin, v1, stricter)).json;
      const now = (await coord.get(`/api/v1/pool/profiles/${v2.id}/eligibility?person=${person.id}`)).json;
      assert.equal(now.outcome, 'ineligible');
      assert.equal(now.profile.version, 2);
      const experience = now.requirements.find((q) => q.code === 'experience');
      assert.equal(experience.met, false);
      assert.match(experience.text, /не менее 12 лет/);
      assert.equal((await coord.get(`/api/v1/pool/profiles/${v1.id}/eligibility?person=${person.id}`)).json.outcome, 'eligible');

      const bad = await coord.get(`/api/v1/pool/profiles/${v1.id}/eligibility?person=${person.id}&on=31.12.2025`);
      assert.equal(bad.status, 422);
      assert.equal(bad.json.error.field, 'on');
      assert.equal((await coord.get(`/api/v1/pool/profiles/${v1.id}/eligibility`)).json.error.field, 'person');
    });

    test('002 §3.2: without the highest category in force a candidate is ineligible and the first failed requirement is the category', async () => {
      const v1 = await copy(admin, { preset: 'tomsk-rma-2022', region_id: region, code: code('tomsk') });
      const first = await createPerson(candidate({
        last_name: 'Первокатегорийная', categories: [{ category: 'first', awarded_on: yearsAgo(1) }],
      }));
      const lapsed = await createPerson(candidate({
        last_name: 'Истёкшая', categories: [{ category: 'highest', awarded_on: yearsAgo(6) }],
      }));
      for (const person of [first, lapsed]) {
        const e = (await admin.get(`/api/v1/pool/profiles/${v1.id}/eligibility?person=${person.id}`)).json;
        assert.equal(e.outcome, 'ineligible');
        const category = e.requirements.find((q) => q.code === 'category');
        assert.equal(category.met, false);
        assert.match(category.text, /требуется действующая категория: высшая/);
      }
      // 000 §3.2 accepts the first category and three years.
      const mma = await copy(admin, { preset: 'aleksandrovsky-mma', municipality_id: blag.id, code: code('mma') });
      const e = (await admin.get(`/api/v1/pool/profiles/${mma.id}/eligibility?person=${first.id}`)).json;
      assert.equal(e.requirements.find((q) => q.code === 'category').met, true, JSON.stringify(e.requirements));
    });

    test('eligibility of a demo person of the registry returns every requirement and criterion with Russian texts', async () => {
      const v1 = await copy(admin, { preset: 'tomsk-rma-2022', region_id: region, code: code('tomsk') });
      const demo = (await coord.get(`/api/v1/people?municipality=${blag.id}&size=5`)).json.items;
      for (const person of demo) {
        const r = await coord.get(`/api/v1/pool/profiles/${v1.id}/eligibility?person=${person.id}`);
        assert.equal(r.status, 200, r.text);
        assert.ok(['eligible', 'needs_confirmation', 'ineligible'].includes(r.json.outcome));
        assert.deepEqual(r.json.requirements.map((q) => q.code), REQUIREMENTS);
        assert.ok(r.json.requirements.every((q) => CYRILLIC.test(q.text)));
        assert.equal(r.json.criteria.length, 8);
        assert.ok(r.json.criteria.every((c) => CYRILLIC.test(c.text) && CYRILLIC.test(c.wording)));
        assert.equal(r.json.person.full_name, person.full_name);
      }
    });

    test('002 §3.2 screening: the counts add up to the persons of the caller\'s scope, and the listed persons are sorted by ФИО', async (t) => {
      const v1 = await copy(admin, { preset: 'tomsk-rma-2022', region_id: region, code: code('tomsk') });
      const eligible = await createPerson(candidate({ last_name: 'Отборова' }));
      const started = Date.now();
      const all = await screening(admin, v1.id, '?size=500');
      const elapsed = Date.now() - started;
      // Reported, not asserted: figures come from bench/, never from a timed test (a loaded machine made it flaky).
      t.diagnostic(`screening of ${all.total} persons: ${elapsed} ms`);
      const people = (await admin.get('/api/v1/people?size=1')).json.total;
      assert.ok(people > 5000, 'the demo region');
      assert.equal(all.total, people);
      assert.equal(all.eligible + all.needs_confirmation + all.ineligible, all.total);
      const failed = Object.values(all.first_failed).reduce((a, b) => a + b, 0);
      assert.equal(failed, all.total - all.eligible, 'every person not eligible has a first failed requirement');
      assert.deepEqual(Object.keys(all.first_failed).sort(), [...REQUIREMENTS].sort());
      assert.equal(all.persons.total, all.eligible + all.needs_confirmation);
      assert.ok(all.persons.items.every((p) => p.outcome !== 'ineligible' && CYRILLIC.test(p.full_name)));
      assert.ok(all.eligible > 0 && all.needs_confirmation > 0, JSON.stringify({ ...all, persons: undefined }));
      assert.deepEqual(all.profile, { id: v1.id, code: v1.code, version: 1, title: v1.title });

      const chosen = await screening(admin, v1.id, `?outcome=eligible&size=500&organisation=${school1.id}`);
      assert.ok(chosen.persons.items.every((p) => p.outcome === 'eligible' && p.first_failed === null));
      assert.ok(chosen.persons.items.some((p) => p.id === eligible.id));
      // The order of the registry (ФИО in Russian order, Ё after Е) is kept.
      const order = (await admin.get(`/api/v1/people?organisation=${school1.id}&size=500`)).json.items.map((p) => p.id);
      const listed = chosen.persons.items.map((p) => p.id);
      assert.deepEqual(listed, order.filter((id) => listed.includes(id)));

      // A coordinator screens her municipality only.
      const mine = await screening(coord, v1.id, '?size=1');
      assert.equal(mine.total, (await coord.get('/api/v1/people?size=1')).json.total);
      assert.ok(mine.total < all.total);
      assert.equal(mine.persons.items.length, 1);
      assert.ok(mine.persons.items.every((p) => p.municipality_id === blag.id));
      const page2 = await screening(coord, v1.id, '?size=1&page=2');
      assert.notEqual(page2.persons.items[0]?.id, mine.persons.items[0].id);

      // A municipality's profile screens that municipality only.
      const mma = await copy(admin, { preset: 'aleksandrovsky-mma', municipality_id: blag.id, code: code('mma') });
      const municipal = await screening(admin, mma.id, '?size=1');
      assert.equal(municipal.total, (await admin.get(`/api/v1/people?municipality=${blag.id}&size=1`)).json.total);
      const elsewhere = await admin.get(`/api/v1/pool/profiles/${mma.id}/screening?municipality=${belogorsk.id}`);
      assert.equal(elsewhere.status, 422);
      assert.equal(elsewhere.json.error.field, 'municipality');
      const bad = await admin.get(`/api/v1/pool/profiles/${v1.id}/screening?outcome=maybe`);
      assert.equal(bad.json.error.field, 'outcome');
    });

    test('002 §3.2 candidates: a candidate list is screened with every outcome, sorted by ФИО', async () => {
      const v1 = await copy(admin, { preset: 'tomsk-rma-2022', region_id: region, code: code('tomsk') });
      const yes = await createPerson(candidate({ last_name: 'Яблокова' }));
      const no = await createPerson(candidate({ last_name: 'Абрикосова', educations: [] }));
      const r = await coord.request('POST', `/api/v1/pool/profiles/${v1.id}/screening/candidates`,
        { person_ids: [yes.id, no.id, yes.id] });
      assert.equal(r.status, 200, r.text);
      assert.equal(r.json.total, 2);
      assert.equal(r.json.eligible, 1);
      assert.equal(r.json.ineligible, 1);
      assert.equal(r.json.first_failed.education, 1);
      assert.deepEqual(r.json.persons.items.map((p) => [p.id, p.outcome, p.first_failed]),
        [[no.id, 'ineligible', 'education'], [yes.id, 'eligible', null]]);
      assert.deepEqual(r.json.persons.items[1].criteria_met, [3]);
      const empty = await coord.request('POST', `/api/v1/pool/profiles/${v1.id}/screening/candidates`, { person_ids: [] });
      assert.equal(empty.status, 422);
      assert.equal(empty.json.error.field, 'person_ids');
      const wrong = await coord.request('POST', `/api/v1/pool/profiles/${v1.id}/screening/candidates`, { person_ids: [yes.id, 'x'] });
      assert.equal(wrong.json.error.field, 'person_ids[1]');
    });
  });
}
