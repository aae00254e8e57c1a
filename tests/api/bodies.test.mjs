// Collegial bodies and associations (docs/api/BODIES.md; SPEC §8, §9; 001 §3.8, 004 §5, 003 §App3, §App4) against
// the real binary on both backends. Members are persons of the demo region read through the people API.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { backends, startServer } from './harness.mjs';

const today = () => new Date().toISOString().slice(0, 10);
const year = () => new Date().getUTCFullYear();

for (const backend of backends()) {
  describe(`bodies on ${backend}`, () => {
    let server;
    let admin;
    let coord;
    let coord2;
    let teacher;
    let blag;
    let belogorsk;
    let blagPeople;
    let belPeople;

    before(async () => {
      server = await startServer({ backend });
      admin = await server.as('admin');
      coord = await server.as('coord');
      coord2 = await server.as('coord2');
      teacher = await server.as('teacher');
      const list = (await admin.get('/api/v1/territory/municipalities')).json.items;
      blag = list.find((m) => m.name === 'г. Благовещенск');
      belogorsk = list.find((m) => m.name === 'г. Белогорск');
      blagPeople = (await admin.get(`/api/v1/people?municipality=${blag.id}&size=80`)).json.items;
      belPeople = (await admin.get(`/api/v1/people?municipality=${belogorsk.id}&size=30`)).json.items;
      assert.ok(blagPeople.length >= 60 && belPeople.length >= 20, 'demo people of both towns');
    });
    after(async () => server?.stop());

    const createUnion = async (client, members, overrides = {}) => {
      const r = await client.request('POST', '/api/v1/bodies', {
        kind: 'municipal_union', preset: 'zdvinsk-mmo', name: `ММО учителей информатики ${Math.random()}`,
        municipality_id: blag.id, subject: 'informatics', established_on: `${year()}-01-01`, ...overrides,
      });
      assert.equal(r.status, 201, JSON.stringify(r.json));
      let body = r.json;
      for (const [i, p] of members.entries()) {
        const role = i === 0 ? 'chair' : i === 1 ? 'secretary' : 'member';
        const m = await client.request('POST', `/api/v1/bodies/${body.id}/members`, {
          person_id: p.id, role, starts_on: `${year()}-01-01`,
        });
        assert.equal(m.status, 201, JSON.stringify(m.json));
        body = m.json;
      }
      return body;
    };

    test('presets carry the rules with their sections', async () => {
      const r = await coord.get('/api/v1/bodies/presets');
      assert.equal(r.status, 200);
      const codes = r.json.items.map((p) => p.code);
      assert.deepEqual(codes, ['nazarovo-council', 'zdvinsk-mmo', 'amur-subject-association', 'amur-young-teachers']);
      const council = r.json.items[0].kinds[0];
      assert.equal(council.min_members, 10);
      assert.equal(council.quorum.rule, 'at_least_half');
      assert.equal(council.quorum.section, '001 §3.8.10.1');
      assert.deepEqual(council.signatures, ['chair', 'secretary']);
    });

    test('004 §5.1.5: a union of ten; five present is no quorum (refused), six pass; the protocol downloads', async () => {
      const union = await createUnion(coord, blagPeople.slice(0, 10));
      assert.equal(union.voting_members, 10);
      assert.equal(union.members.length, 10);
      let s = await coord.request('POST', `/api/v1/bodies/${union.id}/sessions`, { held_on: today(), title: 'Заседание ММО' });
      assert.equal(s.status, 201, JSON.stringify(s.json));
      const session = s.json;
      assert.equal(session.members_total, 10);
      const ids = session.members.map((m) => m.member_id);
      s = await coord.request('PUT', `/api/v1/sessions/${session.id}/attendance`, { present: ids.slice(0, 5) });
      assert.equal(s.status, 200, JSON.stringify(s.json));
      assert.equal(s.json.quorum.reached, false);
      assert.equal(s.json.quorum.required, 6);
      assert.match(s.json.quorum.text, /более половины/);
      s = await coord.request('POST', `/api/v1/sessions/${session.id}/items`, { title: 'План работы ММО', proposal: 'Утвердить план' });
      assert.equal(s.status, 201);
      const item = s.json.items[0];
      let v = await coord.request('POST', `/api/v1/sessions/${session.id}/items/${item.id}/vote`, { for: 5, against: 0, abstain: 0 });
      assert.equal(v.status, 422);
      assert.equal(v.json.error.code, 'quorum_not_reached');
      assert.match(v.json.error.message, /нет кворума.*5 из 10.*п\. 5\.1\.5/);
      // With six present the quorum holds; the majority is of all members (5 of 10 is not enough).
      s = await coord.request('PUT', `/api/v1/sessions/${session.id}/attendance`, { present: ids.slice(0, 6) });
      assert.equal(s.json.quorum.reached, true);
      v = await coord.request('POST', `/api/v1/sessions/${session.id}/items/${item.id}/vote`, { for: 5, against: 1, abstain: 0 });
      assert.equal(v.status, 422);
      assert.equal(v.json.error.code, 'majority_not_reached');
      assert.match(v.json.error.message, /членов/);
      v = await coord.request('POST', `/api/v1/sessions/${session.id}/items/${item.id}/vote`, { for: 6, against: 0, abstain: 0 });
      assert.equal(v.status, 200, JSON.stringify(v.json));
      assert.equal(v.json.items[0].outcome, 'adopted');
      assert.equal(v.json.items[0].decision.text, 'Утвердить план');
      // Voted once only; attendance is frozen after a vote.
      v = await coord.request('POST', `/api/v1/sessions/${session.id}/items/${item.id}/vote`, { for: 6, against: 0, abstain: 0 });
      assert.equal(v.status, 409);
      const frozen = await coord.request('PUT', `/api/v1/sessions/${session.id}/attendance`, { present: ids });
      assert.equal(frozen.status, 409);
      // The decision followed to done.
      const owner = blagPeople[0].id;
      let d = await coord.request('PUT', `/api/v1/sessions/${session.id}/items/${item.id}/decision`, {
        text: 'Утвердить план работы', owner_person_id: owner, due_on: today(), done_on: '2000-01-01',
      });
      assert.equal(d.status, 422, 'a decision is not done before its session');
      d = await coord.request('PUT', `/api/v1/sessions/${session.id}/items/${item.id}/decision`, {
        text: 'Утвердить план работы', owner_person_id: owner, due_on: today(),
      });
      assert.equal(d.status, 200, JSON.stringify(d.json));
      assert.equal(d.json.items[0].decision.owner_person_id, owner);
      d = await coord.request('PUT', `/api/v1/sessions/${session.id}/items/${item.id}/decision`, {
        text: 'Утвердить план работы', owner_person_id: owner, due_on: today(), done_on: today(),
      });
      assert.equal(d.json.items[0].decision.done_on, today());
      // The protocol: a DOCX with both signatures (001 §3.8.10.1 style) and registered in the document registry.
      const doc = await coord.get(`/api/v1/sessions/${session.id}/protocol.docx`);
      assert.equal(doc.status, 200);
      assert.match(doc.headers.get('content-type'), /wordprocessingml/);
      assert.equal(doc.bytes.subarray(0, 2).toString(), 'PK');
      const reg = await coord.request('POST', `/api/v1/sessions/${session.id}/protocol`);
      assert.equal(reg.status, 201, JSON.stringify(reg.json));
      assert.ok(reg.json.document_id);
      const registered = await coord.get(`/api/v1/documents/${reg.json.document_id}`);
      assert.equal(registered.status, 200);
      assert.equal(registered.json.kind, 'protocol');
      const list = await coord.get(`/api/v1/bodies/${union.id}/sessions`);
      assert.equal(list.json.items[0].protocol_document_id, reg.json.document_id);
      assert.equal(list.json.items[0].quorum_reached, true);
    });

    test('001 §3.8.10: a council of ten, exactly half present is a quorum; half of those present is no majority', async () => {
      const r = await coord.request('POST', '/api/v1/bodies', {
        kind: 'municipal_council', preset: 'nazarovo-council', name: `ММС ${Math.random()}`, municipality_id: blag.id,
        established_on: `${year()}-01-01`,
      });
      assert.equal(r.status, 201);
      let body = r.json;
      for (const [i, p] of blagPeople.slice(10, 20).entries()) {
        body = (await coord.request('POST', `/api/v1/bodies/${body.id}/members`, {
          person_id: p.id, role: i === 0 ? 'chair' : i === 1 ? 'secretary' : 'member', starts_on: `${year()}-01-01`,
        })).json;
      }
      const s = (await coord.request('POST', `/api/v1/bodies/${body.id}/sessions`, { held_on: today() })).json;
      const ids = s.members.map((m) => m.member_id);
      const att = await coord.request('PUT', `/api/v1/sessions/${s.id}/attendance`, { present: ids.slice(0, 5) });
      assert.equal(att.json.quorum.reached, true);
      const item = (await coord.request('POST', `/api/v1/sessions/${s.id}/items`, { title: 'Вопрос' })).json.items[0];
      let v = await coord.request('POST', `/api/v1/sessions/${s.id}/items/${item.id}/vote`, { for: 2, against: 2, abstain: 1 });
      assert.equal(v.status, 422);
      assert.equal(v.json.error.code, 'majority_not_reached');
      v = await coord.request('POST', `/api/v1/sessions/${s.id}/items/${item.id}/vote`, { for: 3, against: 2, abstain: 1 });
      assert.equal(v.status, 422);
      assert.equal(v.json.error.code, 'votes_exceed_present');
      v = await coord.request('POST', `/api/v1/sessions/${s.id}/items/${item.id}/vote`, { for: 3, against: 1, abstain: 1 });
      assert.equal(v.status, 200);
      assert.equal(v.json.signatures.length, 2);
      assert.ok(v.json.signatures.every((x) => x.full_name));
    });

    test('scope: coord2 does not see Благовещенск bodies, the teacher member reads hers, 4xx on bad input', async () => {
      const union = await createUnion(coord, blagPeople.slice(20, 24));
      assert.equal((await coord2.get(`/api/v1/bodies/${union.id}`)).status, 404);
      const put = await coord2.request('PUT', `/api/v1/bodies/${union.id}`, { name: 'Чужое' });
      assert.equal(put.status, 404);
      const listed = (await coord2.get('/api/v1/bodies?size=200')).json.items;
      assert.ok(!listed.some((b) => b.id === union.id));
      assert.ok((await coord.get('/api/v1/bodies?size=200')).json.items.some((b) => b.id === union.id));
      // coord cannot add a person of Белогорск, nor create a body there.
      const foreign = await coord.request('POST', `/api/v1/bodies/${union.id}/members`, { person_id: belPeople[0].id, role: 'member' });
      assert.equal(foreign.status, 422);
      assert.equal(foreign.json.error.code, 'person_not_found');
      const there = await coord.request('POST', '/api/v1/bodies', {
        kind: 'municipal_union', preset: 'zdvinsk-mmo', name: 'ММО', municipality_id: belogorsk.id,
      });
      assert.equal(there.status, 404);
      // Bad input.
      for (const [body, code] of [
        [{ kind: 'municipal_union', preset: 'nope', name: 'X', municipality_id: blag.id }, 'preset_unknown'],
        [{ kind: 'municipal_council', preset: 'zdvinsk-mmo', name: 'X', municipality_id: blag.id }, 'kind_not_in_preset'],
        [{ kind: 'municipal_union', preset: 'zdvinsk-mmo', name: ' ', municipality_id: blag.id }, 'name_required'],
        [{ kind: 'municipal_union', preset: 'zdvinsk-mmo', name: 'X' }, 'place_required'],
      ]) {
        const r = await coord.request('POST', '/api/v1/bodies', body);
        assert.equal(r.status, 422, JSON.stringify(body));
        assert.equal(r.json.error.code, code);
      }
      const dup = await coord.request('POST', `/api/v1/bodies/${union.id}/members`, { person_id: blagPeople[20].id, role: 'member' });
      assert.equal(dup.status, 409);
      assert.equal(dup.json.error.code, 'already_member');
      const chair = await coord.request('POST', `/api/v1/bodies/${union.id}/members`, { person_id: blagPeople[30].id, role: 'chair' });
      assert.equal(chair.status, 409);
      assert.equal(chair.json.error.code, 'role_taken');
      const role = await coord.request('POST', `/api/v1/bodies/${union.id}/members`, { person_id: blagPeople[30].id, role: 'king' });
      assert.equal(role.status, 422);
      const noDate = await coord.request('POST', `/api/v1/bodies/${union.id}/sessions`, {});
      assert.equal(noDate.status, 422);
      assert.equal(noDate.json.error.code, 'date_required');
      const s = (await coord.request('POST', `/api/v1/bodies/${union.id}/sessions`, { held_on: today() })).json;
      const bad = await coord.request('PUT', `/api/v1/sessions/${s.id}/attendance`, { present: [999999999] });
      assert.equal(bad.status, 422);
      assert.equal(bad.json.error.code, 'member_not_in_body');
      const item = (await coord.request('POST', `/api/v1/sessions/${s.id}/items`, { title: 'Вопрос' })).json.items[0];
      const neg = await coord.request('POST', `/api/v1/sessions/${s.id}/items/${item.id}/vote`, { for: -1, against: 0, abstain: 0 });
      assert.equal(neg.status, 422);
      assert.equal(neg.json.error.code, 'votes_invalid');
      assert.equal((await coord2.get(`/api/v1/sessions/${s.id}`)).status, 404);
      // Ending a membership keeps it in the list as inactive.
      const member = union.members.find((m) => m.role === 'member');
      const ended = await coord.request('DELETE', `/api/v1/bodies/${union.id}/members/${member.id}`);
      assert.equal(ended.status, 200);
      assert.equal(ended.json.members.find((m) => m.id === member.id).active, false);
    });

    test('compliance: the demo council below ten and last year\'s union not renewed are flagged; coord2 sees none of it', async () => {
      const r = await coord.get(`/api/v1/bodies/compliance?municipality=${blag.id}&year=${year()}`);
      assert.equal(r.status, 200, JSON.stringify(r.json));
      const codes = r.json.items.flatMap((i) => i.issues.map((x) => x.code));
      assert.ok(codes.includes('below_minimum'), JSON.stringify(r.json.counts));
      assert.ok(codes.includes('not_renewed'), JSON.stringify(r.json.counts));
      assert.equal((await coord2.get(`/api/v1/bodies/compliance?municipality=${blag.id}`)).status, 404);
      const own = await coord2.get('/api/v1/bodies/compliance');
      assert.equal(own.status, 200);
      assert.equal(own.json.unit.id, belogorsk.id);
      assert.equal((await admin.get(`/api/v1/bodies/compliance?year=${year()}`)).status, 200);
      assert.equal((await teacher.get('/api/v1/bodies/compliance')).status, 403);
      assert.equal((await coord.get('/api/v1/bodies/compliance?year=20x6')).status, 422);
    });

    test('003 §App4: an applicant of exactly 35 is refused, a second branch in one municipality is refused', async () => {
      const young = (await admin.get('/api/v1/associations')).json.items.find((a) => a.kind === 'young_teachers');
      assert.ok(young, 'the demo young teachers association');
      // Persons with no membership or application yet: one of 35 or older today, one under 33.
      const taken = new Set([
        ...(await admin.get(`/api/v1/associations/${young.id}/members`)).json.items.map((x) => x.person_id),
        ...(await admin.get(`/api/v1/associations/${young.id}/applications`)).json.items.map((x) => x.person_id),
      ]);
      const birthday = (p, years) => {
        const [y, m, d] = p.birth_date.split('-').map(Number);
        return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
      };
      const free = blagPeople.filter((p) => !taken.has(p.id));
      const older = free.find((p) => birthday(p, 35) <= today() && !p.birth_date.endsWith('02-29'));
      const youngest = free.filter((p) => birthday(p, 33) > today());
      assert.ok(older && youngest.length >= 2, 'demo persons of both ages');
      const at35 = birthday(older, 35);
      let r = await admin.request('POST', `/api/v1/associations/${young.id}/applications`, {
        person_id: older.id, applied_on: at35, consent_on: at35,
      });
      assert.equal(r.status, 422, JSON.stringify(r.json));
      assert.equal(r.json.error.code, 'age_limit');
      assert.match(r.json.error.message, /до 35 лет.*35 лет/);
      // The day before the 35th birthday the applicant was 34: filed; the council deciding today finds her 35 or
      // older at admission and refuses.
      const dayBefore = new Date(Date.parse(`${at35}T00:00:00Z`) - 86400000).toISOString().slice(0, 10);
      r = await admin.request('POST', `/api/v1/associations/${young.id}/applications`, {
        person_id: older.id, applied_on: dayBefore, consent_on: dayBefore,
      });
      assert.equal(r.status, 201, JSON.stringify(r.json));
      const late = r.json;
      r = await admin.request('POST', `/api/v1/associations/${young.id}/applications`, {
        person_id: youngest[0].id, consent_on: today(),
      });
      assert.equal(r.status, 201, JSON.stringify(r.json));
      const application = r.json;
      const future = await admin.request('POST', `/api/v1/associations/${young.id}/applications`, {
        person_id: youngest[1].id, consent_on: today(), applied_on: `${year() + 1}-01-01`,
      });
      assert.equal(future.status, 422);
      const consentless = youngest[1];
      // Without the consent of §App3 Прил. 2 nothing is filed.
      r = await admin.request('POST', `/api/v1/associations/${young.id}/applications`, { person_id: consentless.id });
      assert.equal(r.status, 422);
      assert.equal(r.json.error.code, 'consent_required');
      // The council (5 members) decides: more than two thirds must be present (6.9).
      const card = (await admin.get(`/api/v1/bodies/${young.council_body_id}`)).json;
      const voting = card.members.filter((x) => x.active && x.voting).length;
      assert.ok(voting >= 3);
      const s = (await admin.request('POST', `/api/v1/bodies/${young.council_body_id}/sessions`, { held_on: today() })).json;
      const ids = s.members.map((x) => x.member_id);
      const twoThirds = Math.floor((2 * voting) / 3);
      await admin.request('PUT', `/api/v1/sessions/${s.id}/attendance`, { present: ids.slice(0, twoThirds) });
      r = await admin.request('POST', `/api/v1/associations/${young.id}/applications/${application.id}/decision`, {
        session_id: s.id, for: twoThirds, against: 0, abstain: 0,
      });
      assert.equal(r.status, 422);
      assert.equal(r.json.error.code, 'quorum_not_reached');
      await admin.request('PUT', `/api/v1/sessions/${s.id}/attendance`, { present: ids });
      r = await admin.request('POST', `/api/v1/associations/${young.id}/applications/${late.id}/decision`, {
        session_id: s.id, for: voting, against: 0, abstain: 0,
      });
      assert.equal(r.status, 422);
      assert.equal(r.json.error.code, 'age_limit');
      r = await admin.request('POST', `/api/v1/associations/${young.id}/applications/${application.id}/decision`, {
        session_id: s.id, for: voting, against: 0, abstain: 0,
      });
      assert.equal(r.status, 201, JSON.stringify(r.json));
      assert.equal(r.json.application.status, 'admitted');
      assert.ok(r.json.member.number > 0);
      const cert = await admin.get(`/api/v1/associations/${young.id}/members/${r.json.member.id}/certificate.docx`);
      assert.equal(cert.status, 200);
      // Branches: the demo admitted members of Благовещенск; fewer than three is refused, then one is made, then
      // a second in the same municipality is refused.
      const registry = (await admin.get(`/api/v1/associations/${young.id}/members?municipality=${blag.id}&status=active`)).json.items;
      assert.ok(registry.length >= 3, `registry ${registry.length}`);
      r = await admin.request('POST', `/api/v1/associations/${young.id}/branches`, {
        municipality_id: blag.id, member_ids: registry.slice(0, 2).map((x) => x.id),
      });
      assert.equal(r.status, 422);
      assert.equal(r.json.error.code, 'branch_too_small');
      r = await admin.request('POST', `/api/v1/associations/${young.id}/branches`, {
        municipality_id: blag.id, member_ids: registry.slice(0, 3).map((x) => x.id), head_member_id: registry[0].id,
      });
      assert.equal(r.status, 201, JSON.stringify(r.json));
      assert.equal(r.json.kind, 'young_teachers_branch');
      r = await admin.request('POST', `/api/v1/associations/${young.id}/branches`, {
        municipality_id: blag.id, member_ids: registry.slice(0, 3).map((x) => x.id),
      });
      assert.equal(r.status, 409);
      assert.equal(r.json.error.code, 'branch_exists');
      assert.match(r.json.error.message, /уже есть территориальное отделение/);
      // The registry is scoped: coord2 sees none of Благовещенск, a coordinator cannot decide.
      const foreign = (await coord2.get(`/api/v1/associations/${young.id}/members?municipality=${blag.id}`)).json.items;
      assert.equal(foreign.length, 0);
      const notHers = await coord.request('POST', `/api/v1/associations/${young.id}/branches`, {
        municipality_id: blag.id, member_ids: [],
      });
      assert.equal(notHers.status, 403);
    });

    test('003 §App4 5.8: exclusion needs two thirds of the council\'s members', async () => {
      const young = (await admin.get('/api/v1/associations')).json.items.find((a) => a.kind === 'young_teachers');
      const card = (await admin.get(`/api/v1/bodies/${young.council_body_id}`)).json;
      const voting = card.members.filter((x) => x.active && x.voting).length;
      const need = Math.ceil((2 * voting) / 3);
      const registry = (await admin.get(`/api/v1/associations/${young.id}/members?status=active`)).json.items;
      const target = registry[registry.length - 1];
      const s = (await admin.request('POST', `/api/v1/bodies/${young.council_body_id}/sessions`, { held_on: today() })).json;
      await admin.request('PUT', `/api/v1/sessions/${s.id}/attendance`, { present: s.members.map((x) => x.member_id) });
      let r = await admin.request('POST', `/api/v1/associations/${young.id}/members/${target.id}/exclusion`, {
        session_id: s.id, for: need - 1, against: voting - need + 1, abstain: 0, reason: 'Нарушение положения',
      });
      assert.equal(r.status, 422);
      assert.equal(r.json.error.code, 'majority_not_reached');
      r = await admin.request('POST', `/api/v1/associations/${young.id}/members/${target.id}/exclusion`, {
        session_id: s.id, for: need, against: voting - need, abstain: 0, reason: 'Нарушение положения',
      });
      assert.equal(r.status, 200, JSON.stringify(r.json));
      assert.equal(r.json.status, 'ended');
      assert.equal(r.json.end_reason, 'exclusion');
    });

    test('003 §App3 3.4: the subject teachers\' application needs a member\'s recommendation', async () => {
      const subject = (await admin.get('/api/v1/associations')).json.items.find((a) => a.kind === 'subject_teachers');
      // 003 §App3 3.10: only a head of a municipal union joins its council.
      const notHead = await admin.request('POST', `/api/v1/bodies/${subject.council_body_id}/members`, {
        person_id: blagPeople[55].id, role: 'member',
      });
      assert.equal(notHead.status, 422, notHead.text);
      assert.equal(notHead.json.error.code, 'not_union_head');
      const r = await teacher.request('POST', `/api/v1/associations/${subject.id}/applications`, { consent_on: today() });
      assert.equal(r.status, 422);
      assert.equal(r.json.error.code, 'recommendation_required');
      const other = await teacher.request('POST', `/api/v1/associations/${subject.id}/applications`, {
        person_id: blagPeople[50].id, consent_on: today(), recommender_person_id: blagPeople[0].id,
      });
      assert.equal(other.status, 403, 'a teacher files only her own application');
    });
  });
}
