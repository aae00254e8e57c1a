// Fixtures of the monitoring routes for the authorisation matrix (docs/api/MONITORING.md). Campaigns of their own
// years (2040+) so the demo's campaigns stay untouched; a fresh campaign for each call that ends one (close) or
// opens one; every form-changing call takes the next indicator of the form, so each call finds it in the state it
// needs (draft for a submit, submitted for an accept or a return).
import assert from 'node:assert/strict';

export default async function fixtures({ admin, clients, ctx }) {
  const iso = (d) => d.toISOString().slice(0, 10);
  const today = new Date();
  const window = { opens_on: iso(new Date(today.getTime() - 86400000)), closes_on: iso(new Date(today.getTime() + 60 * 86400000)) };
  const sides = ['own', 'foreign'];
  const coordOf = { own: clients.coord, foreign: clients.coord2 };
  let year = 2040;
  const open = async () => {
    const r = await admin.request('POST', '/api/v1/monitoring/campaigns', {
      year: year++, ...window, municipality_ids: sides.map((s) => ctx.municipality[s].id),
    });
    assert.equal(r.status, 201, r.text);
    return r.json;
  };
  const formOf = async (campaign, side) => {
    const forms = (await admin.get(`/api/v1/monitoring/campaigns/${campaign.id}/forms`)).json.items;
    return forms.find((f) => f.municipality_id === ctx.municipality[side].id);
  };
  const catalog = (await admin.get('/api/v1/monitoring/catalogs')).json.items.find((c) => c.code === 'amur-2020');
  const numbers = (await admin.get(`/api/v1/monitoring/catalogs/${catalog.id}`)).json.criteria
    .flatMap((c) => c.indicators.map((i) => i.number));

  const main = await open();
  const form = {};
  const next = { own: 0, foreign: 0 };
  for (const s of sides) form[s] = await formOf(main, s);
  const nextNumber = (s) => numbers[next[s]++];
  const draft = async (s) => {
    const n = nextNumber(s);
    const r = await coordOf[s].request('PUT', `/api/v1/monitoring/forms/${form[s].id}/answers/${n}`, { met: false });
    assert.equal(r.status, 200, r.text);
    return n;
  };
  const submitted = async (s) => {
    const n = await draft(s);
    const r = await coordOf[s].request('POST', `/api/v1/monitoring/forms/${form[s].id}/submit`);
    assert.equal(r.status, 200, r.text);
    return n;
  };
  // One indicator per side carries an uploaded file.
  const fileNumber = {};
  for (const s of sides) {
    fileNumber[s] = nextNumber(s);
    const r = await coordOf[s].request('POST', `/api/v1/monitoring/forms/${form[s].id}/answers/${fileNumber[s]}/file`,
      Buffer.from('приказ'), { headers: { 'x-file-name': 'prikaz.txt' } });
    assert.equal(r.status, 200, r.text);
  }
  // A closed campaign: its recommendations exist.
  const closed = await open();
  const closedForm = {};
  const recommendation = {};
  for (const s of sides) closedForm[s] = await formOf(closed, s);
  assert.equal((await admin.request('POST', `/api/v1/monitoring/campaigns/${closed.id}/close`)).status, 200);
  for (const s of sides) {
    recommendation[s] = (await admin.get(`/api/v1/monitoring/forms/${closedForm[s].id}/recommendations`)).json.items[0];
    assert.ok(recommendation[s], 'a closed form with no answers has recommendations');
  }

  const f = '/api/v1/monitoring/forms';
  return {
    'GET /api/v1/monitoring/catalogs': () => ({ path: '/api/v1/monitoring/catalogs' }),
    'GET /api/v1/monitoring/catalogs/{id}': () => ({ path: `/api/v1/monitoring/catalogs/${catalog.id}` }),
    'GET /api/v1/monitoring/catalogs/{id}/versions': () => ({ path: `/api/v1/monitoring/catalogs/${catalog.id}/versions` }),
    'POST /api/v1/monitoring/catalogs/{id}/versions': () => ({
      path: `/api/v1/monitoring/catalogs/${catalog.id}/versions`, body: { title: 'Версия для проверки прав' },
    }),
    'GET /api/v1/monitoring/campaigns': () => ({ path: '/api/v1/monitoring/campaigns' }),
    'POST /api/v1/monitoring/campaigns': () => ({
      path: '/api/v1/monitoring/campaigns',
      body: { year: year++, ...window, municipality_ids: [ctx.municipality.own.id] },
    }),
    'GET /api/v1/monitoring/campaigns/{id}': () => ({ path: `/api/v1/monitoring/campaigns/${main.id}` }),
    'PUT /api/v1/monitoring/campaigns/{id}': () => ({ path: `/api/v1/monitoring/campaigns/${main.id}`, body: window }),
    'POST /api/v1/monitoring/campaigns/{id}/remind': () => ({ path: `/api/v1/monitoring/campaigns/${main.id}/remind` }),
    'POST /api/v1/monitoring/campaigns/{id}/close': async () => ({ path: `/api/v1/monitoring/campaigns/${(await open()).id}/close` }),
    'GET /api/v1/monitoring/campaigns/{id}/forms': () => ({ path: `/api/v1/monitoring/campaigns/${main.id}/forms` }),
    'GET /api/v1/monitoring/campaigns/{id}/results': () => ({ path: `/api/v1/monitoring/campaigns/${main.id}/results` }),
    'GET /api/v1/monitoring/campaigns/{id}/report.xlsx': () => ({ path: `/api/v1/monitoring/campaigns/${main.id}/report.xlsx` }),
    'GET /api/v1/monitoring/campaigns/{id}/report.docx': () => ({ path: `/api/v1/monitoring/campaigns/${main.id}/report.docx` }),
    'GET /api/v1/monitoring/forms/{id}': (s) => ({ path: `${f}/${form[s].id}` }),
    'PUT /api/v1/monitoring/forms/{id}/answers/{indicator}': (s) => ({
      path: `${f}/${form[s].id}/answers/${nextNumber(s)}`,
      body: { met: true, comment: 'Ссылка на сайт', evidence: { kind: 'link', url: 'https://example.org/mms' } },
    }),
    'POST /api/v1/monitoring/forms/{id}/answers/{indicator}/file': (s) => ({
      path: `${f}/${form[s].id}/answers/${fileNumber[s]}/file`, body: Buffer.from('план'), headers: { 'x-file-name': 'plan.txt' },
    }),
    'GET /api/v1/monitoring/forms/{id}/answers/{indicator}/file': (s) => ({ path: `${f}/${form[s].id}/answers/${fileNumber[s]}/file` }),
    'POST /api/v1/monitoring/forms/{id}/submit': async (s) => ({ path: `${f}/${form[s].id}/submit`, pre: await draft(s) }),
    'POST /api/v1/monitoring/forms/{id}/answers/{indicator}/accept': async (s) => ({
      path: `${f}/${form[s].id}/answers/${await submitted(s)}/accept`,
    }),
    'POST /api/v1/monitoring/forms/{id}/answers/{indicator}/return': async (s) => ({
      path: `${f}/${form[s].id}/answers/${await submitted(s)}/return`, body: { message: 'Приложите приказ' },
    }),
    'POST /api/v1/monitoring/forms/{id}/accept-all': async (s) => ({ path: `${f}/${form[s].id}/accept-all`, pre: await submitted(s) }),
    'GET /api/v1/monitoring/forms/{id}/recommendations': (s) => ({ path: `${f}/${closedForm[s].id}/recommendations` }),
    'PUT /api/v1/monitoring/forms/{id}/recommendations/{rec_id}': (s) => ({
      path: `${f}/${closedForm[s].id}/recommendations/${recommendation[s].id}`, body: { status: 'in_progress' },
    }),
    'GET /api/v1/monitoring/forms/{id}/report.docx': (s) => ({ path: `${f}/${closedForm[s].id}/report.docx` }),
    'GET /api/v1/monitoring/recommendation-library': () => ({ path: '/api/v1/monitoring/recommendation-library' }),
    'PUT /api/v1/monitoring/recommendation-library/{catalog_id}/{indicator}': () => ({
      path: `/api/v1/monitoring/recommendation-library/${catalog.id}/1.1`, body: { text: 'Разработайте положение о ММС' },
    }),
    'GET /api/v1/monitoring/dynamics': (s) => ({ path: `/api/v1/monitoring/dynamics?municipality=${ctx.municipality[s].id}` }),
    'GET /api/v1/monitoring/targets': () => ({ path: '/api/v1/monitoring/targets' }),
  };
}
