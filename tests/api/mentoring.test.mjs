// Mentoring pairs (docs/api/MENTORING.md; SPEC §7; 003 §App2) against the real binary on both backends. The
// persons the rules are checked on are created here through the people API; the proposal test also reads the
// demo region's young specialists.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { backends, startServer } from './harness.mjs';

/** Today on the server's clock (UTC) shifted by years, months and days, as YYYY-MM-DD. */
function shifted({ years = 0, months = 0, days = 0 } = {}) {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear() + years, now.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(now.getUTCDate(), last));
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** `date` + `days`, as YYYY-MM-DD. */
function plusDays(date, days) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

for (const backend of backends()) {
  describe(`mentoring on ${backend}`, () => {
    let server;
    let admin;
    let coord;
    let coord2;
    let school;
    let blag;
    let belogorsk;
    let school1;
    let school2;
    let serial = 0;

    // The mentees are hired two months ago: young specialists, and a directive ten days after hiring is on time.
    const hired = shifted({ months: -2 });
    const papers = (overrides = {}) => ({
      council_protocol: '3', council_date: plusDays(hired, 5), mentor_consent_on: plusDays(hired, 6),
      mentee_consent_on: plusDays(hired, 6), directive_number: `${++serial}-н`, directive_on: plusDays(hired, 10),
      ...overrides,
    });
    const person = async (client, organisation, { last, started, subjects = ['mathematics'] }) => {
      const r = await client.request('POST', '/api/v1/people', {
        last_name: last, first_name: 'Анна', middle_name: 'Сергеевна', birth_date: '1990-05-17', allow_duplicate: true,
        employments: [{ organisation_id: organisation.id, position: 'teacher', subjects, is_main: true,
          pedagogical: true, started_on: started }],
      });
      assert.equal(r.status, 201, JSON.stringify(r.json));
      return r.json;
    };
    const mentor = (organisation = school1, last = 'Опытная', subjects) =>
      person(admin, organisation, { last, started: '2009-09-01', subjects });
    const mentee = (organisation = school1, last = 'Молодая', started = hired, subjects) =>
      person(admin, organisation, { last, started, subjects });
    const appoint = (client, menteeId, mentorId, overrides = {}) =>
      client.request('POST', '/api/v1/mentoring/pairs', { mentee_id: menteeId, mentor_id: mentorId, kind: 'subject',
        ...papers(), ...overrides });

    before(async () => {
      server = await startServer({ backend });
      admin = await server.as('admin');
      coord = await server.as('coord');
      coord2 = await server.as('coord2');
      school = await server.as('school');
      const list = (await admin.get('/api/v1/territory/municipalities')).json.items;
      blag = list.find((m) => m.name === 'г. Благовещенск');
      belogorsk = list.find((m) => m.name === 'г. Белогорск');
      const orgs = (await admin.get(`/api/v1/organisations?municipality=${blag.id}&q=${encodeURIComponent('СОШ № ')}&size=50`)).json.items;
      school1 = orgs.find((o) => o.short_name.includes('СОШ № 1»')) ?? orgs[0];
      school2 = orgs.find((o) => o.id !== school1.id);
      assert.ok(school1 && school2, 'two schools of Благовещенск');
    });
    after(async () => server?.stop());

    test('003 §App2 3.3: a mentor with less than five years of pedagogical experience is refused at appointment', async () => {
      const junior = await person(admin, school1, { last: 'Стажова', started: shifted({ years: -4, months: -11 }) });
      const young = await mentee();
      // Experience is counted through the directive's date.
      const today = shifted();
      const r = await appoint(coord, young.id, junior.id, { directive_on: today });
      assert.equal(r.status, 422, r.text);
      assert.equal(r.json.error.code, 'mentor_requirements');
      assert.equal(r.json.error.field, 'mentor_id');
      assert.match(r.json.error.message, /4 года 11 месяцев/);
      assert.match(r.json.error.message, /не менее 5 лет \(п\. 3\.3 Положения\)/);
      // Nothing half-written: the mentee has no pair.
      const pairs = (await admin.get(`/api/v1/mentoring/pairs?mentee=${young.id}`)).json;
      assert.equal(pairs.total, 0);
      // With five full years the same check passes.
      const senior = await person(admin, school1, { last: 'Пятилетова', started: shifted({ years: -5 }) });
      const ok = await appoint(coord, young.id, senior.id, { directive_on: today });
      assert.equal(ok.status, 201, ok.text);
      assert.equal(ok.json.status, 'active');
    });

    test('003 §App2 3.5: a third mentee of the same mentor is refused', async () => {
      const m = await mentor();
      const [a, b, c] = [await mentee(), await mentee(), await mentee()];
      assert.equal((await appoint(coord, a.id, m.id)).status, 201);
      assert.equal((await appoint(coord, b.id, m.id)).status, 201);
      const third = await appoint(coord, c.id, m.id);
      assert.equal(third.status, 409, third.text);
      assert.equal(third.json.error.code, 'mentor_limit');
      assert.match(third.json.error.message, /2 из 2 .*\(п\. 3\.5 Положения\)/);
      // A proposal counts pending proposals too, so the council is not offered a mentor whose places are taken.
      const proposal = await coord.request('POST', '/api/v1/mentoring/pairs', { mentee_id: c.id, mentor_id: m.id, kind: 'subject' });
      assert.equal(proposal.status, 409, proposal.text);
    });

    test('003 §App2 3.5: five concurrent appointments of one mentor by two coordinators — exactly two succeed, the rest get 409 naming §3.5', async () => {
      const m = await mentor();
      const mentees = [];
      for (let i = 0; i < 5; ++i) mentees.push(await mentee());
      const results = await Promise.all(mentees.map((x, i) => appoint(i % 2 ? admin : coord, x.id, m.id)));
      const statuses = results.map((r) => r.status).sort();
      assert.deepEqual(statuses, [201, 201, 409, 409, 409], results.map((r) => r.text).join('\n'));
      for (const r of results.filter((x) => x.status === 409)) {
        assert.equal(r.json.error.code, 'mentor_limit');
        assert.match(r.json.error.message, /п\. 3\.5 Положения/);
      }
      const active = (await admin.get(`/api/v1/mentoring/pairs?mentor=${m.id}&status=active`)).json;
      assert.equal(active.total, 2);
    });

    test('003 §App2 3.5: a mentor with one mentee, four concurrent appointments — exactly one succeeds', async () => {
      // The server runs a worker per core: with one place left, any two overlapping transactions that both counted
      // one mentee would give her three.
      const m = await mentor();
      assert.equal((await appoint(coord, (await mentee()).id, m.id)).status, 201);
      const mentees = [];
      for (let i = 0; i < 4; ++i) mentees.push(await mentee());
      const results = await Promise.all(mentees.map((x, i) => appoint(i % 2 ? admin : coord, x.id, m.id)));
      assert.deepEqual(results.map((r) => r.status).sort(), [201, 409, 409, 409], results.map((r) => r.text).join('\n'));
      const active = (await admin.get(`/api/v1/mentoring/pairs?mentor=${m.id}&status=active`)).json;
      assert.equal(active.total, 2);
    });

    test('003 §App2 2.2: one active subject mentor per mentee, also when three appointments arrive at once', async () => {
      const young = await mentee();
      const mentors = [await mentor(), await mentor(), await mentor()];
      const results = await Promise.all(mentors.map((m, i) => appoint([coord, admin, school][i], young.id, m.id)));
      const statuses = results.map((r) => r.status).sort();
      assert.deepEqual(statuses, [201, 409, 409], results.map((r) => r.text).join('\n'));
      for (const r of results.filter((x) => x.status === 409)) assert.equal(r.json.error.code, 'subject_mentor_exists');
      // A consultant may work beside the subject mentor (2.2).
      const consultant = await appoint(coord, young.id, (await mentor(school1, 'Консультантова', ['physics'])).id, { kind: 'consultant' });
      assert.equal(consultant.status, 201, consultant.text);
    });

    test('003 §App2 3.4: a collective mentor needs at least two teachers with five years of work in the school', async () => {
      const young = await mentee();
      const veteran = await mentor(school1, 'Коллективная');
      const colleague = await mentor(school1, 'Коллегова');
      const newcomer = await mentor(school2, 'Пришлая');
      const refused = await appoint(coord, young.id, undefined, { kind: 'collective', collective: [veteran.id, newcomer.id] });
      assert.equal(refused.status, 422, refused.text);
      assert.match(refused.json.error.message, /Пришлая Анна Сергеевна: стаж работы в школе .* 0 дней.*\(п\. 3\.4 Положения\)/);
      const alone = await appoint(coord, young.id, undefined, { kind: 'collective', collective: [veteran.id] });
      assert.equal(alone.status, 422, alone.text);
      const ok = await appoint(coord, young.id, undefined, { kind: 'collective', collective: [veteran.id, colleague.id] });
      assert.equal(ok.status, 201, ok.text);
      assert.equal(ok.json.kind, 'collective');
      assert.deepEqual(ok.json.collective.map((m) => m.id).sort(), [veteran.id, colleague.id].sort());
      assert.match(ok.json.mentor.full_name, /^Коллективный наставник: /);
    });

    test('003 §App2 3.1: a directive on day 15 after hiring is flagged late, on day 14 it is on time', async () => {
      const m = await mentor();
      const early = await mentee();
      const late = await mentee();
      const proposed = await coord.request('POST', '/api/v1/mentoring/pairs', { mentee_id: late.id, mentor_id: m.id, kind: 'subject' });
      assert.equal(proposed.status, 201, proposed.text);
      assert.equal(proposed.json.status, 'proposed');
      assert.equal(proposed.json.hired_on, hired);
      assert.equal(proposed.json.directive_deadline, plusDays(hired, 14));
      assert.match(proposed.json.term_explanation, /через 1 месяц после начала работы на 3 года \(п\. 3\.2 Положения\)/);
      const appointed = await coord.request('POST', `/api/v1/mentoring/pairs/${proposed.json.id}/appoint`,
        papers({ directive_on: plusDays(hired, 15) }));
      assert.equal(appointed.status, 200, appointed.text);
      assert.equal(appointed.json.status, 'active');
      assert.equal(appointed.json.directive.late, true);
      assert.match(appointed.json.directive.text, /опоздание на 1 день/);
      const onTime = await appoint(coord, early.id, m.id, { directive_on: plusDays(hired, 14) });
      assert.equal(onTime.status, 201, onTime.text);
      assert.equal(onTime.json.directive.late, false);
      const listed = (await coord.get(`/api/v1/mentoring/pairs?mentor=${m.id}`)).json.items;
      assert.deepEqual(listed.map((p) => p.directive_late).sort(), [false, true]);
      // Appointing twice is a conflict; a directive before the hiring is refused.
      const again = await coord.request('POST', `/api/v1/mentoring/pairs/${proposed.json.id}/appoint`, papers());
      assert.equal(again.status, 409);
      const before = await appoint(coord, (await mentee()).id, (await mentor()).id, { directive_on: plusDays(hired, -1), mentor_consent_on: plusDays(hired, -2), mentee_consent_on: plusDays(hired, -2), council_date: plusDays(hired, -3) });
      assert.equal(before.status, 422, before.text);
      assert.equal(before.json.error.field, 'directive_on');
      // 3.1: both parties consent.
      const noConsent = await appoint(coord, (await mentee()).id, (await mentor()).id, { mentee_consent_on: null });
      assert.equal(noConsent.status, 422);
      assert.equal(noConsent.json.error.field, 'mentee_consent_on');
    });

    test('003 §App2 3.6: a replacement without a reason is refused; with one the pair is replaced and a new pair continues the term', async () => {
      const young = await mentee();
      const first = await mentor();
      const second = await mentor();
      const pair = (await appoint(coord, young.id, first.id)).json;
      const body = { new_mentor_id: second.id, ...papers({ directive_on: shifted({ days: -1 }), directive_number: '77-к' }) };
      const refused = await coord.request('POST', `/api/v1/mentoring/pairs/${pair.id}/replace`, body);
      assert.equal(refused.status, 422, refused.text);
      assert.equal(refused.json.error.code, 'replacement_reason_required');
      assert.match(refused.json.error.message, /п\. 3\.6 Положения/);
      const stillActive = (await coord.get(`/api/v1/mentoring/pairs/${pair.id}`)).json;
      assert.equal(stillActive.status, 'active', 'a refused replacement changes nothing');

      const partyMissing = await coord.request('POST', `/api/v1/mentoring/pairs/${pair.id}/replace`, { ...body, reason: 'personal_application' });
      assert.equal(partyMissing.status, 422);
      assert.equal(partyMissing.json.error.field, 'party');

      const replaced = await coord.request('POST', `/api/v1/mentoring/pairs/${pair.id}/replace`,
        { ...body, reason: 'personal_application', party: 'mentee' });
      assert.equal(replaced.status, 201, replaced.text);
      assert.equal(replaced.json.status, 'active');
      assert.equal(replaced.json.mentor.id, second.id);
      assert.equal(replaced.json.replaces_id, pair.id);
      assert.equal(replaced.json.ends_on, pair.ends_on, 'the new pair continues the mentee\'s term');
      assert.equal(replaced.json.directive.late, false);
      const old = (await coord.get(`/api/v1/mentoring/pairs/${pair.id}`)).json;
      assert.equal(old.status, 'replaced');
      assert.equal(old.replaced_by_id, replaced.json.id);
      assert.equal(old.end_reason, 'personal_application');
      assert.match(old.end_details, /Личное заявление подшефного/);
      const log = (await admin.get(`/api/v1/audit?object_type=mentorship_pair&object_id=${pair.id}`)).json.items;
      assert.deepEqual(log.map((e) => e.action), ['replace', 'appoint']);
    });

    test('003 §App2 4.4, 4.5: plan items and reports; the mentor\'s reports are due twice a year and missing ones are overdue', async () => {
      const young = await mentee();
      const pair = (await appoint(coord, young.id, (await mentor()).id)).json;
      const item = await coord.request('POST', `/api/v1/mentoring/pairs/${pair.id}/plan-items`,
        { title: 'Анализ тематического планирования', due_on: shifted({ days: -1 }) });
      assert.equal(item.status, 201, item.text);
      assert.equal(item.json.plan_overdue, true);
      const done = await coord.request('PUT', `/api/v1/mentoring/pairs/${pair.id}/plan-items/${item.json.plan[0].id}`,
        { title: 'Анализ тематического планирования', due_on: shifted({ days: -1 }), done_on: shifted() });
      assert.equal(done.status, 200, done.text);
      assert.equal(done.json.plan_overdue, false);

      const report = await coord.request('POST', `/api/v1/mentoring/pairs/${pair.id}/reports`,
        { author: 'mentor', text: 'Посещено 6 уроков, проведён анализ.' });
      assert.equal(report.status, 201, report.text);
      assert.equal(report.json.reports.length, 1);
      assert.equal(report.json.report_statuses.length, 6, 'three years, a report every six months');
      assert.equal(report.json.reports_overdue, false);
      // A year later without another report the next period is missed.
      const later = (await coord.get(`/api/v1/mentoring/pairs/${pair.id}?on=${shifted({ years: 1 })}`)).json;
      assert.equal(later.reports_overdue, true);
      assert.ok(later.report_statuses.some((s) => s.state === 'missed' && /не сдан/.test(s.text)));

      const empty = await coord.request('POST', `/api/v1/mentoring/pairs/${pair.id}/reports`, { author: 'mentor', text: ' ' });
      assert.equal(empty.status, 422);
      const completed = await coord.request('POST', `/api/v1/mentoring/pairs/${pair.id}/complete`, {});
      assert.equal(completed.status, 200, completed.text);
      assert.equal(completed.json.status, 'completed');
    });

    test('ADR 0003: the coordinator of municipality 2 cannot see or modify pairs of municipality 1', async () => {
      const young = await mentee();
      const m = await mentor();
      const pair = (await appoint(coord, young.id, m.id)).json;
      assert.equal((await coord2.get(`/api/v1/mentoring/pairs/${pair.id}`)).status, 404);
      const list = (await coord2.get('/api/v1/mentoring/pairs?size=500')).json;
      assert.ok(!list.items.some((p) => p.id === pair.id));
      assert.ok(!list.items.some((p) => p.municipality_id === blag.id));
      for (const [path, body] of [
        [`/api/v1/mentoring/pairs/${pair.id}/plan-items`, { title: 'Чужой пункт', due_on: shifted() }],
        [`/api/v1/mentoring/pairs/${pair.id}/complete`, {}],
        [`/api/v1/mentoring/pairs/${pair.id}/replace`, { new_mentor_id: m.id, reason: 'dismissal', ...papers() }],
        [`/api/v1/mentoring/pairs/${pair.id}/reports`, { author: 'mentor', text: 'Чужой отчёт' }],
      ]) {
        const r = await coord2.request('POST', path, body);
        assert.equal(r.status, 404, `${path}: ${r.text}`);
      }
      const theirs = await coord2.request('POST', '/api/v1/mentoring/pairs', { mentee_id: young.id, mentor_id: m.id, kind: 'subject' });
      assert.equal(theirs.status, 422);
      assert.equal(theirs.json.error.code, 'mentee_not_found');
      assert.equal((await coord2.get(`/api/v1/mentoring/candidates?mentee=${young.id}`)).status, 404);
      assert.equal((await coord2.get(`/api/v1/mentoring/coverage?municipality=${blag.id}`)).status, 404);
      assert.equal((await coord2.request('POST', '/api/v1/mentoring/proposals', { municipality: blag.id })).status, 404);
      assert.equal((await coord.get(`/api/v1/mentoring/pairs/${pair.id}`)).json.status, 'active', 'nothing changed');
      // The school's administrator keeps her own school's pairs.
      assert.equal((await school.get(`/api/v1/mentoring/pairs/${pair.id}`)).status, 200);
    });

    test('SPEC §6: candidates for a mentee are ranked with reasons, nearest first, ineligible ones left out', async () => {
      const young = await mentee(school1, 'Ранжируемая');
      const near = await mentor(school1, 'Ближняя');
      const far = await mentor(school2, 'Дальняя');
      const junior = await person(admin, school1, { last: 'Недостажная', started: shifted({ years: -2 }) });
      const r = await coord.get(`/api/v1/mentoring/candidates?mentee=${young.id}&limit=500`);
      assert.equal(r.status, 200, r.text);
      const ids = r.json.items.map((c) => c.person.id);
      assert.ok(ids.includes(near.id) && ids.includes(far.id));
      assert.ok(!ids.includes(junior.id), 'fewer than five years: not a candidate');
      assert.ok(ids.indexOf(near.id) < ids.indexOf(far.id));
      const first = r.json.items.find((c) => c.person.id === near.id);
      assert.equal(first.proximity, 'same_organisation_same_subject');
      assert.ok(first.requirements.some((q) => q.code === 'mentor_experience' && q.met && /п\. 3\.3/.test(q.text)));
      assert.equal(r.json.items.find((c) => c.person.id === far.id).proximity, 'same_municipality_same_subject');
      const top = (await coord.get(`/api/v1/mentoring/candidates?mentee=${young.id}&limit=3`)).json;
      assert.equal(top.items.length, 3);
      assert.equal(top.total, r.json.total);
    });

    test('003 §App7: a proposal for municipality 1 returns pairs, and accepting it with a directive raises coverage', async () => {
      const before = (await coord.get(`/api/v1/mentoring/coverage?municipality=${blag.id}`)).json;
      assert.equal(before.target_percent, 100);
      assert.ok(before.young_specialists > 0, JSON.stringify(before));
      const proposal = await coord.request('POST', '/api/v1/mentoring/proposals', { municipality: blag.id });
      assert.equal(proposal.status, 200, proposal.text);
      assert.ok(proposal.json.pairs.length > 0, 'pairs proposed');
      assert.equal(proposal.json.pairs.length + proposal.json.unassigned.length, proposal.json.mentees_considered);
      for (const p of proposal.json.pairs) {
        assert.equal(p.mentee.municipality_id, blag.id);
        assert.equal(p.mentor.municipality_id, blag.id);
      }
      const chosen = proposal.json.pairs.slice(0, 6);
      const today = shifted();
      const accepted = await coord.request('POST', '/api/v1/mentoring/proposals/accept', {
        pairs: chosen.map((p) => ({ mentee_id: p.mentee.id, mentor_id: p.mentor.id, kind: p.kind })),
        council_protocol: '5', council_date: today, mentor_consent_on: today, mentee_consent_on: today,
        directive_number: '101-о', directive_on: today,
      });
      assert.equal(accepted.status, 201, accepted.text);
      assert.equal(accepted.json.items.length, chosen.length);
      assert.ok(accepted.json.items.every((p) => p.status === 'active'));
      const afterwards = (await coord.get(`/api/v1/mentoring/coverage?municipality=${blag.id}`)).json;
      assert.equal(afterwards.with_mentor, before.with_mentor + chosen.length);
      assert.ok(afterwards.share > (before.share ?? 0));
      // Accepted mentees are not proposed again.
      const again = (await coord.request('POST', '/api/v1/mentoring/proposals', { municipality: blag.id })).json;
      const proposedAgain = new Set(again.pairs.map((p) => p.mentee.id));
      assert.ok(chosen.every((p) => !proposedAgain.has(p.mentee.id)));
      // A batch is all or nothing: one pair breaking a rule leaves the others unsaved.
      const fresh = again.pairs.slice(0, 2);
      if (fresh.length === 2) {
        const broken = await coord.request('POST', '/api/v1/mentoring/proposals/accept', {
          pairs: [{ mentee_id: fresh[0].mentee.id, mentor_id: fresh[0].mentor.id, kind: fresh[0].kind },
            { mentee_id: fresh[1].mentee.id, mentor_id: fresh[1].mentee.id, kind: 'subject' }],
        });
        assert.equal(broken.status, 422, broken.text);
        assert.equal(broken.json.error.field, 'pairs[1].mentor_id');
        const none = (await coord.get(`/api/v1/mentoring/pairs?mentee=${fresh[0].mentee.id}`)).json;
        assert.equal(none.total, 0);
      }
    });
  });
}
