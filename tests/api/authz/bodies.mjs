// Fixtures of the bodies part of the authorisation matrix (authz/bodies.json; docs/api/BODIES.md). Every body,
// member, session and association member is made by the regional admin; destructive calls get fresh objects.
import assert from 'node:assert/strict';

export default async function fixtures({ admin, ctx, unique, todayIso }) {
  const year = todayIso.slice(0, 4);
  // A teacher of the side's МАОУ «СОШ № 1» (born in 1995: under 35, for the young teachers' association).
  const person = async (side) => {
    const r = await admin.request('POST', '/api/v1/people', {
      last_name: 'Коллегиальная', first_name: side === 'own' ? 'Анна' : 'Белла', birth_date: '1995-04-04',
      allow_duplicate: true,
      employments: [{ organisation_id: ctx.organisation[side].id, position: 'teacher', subjects: ['mathematics'],
        is_main: true, pedagogical: true, started_on: '2018-09-01' }],
    });
    assert.equal(r.status, 201, r.text);
    return r.json.id;
  };
  const addMember = async (bodyId, side, role = 'member') => {
    const r = await admin.request('POST', `/api/v1/bodies/${bodyId}/members`, {
      person_id: await person(side), role, starts_on: `${year}-01-01`,
    });
    assert.equal(r.status, 201, r.text);
    return r.json.members[r.json.members.length - 1].id;
  };
  // A session of the body with every member present and one agenda item.
  const session = async (bodyId) => {
    const s = await admin.request('POST', `/api/v1/bodies/${bodyId}/sessions`, { held_on: todayIso });
    assert.equal(s.status, 201, s.text);
    await admin.request('PUT', `/api/v1/sessions/${s.json.id}/attendance`, { present: s.json.members.map((m) => m.member_id) });
    const i = await admin.request('POST', `/api/v1/sessions/${s.json.id}/items`, { title: unique('Вопрос') });
    assert.equal(i.status, 201, i.text);
    return { id: s.json.id, item: i.json.items[0].id, voting: s.json.members.filter((m) => m.voting).length };
  };

  ctx.body = {};
  ctx.member = {};
  ctx.session = {};
  ctx.voted = {};
  for (const side of ['own', 'foreign']) {
    const b = await admin.request('POST', '/api/v1/bodies', {
      kind: 'municipal_union', preset: 'zdvinsk-mmo', name: unique('ММО для матрицы'),
      municipality_id: ctx.municipality[side].id, established_on: `${year}-01-01`,
    });
    assert.equal(b.status, 201, b.text);
    ctx.body[side] = b.json;
    ctx.member[side] = await addMember(b.json.id, side, 'chair');
    await addMember(b.json.id, side, 'secretary');
    await addMember(b.json.id, side);
    ctx.session[side] = await session(b.json.id);
    const v = await session(b.json.id);
    const voted = await admin.request('POST', `/api/v1/sessions/${v.id}/items/${v.item}/vote`, { for: v.voting, against: 0, abstain: 0 });
    assert.equal(voted.status, 200, voted.text);
    ctx.voted[side] = v;
  }
  const young = (await admin.get('/api/v1/associations')).json.items.find((a) => a.kind === 'young_teachers');
  assert.ok(young, 'the demo young teachers association');
  const councilSession = async () => {
    const s = await admin.request('POST', `/api/v1/bodies/${young.council_body_id}/sessions`, { held_on: todayIso });
    assert.equal(s.status, 201, s.text);
    await admin.request('PUT', `/api/v1/sessions/${s.json.id}/attendance`, { present: s.json.members.map((m) => m.member_id) });
    return { id: s.json.id, voting: s.json.members.filter((m) => m.voting).length };
  };
  const application = async () => {
    const r = await admin.request('POST', `/api/v1/associations/${young.id}/applications`, {
      person_id: await person('own'), consent_on: todayIso,
    });
    assert.equal(r.status, 201, r.text);
    return r.json.id;
  };
  const youngMember = async () => {
    const s = await councilSession();
    const r = await admin.request('POST', `/api/v1/associations/${young.id}/applications/${await application()}/decision`, {
      session_id: s.id, for: s.voting, against: 0, abstain: 0,
    });
    assert.equal(r.status, 201, r.text);
    return r.json.member.id;
  };
  ctx.youngMember = await youngMember();

  const b = (s) => ctx.body[s].id;
  return {
    'GET /api/v1/bodies/presets': () => ({ path: '/api/v1/bodies/presets' }),
    'GET /api/v1/bodies': () => ({ path: '/api/v1/bodies?size=500' }),
    'POST /api/v1/bodies': (s) => ({
      path: '/api/v1/bodies',
      body: { kind: 'municipal_union', preset: 'zdvinsk-mmo', name: unique('ММО'), municipality_id: ctx.municipality[s].id },
    }),
    'GET /api/v1/bodies/compliance': (s) => ({ path: `/api/v1/bodies/compliance?municipality=${ctx.municipality[s].id}` }),
    'GET /api/v1/bodies/{id}': (s) => ({ path: `/api/v1/bodies/${b(s)}` }),
    'PUT /api/v1/bodies/{id}': (s) => ({ path: `/api/v1/bodies/${b(s)}`, body: { name: ctx.body[s].name } }),
    'POST /api/v1/bodies/{id}/members': async (s) => ({
      path: `/api/v1/bodies/${b(s)}/members`, body: { person_id: await person(s), role: 'member' },
    }),
    'PUT /api/v1/bodies/{id}/members/{member_id}': (s) => ({
      path: `/api/v1/bodies/${b(s)}/members/${ctx.member[s]}`, body: { role: 'chair', starts_on: `${year}-01-01` },
    }),
    'DELETE /api/v1/bodies/{id}/members/{member_id}': async (s) => ({
      path: `/api/v1/bodies/${b(s)}/members/${await addMember(b(s), s)}`,
    }),
    'GET /api/v1/bodies/{id}/sessions': (s) => ({ path: `/api/v1/bodies/${b(s)}/sessions` }),
    'POST /api/v1/bodies/{id}/sessions': (s) => ({ path: `/api/v1/bodies/${b(s)}/sessions`, body: { held_on: todayIso } }),
    'GET /api/v1/sessions/{id}': (s) => ({ path: `/api/v1/sessions/${ctx.session[s].id}` }),
    'PUT /api/v1/sessions/{id}/attendance': (s) => ({ path: `/api/v1/sessions/${ctx.session[s].id}/attendance`, body: { present: [] } }),
    'POST /api/v1/sessions/{id}/items': (s) => ({ path: `/api/v1/sessions/${ctx.session[s].id}/items`, body: { title: unique('Вопрос') } }),
    'POST /api/v1/sessions/{id}/items/{item_id}/vote': async (s) => {
      const v = await session(b(s));
      return { path: `/api/v1/sessions/${v.id}/items/${v.item}/vote`, body: { for: v.voting, against: 0, abstain: 0 } };
    },
    'PUT /api/v1/sessions/{id}/items/{item_id}/decision': (s) => ({
      path: `/api/v1/sessions/${ctx.voted[s].id}/items/${ctx.voted[s].item}/decision`,
      body: { text: 'Принять к исполнению', due_on: todayIso },
    }),
    'GET /api/v1/sessions/{id}/protocol.docx': (s) => ({ path: `/api/v1/sessions/${ctx.voted[s].id}/protocol.docx` }),
    'POST /api/v1/sessions/{id}/protocol': (s) => ({ path: `/api/v1/sessions/${ctx.voted[s].id}/protocol` }),
    'GET /api/v1/associations': () => ({ path: '/api/v1/associations' }),
    'GET /api/v1/associations/{id}': () => ({ path: `/api/v1/associations/${young.id}` }),
    'GET /api/v1/associations/{id}/members': () => ({ path: `/api/v1/associations/${young.id}/members` }),
    'GET /api/v1/associations/{id}/applications': () => ({ path: `/api/v1/associations/${young.id}/applications` }),
    'POST /api/v1/associations/{id}/applications': async () => ({
      path: `/api/v1/associations/${young.id}/applications`, body: { person_id: await person('own'), consent_on: todayIso },
    }),
    'POST /api/v1/associations/{id}/applications/{application_id}/decision': async () => {
      const s = await councilSession();
      return {
        path: `/api/v1/associations/${young.id}/applications/${await application()}/decision`,
        body: { session_id: s.id, for: s.voting, against: 0, abstain: 0 },
      };
    },
    'POST /api/v1/associations/{id}/members/{member_id}/exclusion': async () => {
      const member = await youngMember();
      const s = await councilSession();
      return {
        path: `/api/v1/associations/${young.id}/members/${member}/exclusion`,
        body: { session_id: s.id, for: s.voting, against: 0, abstain: 0, reason: 'Нарушение положения' },
      };
    },
    'POST /api/v1/associations/{id}/members/{member_id}/withdrawal': async () => ({
      path: `/api/v1/associations/${young.id}/members/${await youngMember()}/withdrawal`, body: {},
    }),
    'POST /api/v1/associations/{id}/branches': () => ({
      path: `/api/v1/associations/${young.id}/branches`, body: { municipality_id: ctx.municipality.own.id, member_ids: [] },
    }),
    'GET /api/v1/associations/{id}/members/{member_id}/certificate.docx': () => ({
      path: `/api/v1/associations/${young.id}/members/${ctx.youngMember}/certificate.docx`,
    }),
  };
}
