// Monitoring of municipal methodological services (docs/api/MONITORING.md; SPEC §11–§12; 003 §App6, §App7) against
// the real binary on both backends: the preset against the command line's catalogue, a whole campaign (open, fill
// with evidence, submit, return one indicator, correct it, accept, close), scoping of coordinators, bad input,
// reports (the API's and the command line's), versions, recommendations, dynamics and targets.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backends, runCli, startServer } from './harness.mjs';

const iso = (d) => d.toISOString().slice(0, 10);
const today = new Date();
const window = { opens_on: iso(new Date(today.getTime() - 86400000)), closes_on: iso(new Date(today.getTime() + 30 * 86400000)) };

/** The text of one part of an OOXML file (a zip), via unzip. */
function zipPart(bytes, part) {
  const dir = mkdtempSync(join(tmpdir(), 'metodset-mon-'));
  const file = join(dir, 'f.zip');
  writeFileSync(file, bytes);
  return execFileSync('unzip', ['-p', file, part], { encoding: 'utf8' });
}

for (const backend of backends()) {
  describe(`monitoring on ${backend}`, () => {
    let server;
    let admin;
    let coord;
    let coord2;
    let teacher;
    let blag;
    let belogorsk;
    let campaign;
    let formBlag;
    let formBel;

    before(async () => {
      server = await startServer({ backend });
      admin = await server.as('admin');
      coord = await server.as('coord');
      coord2 = await server.as('coord2');
      teacher = await server.as('teacher');
      const ms = (await admin.get('/api/v1/territory/municipalities')).json.items;
      blag = ms.find((m) => m.name === 'г. Благовещенск');
      belogorsk = ms.find((m) => m.name === 'г. Белогорск');
    });
    after(async () => server?.stop());

    test('003 §App6: the stored preset is the command line catalogue — 7 criteria, 60 indicators, 61 points', async () => {
      const printed = JSON.parse(runCli(['monitoring', 'catalog', '--preset', 'amur-2020', '--format', 'json']));
      assert.equal(printed.criteria.length, 7);
      assert.deepEqual(printed.criteria.map((c) => c.indicators.length), [6, 7, 32, 7, 2, 1, 5]);
      assert.equal(printed.criteria.flatMap((c) => c.indicators).reduce((s, i) => s + i.points, 0), 61);
      assert.deepEqual(printed.criteria[0].indicators[0], {
        number: '1.1', title: 'Наличие одного документа', points: 1, additional: false,
        area: 'Положение о деятельности муниципальной методической службы /Программа деятельности муниципальной методической службы',
      });
      const list = (await admin.get('/api/v1/monitoring/catalogs')).json.items;
      const preset = list.find((c) => c.code === 'amur-2020' && c.version === 1);
      assert.equal(preset.max_score, 61);
      assert.equal(preset.indicator_count, 60);
      const stored = (await teacher.get(`/api/v1/monitoring/catalogs/${preset.id}`)).json;
      assert.equal(stored.criteria.length, printed.criteria.length);
      stored.criteria.forEach((c, k) => {
        assert.equal(c.title, printed.criteria[k].title);
        assert.deepEqual(c.indicators.map((i) => [i.number, i.area, i.title, i.points, i.additional]),
          printed.criteria[k].indicators.map((i) => [i.number, i.area, i.title, i.points, i.additional]));
      });
      const bad = spawnStatus(['monitoring', 'catalog', '--preset', 'no-such', '--format', 'json']);
      assert.notEqual(bad, 0);
    });

    test('003 §App6 8: the admin opens a campaign; defaults to June; one per region and year; bad input named', async () => {
      const r = await admin.request('POST', '/api/v1/monitoring/campaigns', {
        year: 2031, ...window, municipality_ids: [blag.id, belogorsk.id],
      });
      assert.equal(r.status, 201, r.text);
      campaign = r.json;
      assert.equal(campaign.forms_total, 2);
      assert.equal(campaign.status, 'open');
      const dup = await admin.request('POST', '/api/v1/monitoring/campaigns', { year: 2031 });
      assert.equal(dup.status, 409);
      assert.equal(dup.json.error.code, 'campaign_exists');
      const june = await admin.request('POST', '/api/v1/monitoring/campaigns', { year: 2032, municipality_ids: [blag.id] });
      assert.equal(june.status, 201, june.text);
      assert.equal(june.json.opens_on, '2032-06-01');
      assert.equal(june.json.closes_on, '2032-06-30');
      for (const [body, field] of [
        [{ year: 1999 }, 'year'],
        [{ year: 2033, municipality_ids: [99999999] }, 'municipality_ids[0]'],
        [{ year: 2033, opens_on: '2033-06-30', closes_on: '2033-06-01' }, 'closes_on'],
        [{ year: 2033, opens_on: '30.06.2033' }, 'opens_on'],
      ]) {
        const bad = await admin.request('POST', '/api/v1/monitoring/campaigns', body);
        assert.equal(bad.status, 422, JSON.stringify(body));
        assert.equal(bad.json.error.field, field);
      }
      assert.equal((await coord.request('POST', '/api/v1/monitoring/campaigns', { year: 2034 })).status, 403);
      assert.equal((await teacher.get('/api/v1/monitoring/campaigns')).status, 403);
    });

    test('a coordinator sees only her own municipality form; coord2 gets 404 on it', async () => {
      const mine = (await coord.get(`/api/v1/monitoring/campaigns/${campaign.id}/forms`)).json.items;
      assert.equal(mine.length, 1);
      assert.equal(mine[0].municipality_id, blag.id);
      formBlag = mine[0];
      const theirs = (await coord2.get(`/api/v1/monitoring/campaigns/${campaign.id}/forms`)).json.items;
      assert.deepEqual(theirs.map((f) => f.municipality_id), [belogorsk.id]);
      formBel = theirs[0];
      assert.equal((await admin.get(`/api/v1/monitoring/campaigns/${campaign.id}`)).json.forms.length, 2);
      assert.equal((await coord2.get(`/api/v1/monitoring/forms/${formBlag.id}`)).status, 404);
      assert.equal((await coord2.request('PUT', `/api/v1/monitoring/forms/${formBlag.id}/answers/1.1`, { met: false })).status, 404);
      assert.equal((await teacher.get(`/api/v1/monitoring/forms/${formBlag.id}`)).status, 404);
      const card = (await coord.get(`/api/v1/monitoring/forms/${formBlag.id}`)).json;
      assert.equal(card.can_edit, true);
      assert.equal(card.can_review, false);
      assert.equal(card.max_score, 61);
      assert.equal(card.criteria.flatMap((c) => c.indicators).every((i) => i.state === 'empty'), true);
      assert.equal((await admin.get(`/api/v1/monitoring/forms/${formBlag.id}`)).json.can_edit, false);
    });

    test('pre-fill: a plan of РМО sessions in the registry is proposed for 3.2 and confirmed by the coordinator', async () => {
      const doc = await coord.request('POST', '/api/v1/documents', {
        kind: 'plan', number: 'МО-7', date: iso(today), title: 'План-график заседаний РМО на учебный год',
        issuer: 'Управление образования', municipality_id: blag.id,
      });
      assert.equal(doc.status, 201, doc.text);
      const form = (await coord.get(`/api/v1/monitoring/forms/${formBlag.id}`)).json;
      const i32 = form.criteria[2].indicators.find((i) => i.number === '3.2');
      const proposal = i32.proposals.find((p) => p.evidence.document_id === doc.json.id);
      assert.ok(proposal, JSON.stringify(i32.proposals));
      assert.equal(proposal.source, 'Реестр документов');
      const saved = await coord.request('PUT', `/api/v1/monitoring/forms/${formBlag.id}/answers/3.2`,
        { met: true, evidence: { kind: 'document', document_id: doc.json.id } });
      assert.equal(saved.status, 200, saved.text);
      assert.equal(saved.json.state, 'draft');
      assert.equal(saved.json.evidence.title, 'План-график заседаний РМО на учебный год');
      // A document of another municipality is not evidence the coordinator can give.
      const foreign = await coord2.request('POST', '/api/v1/documents', {
        kind: 'plan', number: 'Б-1', date: iso(today), title: 'План Белогорска', issuer: 'УО', municipality_id: belogorsk.id,
      });
      const bad = await coord.request('PUT', `/api/v1/monitoring/forms/${formBlag.id}/answers/3.3`,
        { met: true, evidence: { kind: 'document', document_id: foreign.json.id } });
      assert.equal(bad.status, 422);
      assert.equal(bad.json.error.field, 'evidence.document_id');
    });

    test('the whole review: submit, return one indicator, it alone reopens, correct, accept; scores and ranking', async () => {
      const put = (client, form, n, body) => client.request('PUT', `/api/v1/monitoring/forms/${form.id}/answers/${n}`, body);
      for (const [body, field] of [
        [{}, 'met'],
        [{ met: true, evidence: { kind: 'link', url: 'ftp://x.ru/a' } }, 'evidence.url'],
        [{ met: true, evidence: { kind: 'fax' } }, 'evidence.kind'],
      ]) {
        const bad = await put(coord, formBlag, '1.1', body);
        assert.equal(bad.status, 422, JSON.stringify(body));
        assert.equal(bad.json.error.field, field);
      }
      assert.equal((await put(coord, formBlag, '9.9', { met: true })).status, 404);
      assert.equal((await put(coord, formBlag, '1.1', { met: true, comment: 'Положение утверждено',
        evidence: { kind: 'link', url: 'https://uo.blag.ru/mms/polozhenie' } })).status, 200);
      const file = await coord.request('POST', `/api/v1/monitoring/forms/${formBlag.id}/answers/1.4/file`,
        Buffer.from('скриншот сайта'), { headers: { 'x-file-name': encodeURIComponent('сайт ММС.txt') } });
      assert.equal(file.status, 200, file.text);
      assert.equal(file.json.evidence.kind, 'file');
      assert.equal(file.json.evidence.file_name, 'сайт ММС.txt');
      const download = await admin.get(`/api/v1/monitoring/forms/${formBlag.id}/answers/1.4/file`);
      assert.equal(download.status, 200);
      assert.equal(download.text, 'скриншот сайта');
      // 1.5 claimed as met without evidence: the submit names it.
      assert.equal((await put(coord, formBlag, '1.5', { met: true })).status, 200);
      const refused = await coord.request('POST', `/api/v1/monitoring/forms/${formBlag.id}/submit`);
      assert.equal(refused.status, 422);
      assert.equal(refused.json.error.code, 'evidence_required');
      assert.equal(refused.json.error.field, 'answers.1.5.evidence');
      assert.equal((await put(coord, formBlag, '1.5', { met: false, comment: 'Нет' })).status, 200);
      assert.equal((await admin.request('POST', `/api/v1/monitoring/forms/${formBlag.id}/submit`)).status, 403);
      const sent = await coord.request('POST', `/api/v1/monitoring/forms/${formBlag.id}/submit`);
      assert.equal(sent.status, 200, sent.text);
      assert.equal(sent.json.status, 'submitted');
      assert.equal(sent.json.submitted, 4);
      assert.equal((await coord.request('POST', `/api/v1/monitoring/forms/${formBlag.id}/submit`)).status, 409);
      const locked = await put(coord, formBlag, '1.1', { met: false });
      assert.equal(locked.status, 409);
      assert.equal(locked.json.error.code, 'answer_locked');
      // Review: the coordinator cannot, the admin accepts three and returns 1.1.
      assert.equal((await coord.request('POST', `/api/v1/monitoring/forms/${formBlag.id}/answers/1.4/accept`)).status, 403);
      for (const n of ['1.4', '3.2', '1.5']) {
        const a = await admin.request('POST', `/api/v1/monitoring/forms/${formBlag.id}/answers/${n}/accept`);
        assert.equal(a.status, 200, a.text);
        assert.equal(a.json.state, 'accepted');
      }
      const noMessage = await admin.request('POST', `/api/v1/monitoring/forms/${formBlag.id}/answers/1.1/return`, { message: ' ' });
      assert.equal(noMessage.status, 422);
      assert.equal(noMessage.json.error.field, 'message');
      const returned = await admin.request('POST', `/api/v1/monitoring/forms/${formBlag.id}/answers/1.1/return`,
        { message: 'Приложите приказ об утверждении положения' });
      assert.equal(returned.status, 200, returned.text);
      assert.equal(returned.json.state, 'returned');
      assert.equal((await admin.request('POST', `/api/v1/monitoring/forms/${formBlag.id}/answers/1.1/accept`)).status, 409);
      const form = (await coord.get(`/api/v1/monitoring/forms/${formBlag.id}`)).json;
      assert.equal(form.status, 'returned');
      const byNumber = Object.fromEntries(form.criteria.flatMap((c) => c.indicators).map((i) => [i.number, i]));
      assert.equal(byNumber['1.1'].editable, true);
      assert.equal(byNumber['1.1'].review_message, 'Приложите приказ об утверждении положения');
      assert.equal(byNumber['1.4'].editable, false);
      assert.equal(byNumber['3.2'].editable, false);
      assert.equal((await put(coord, formBlag, '1.4', { met: false })).status, 409);
      const corrected = await put(coord, formBlag, '1.1', { met: true,
        evidence: { kind: 'link', url: 'https://uo.blag.ru/mms/prikaz-12' } });
      assert.equal(corrected.status, 200, corrected.text);
      assert.equal(corrected.json.state, 'returned');
      assert.equal(corrected.json.corrected, true);
      const again = await coord.request('POST', `/api/v1/monitoring/forms/${formBlag.id}/submit`);
      assert.equal(again.json.submitted, 1);
      assert.equal((await admin.request('POST', `/api/v1/monitoring/forms/${formBlag.id}/accept-all`)).status, 200);
      // Белогорск: two indicators accepted — a tie with nobody; Благовещенск has 1.1, 1.4, 3.2 = 3 points.
      for (const n of ['7.1', '7.5']) {
        assert.equal((await put(coord2, formBel, n, { met: true, evidence: { kind: 'link', url: `https://belogorsk.ru/${n}` } })).status, 200);
      }
      assert.equal((await coord2.request('POST', `/api/v1/monitoring/forms/${formBel.id}/submit`)).status, 200);
      assert.equal((await admin.request('POST', `/api/v1/monitoring/forms/${formBel.id}/accept-all`)).status, 200);
      const results = (await admin.get(`/api/v1/monitoring/campaigns/${campaign.id}/results`)).json;
      assert.equal(results.final, false);
      assert.deepEqual(results.rows.map((r) => [r.municipality_name, r.total, r.rank]),
        [['г. Благовещенск', 3, 1], ['г. Белогорск', 2, 2]]);
      assert.deepEqual(results.rows[0].criteria.map((c) => c.score), [2, 0, 1, 0, 0, 0, 0]);
      assert.equal(results.rows[0].deficits.length, 60 - 3 - 1);
      assert.ok(!results.rows[0].deficits.some((d) => d.number === '5.2'), 'additional points are not a deficit');
      const own = (await coord2.get(`/api/v1/monitoring/campaigns/${campaign.id}/results`)).json;
      assert.deepEqual(own.rows.map((r) => [r.municipality_name, r.rank]), [['г. Белогорск', 2]]);
      // Ties share the rank: Белогорск reaches 3 points too.
      assert.equal((await put(coord2, formBel, '7.4', { met: true, evidence: { kind: 'link', url: 'https://belogorsk.ru/7.4' } })).status, 200);
      await coord2.request('POST', `/api/v1/monitoring/forms/${formBel.id}/submit`);
      await admin.request('POST', `/api/v1/monitoring/forms/${formBel.id}/answers/7.4/accept`);
      const tied = (await admin.get(`/api/v1/monitoring/campaigns/${campaign.id}/results`)).json;
      assert.deepEqual(tied.rows.map((r) => [r.municipality_name, r.total, r.rank]),
        [['г. Белогорск', 3, 1], ['г. Благовещенск', 3, 1]]);
    });

    test('003 §App7: targets computed from the campaign (innovation sites 60 %, internship sites 80 %)', async () => {
      const t = (await admin.get('/api/v1/monitoring/targets?year=2031')).json;
      assert.equal(t.campaign_id, campaign.id);
      assert.equal(t.items.length, 15);
      const by = Object.fromEntries(t.items.map((i) => [i.code, i]));
      assert.equal(by.innovation_sites.target_percent, 60);
      assert.deepEqual([by.innovation_sites.numerator, by.innovation_sites.denominator, by.innovation_sites.actual_percent], [1, 2, 50]);
      assert.equal(by.innovation_sites.met, false);
      assert.deepEqual([by.internship_sites.numerator, by.internship_sites.actual_percent], [1, 50]);
      assert.equal(by.digital.target_percent, 70);
      assert.equal(by.mentoring.source, 'mentoring');
      assert.equal((await coord.get('/api/v1/monitoring/targets')).status, 403);
    });

    test('reports: the score table (XLSX) and the region report (DOCX) open; the coordinator gets only her own', async () => {
      const xlsx = await admin.get(`/api/v1/monitoring/campaigns/${campaign.id}/report.xlsx`);
      assert.equal(xlsx.status, 200);
      const sheet = zipPart(xlsx.bytes, 'xl/sharedStrings.xml');
      for (const text of ['Место', 'г. Благовещенск', 'г. Белогорск', 'Итого (из 61)']) assert.ok(sheet.includes(text), text);
      const docx = await admin.get(`/api/v1/monitoring/campaigns/${campaign.id}/report.docx`);
      assert.equal(docx.status, 200);
      const body = zipPart(docx.bytes, 'word/document.xml');
      for (const text of ['Аналитический отчёт', 'Амурская область', 'г. Благовещенск', 'Рейтинг муниципальных образований']) {
        assert.ok(body.includes(text), text);
      }
      assert.equal((await coord.get(`/api/v1/monitoring/campaigns/${campaign.id}/report.xlsx`)).status, 403);
      const own = await coord.get(`/api/v1/monitoring/forms/${formBlag.id}/report.docx`);
      assert.equal(own.status, 200);
      assert.ok(zipPart(own.bytes, 'word/document.xml').includes('Итоговый балл: 3 из 61'));
      assert.equal((await coord2.get(`/api/v1/monitoring/forms/${formBlag.id}/report.docx`)).status, 404);
    });

    test('closing freezes the results and generates recommendations with follow-up', async () => {
      assert.equal((await coord.request('POST', `/api/v1/monitoring/campaigns/${campaign.id}/close`)).status, 403);
      const closed = await admin.request('POST', `/api/v1/monitoring/campaigns/${campaign.id}/close`);
      assert.equal(closed.status, 200, closed.text);
      assert.equal(closed.json.status, 'closed');
      const frozen = await coord.request('PUT', `/api/v1/monitoring/forms/${formBlag.id}/answers/2.1`, { met: false });
      assert.equal(frozen.status, 409);
      assert.equal(frozen.json.error.code, 'campaign_closed');
      assert.equal((await admin.request('POST', `/api/v1/monitoring/campaigns/${campaign.id}/close`)).status, 409);
      assert.equal((await admin.request('POST', `/api/v1/monitoring/forms/${formBlag.id}/answers/2.1/accept`)).status, 409);
      assert.equal((await coord.get(`/api/v1/monitoring/forms/${formBlag.id}`)).json.can_edit, false);
      const results = (await admin.get(`/api/v1/monitoring/campaigns/${campaign.id}/results`)).json;
      assert.equal(results.final, true);
      const recs = (await coord.get(`/api/v1/monitoring/forms/${formBlag.id}/recommendations`)).json.items;
      assert.equal(recs.length, 56);
      const r21 = recs.find((r) => r.indicator === '2.1');
      assert.ok(r21.text.includes('2.1'));
      assert.equal((await coord.request('PUT', `/api/v1/monitoring/forms/${formBlag.id}/recommendations/${r21.id}`,
        { text: 'Своя формулировка' })).status, 403);
      const progress = await coord.request('PUT', `/api/v1/monitoring/forms/${formBlag.id}/recommendations/${r21.id}`,
        { status: 'in_progress', status_note: 'Программа в разработке' });
      assert.equal(progress.status, 200, progress.text);
      assert.equal(progress.json.status, 'in_progress');
      const bad = await admin.request('PUT', `/api/v1/monitoring/forms/${formBlag.id}/recommendations/${r21.id}`, { status: 'maybe' });
      assert.equal(bad.status, 422);
      assert.equal(bad.json.error.field, 'status');
      const edited = await admin.request('PUT', `/api/v1/monitoring/forms/${formBlag.id}/recommendations/${r21.id}`,
        { text: 'Разработать муниципальную программу поддержки молодых педагогов до 1 сентября' });
      assert.equal(edited.json.text, 'Разработать муниципальную программу поддержки молодых педагогов до 1 сентября');
      assert.equal((await coord2.get(`/api/v1/monitoring/forms/${formBlag.id}/recommendations`)).status, 404);
    });

    test('the recommendation library is edited per indicator and used for new deficits', async () => {
      const catalogId = campaign.catalog_id;
      const put = await admin.request('PUT', `/api/v1/monitoring/recommendation-library/${catalogId}/2.2`,
        { text: 'Утвердите дорожную карту поддержки молодых педагогов' });
      assert.equal(put.status, 200, put.text);
      assert.equal((await coord.request('PUT', `/api/v1/monitoring/recommendation-library/${catalogId}/2.2`, { text: 'x' })).status, 403);
      assert.equal((await admin.request('PUT', `/api/v1/monitoring/recommendation-library/${catalogId}/2.2`, { text: '' })).status, 422);
      const lib = (await coord.get(`/api/v1/monitoring/recommendation-library?catalog_id=${catalogId}`)).json.items;
      assert.equal(lib.length, 60);
      assert.equal(lib.find((i) => i.indicator === '2.2').text, 'Утвердите дорожную карту поддержки молодых педагогов');
      // A new closed campaign picks the library text for its deficit.
      const c = await admin.request('POST', '/api/v1/monitoring/campaigns', { year: 2035, ...window, municipality_ids: [blag.id] });
      await admin.request('POST', `/api/v1/monitoring/campaigns/${c.json.id}/close`);
      const form = (await coord.get(`/api/v1/monitoring/campaigns/${c.json.id}/forms`)).json.items[0];
      const recs = (await coord.get(`/api/v1/monitoring/forms/${form.id}/recommendations`)).json.items;
      assert.equal(recs.find((r) => r.indicator === '2.2').text, 'Утвердите дорожную карту поддержки молодых педагогов');
    });

    test('dynamics across years for a municipality and the region; hidden from the other coordinator', async () => {
      const d = (await coord.get(`/api/v1/monitoring/dynamics?municipality=${blag.id}`)).json;
      const y2031 = d.years.find((p) => p.year === 2031);
      assert.deepEqual([y2031.total, y2031.rank, y2031.max], [3, 1, 61]);
      assert.ok(d.years.some((p) => p.year === 2035));
      assert.equal((await coord2.get(`/api/v1/monitoring/dynamics?municipality=${blag.id}`)).status, 404);
      const region = (await admin.get(`/api/v1/monitoring/dynamics?region=${blag.region_id}`)).json;
      assert.equal(region.years.find((p) => p.year === 2031).average, 3);
    });

    test('a new catalogue version leaves past campaigns on theirs', async () => {
      const base = campaign.catalog_id;
      assert.equal((await coord.request('POST', `/api/v1/monitoring/catalogs/${base}/versions`, {})).status, 403);
      const bad = await admin.request('POST', `/api/v1/monitoring/catalogs/${base}/versions`, {
        criteria: [{ number: 1, title: 'Критерий', indicators: [{ number: '1.1', title: '', points: 1 }] }],
      });
      assert.equal(bad.status, 422);
      assert.equal(bad.json.error.field, 'criteria[0].indicators[0].title');
      const v = await admin.request('POST', `/api/v1/monitoring/catalogs/${base}/versions`, {
        title: 'Критерии 2027', criteria: [{ number: 1, title: 'Единственный критерий', indicators: [
          { number: '1.1', area: 'Сайт', title: 'Наличие сайта', points: 2 }] }],
      });
      assert.equal(v.status, 201, v.text);
      assert.equal(v.json.version, 2);
      assert.equal(v.json.max_score, 2);
      const versions = (await admin.get(`/api/v1/monitoring/catalogs/${base}/versions`)).json.items;
      assert.deepEqual(versions.map((c) => c.version), [1, 2]);
      const old = (await admin.get(`/api/v1/monitoring/campaigns/${campaign.id}`)).json;
      assert.equal(old.catalog_version, 1);
      assert.equal((await admin.get(`/api/v1/monitoring/campaigns/${campaign.id}/results`)).json.max_score, 61);
      const c = await admin.request('POST', '/api/v1/monitoring/campaigns', { year: 2036, catalog_id: v.json.id, ...window });
      assert.equal(c.status, 201, c.text);
      assert.equal(c.json.catalog_version, 2);
    });

    test('the command line writes the score table and the region report of a campaign', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'metodset-mon-cli-'));
      for (const name of ['table.xlsx', 'report.docx']) {
        runCli(['monitoring', 'report', '--db', server.database.url, '--campaign', String(campaign.id), '--out', join(dir, name)]);
        const bytes = readFileSync(join(dir, name));
        assert.equal(bytes.subarray(0, 2).toString(), 'PK');
        const part = name.endsWith('xlsx') ? 'xl/sharedStrings.xml' : 'word/document.xml';
        assert.ok(zipPart(bytes, part).includes('г. Благовещенск'), name);
      }
      assert.notEqual(spawnStatus(['monitoring', 'report', '--db', server.database.url, '--campaign', '999999',
        '--out', join(dir, 'x.xlsx')]), 0);
      assert.notEqual(spawnStatus(['monitoring', 'report', '--db', server.database.url, '--campaign', String(campaign.id),
        '--out', join(dir, 'x.pdf')]), 0);
    });

    let campaignBodies;
    let formBodiesBlag;

    test('pre-fill from collegial bodies: a municipal union with sessions in the year → 3.2, young teachers → 2.5', async () => {
      const union = await coord.request('POST', '/api/v1/bodies', {
        kind: 'municipal_union', preset: 'zdvinsk-mmo', name: 'ММО учителей географии', municipality_id: blag.id,
        subject: 'geography', year: 2037, established_on: '2037-01-10',
      });
      assert.equal(union.status, 201, union.text);
      for (const held_on of ['2037-02-10', '2037-04-14']) {
        const s = await coord.request('POST', `/api/v1/bodies/${union.json.id}/sessions`, { held_on, title: 'Заседание ММО' });
        assert.equal(s.status, 201, s.text);
      }
      const opened = await admin.request('POST', '/api/v1/monitoring/campaigns', {
        year: 2037, ...window, municipality_ids: [blag.id, belogorsk.id],
      });
      assert.equal(opened.status, 201, opened.text);
      campaignBodies = opened.json;
      formBodiesBlag = (await coord.get(`/api/v1/monitoring/campaigns/${campaignBodies.id}/forms`)).json.items[0];
      const form = (await coord.get(`/api/v1/monitoring/forms/${formBodiesBlag.id}`)).json;
      const byNumber = Object.fromEntries(form.criteria.flatMap((c) => c.indicators).map((i) => [i.number, i]));
      const proposal = byNumber['3.2'].proposals.find((p) => p.source === 'Коллегиальные органы');
      assert.ok(proposal, JSON.stringify(byNumber['3.2'].proposals));
      assert.equal(proposal.title, 'ММО учителей географии: 2 заседания в 2037 году');
      assert.deepEqual(proposal.evidence, {
        kind: 'object', object_type: 'body', object_id: union.json.id, url: `/app/bodies/${union.json.id}`, title: proposal.title,
      });
      // The union met in 2037, not in 2031: the earlier campaign's form proposes nothing from it.
      const form2031 = (await coord.get(`/api/v1/monitoring/forms/${formBlag.id}`)).json;
      assert.ok(!form2031.criteria[2].indicators.find((i) => i.number === '3.2').proposals
        .some((p) => p.evidence.object_id === union.json.id && p.evidence.object_type === 'body'));
      // 2.5: active members of the young teachers' association working in the municipality, as the registry counts them.
      const young = (await admin.get('/api/v1/associations')).json.items.find((a) => a.kind === 'young_teachers');
      const members = (await admin.get(`/api/v1/associations/${young.id}/members?municipality=${blag.id}&status=active`)).json.items;
      const p25 = byNumber['2.5'].proposals.find((p) => p.source === 'Коллегиальные органы');
      assert.ok(members.length > 0, 'demo young teachers of Благовещенск');
      assert.ok(p25, JSON.stringify(byNumber['2.5'].proposals));
      assert.equal(p25.title, `Членов ассоциации молодых педагогов из муниципалитета: ${new Set(members.map((m) => m.person_id)).size}`);
      assert.deepEqual([p25.evidence.object_type, p25.evidence.object_id, p25.evidence.url],
        ['association', young.id, '/app/bodies/associations']);
      // Белогорск has no union that met in 2037: no proposal for 3.2 from the bodies.
      const formBel2037 = (await coord2.get(`/api/v1/monitoring/campaigns/${campaignBodies.id}/forms`)).json.items[0];
      assert.equal(formBel2037.municipality_id, belogorsk.id);
      const bel = (await coord2.get(`/api/v1/monitoring/forms/${formBel2037.id}`)).json;
      assert.deepEqual(bel.criteria[2].indicators.find((i) => i.number === '3.2').proposals
        .filter((p) => p.source === 'Коллегиальные органы'), []);
      // The coordinator confirms the proposal; another body's id is not evidence of 3.2.
      const wrong = await coord.request('PUT', `/api/v1/monitoring/forms/${formBodiesBlag.id}/answers/3.2`,
        { met: true, evidence: { kind: 'object', object_type: 'body', object_id: union.json.id + 100000 } });
      assert.equal(wrong.status, 422);
      assert.equal(wrong.json.error.field, 'evidence.object_id');
      const saved = await coord.request('PUT', `/api/v1/monitoring/forms/${formBodiesBlag.id}/answers/3.2`,
        { met: true, evidence: { kind: 'object', object_type: 'body', object_id: union.json.id } });
      assert.equal(saved.status, 200, saved.text);
      assert.equal(saved.json.evidence.title, proposal.title);
      assert.equal(saved.json.evidence.url, `/app/bodies/${union.json.id}`);
      assert.equal((await coord.request('POST', `/api/v1/monitoring/forms/${formBodiesBlag.id}/submit`)).status, 200);
    });

    test('issue 5: a regional admin of another region sees no Amur campaign and changes nothing (404)', async () => {
      const regions = (await admin.get('/api/v1/territory/regions')).json;
      const list = Array.isArray(regions) ? regions : regions.items;
      let other = list.find((r) => r.id !== blag.region_id);
      if (!other) {
        // The regional demo holds Amur oblast only; the grant needs a region the registry knows.
        // The regional admin lists only her own region, so the new one is read back from the database.
        const insert = "INSERT INTO regions (name, code, created_at) VALUES ('Тестовая область', '99', '2026-01-01T00:00:00Z')";
        const id = backend === 'sqlite'
          ? execFileSync('sqlite3', [server.database.url.replace(/^sqlite:\/\//, ''), `${insert}; SELECT last_insert_rowid();`], { encoding: 'utf8' })
          : execFileSync('psql', [server.database.url, '-qAtc', `${insert} RETURNING id`], { encoding: 'utf8' });
        other = { id: Number(id.trim()) };
      }
      assert.ok(other, 'a second region');
      runCli(['user', 'add', '--db', server.database.url, '--login', 'far-admin', '--role', 'regional-admin',
        '--scope', `region:${other.id}`, '--name', 'Проверяющая другого региона'], 'Far-Region-2026\n');
      const far = await server.as('far-admin', 'Far-Region-2026');
      const c = campaignBodies;
      const f = formBodiesBlag;
      const before = {
        campaign: (await admin.get(`/api/v1/monitoring/campaigns/${c.id}`)).json,
        form: (await admin.get(`/api/v1/monitoring/forms/${f.id}`)).json,
      };
      assert.equal(before.form.criteria[2].indicators.find((i) => i.number === '3.2').state, 'submitted');
      const own = await far.get('/api/v1/monitoring/campaigns');
      assert.equal(own.status, 200, own.text);
      assert.deepEqual(own.json.items, []);
      assert.deepEqual((await far.get('/api/v1/monitoring/campaigns?year=2037')).json.items, []);
      for (const [method, path, body] of [
        ['GET', `/api/v1/monitoring/campaigns/${c.id}`],
        ['GET', `/api/v1/monitoring/campaigns/${c.id}/forms`],
        ['GET', `/api/v1/monitoring/campaigns/${c.id}/results`],
        ['GET', `/api/v1/monitoring/forms/${f.id}`],
        ['POST', `/api/v1/monitoring/forms/${f.id}/answers/3.2/accept`],
        ['POST', `/api/v1/monitoring/forms/${f.id}/answers/3.2/return`, { message: 'Чужой регион' }],
        ['POST', `/api/v1/monitoring/forms/${f.id}/accept-all`],
        ['PUT', `/api/v1/monitoring/campaigns/${c.id}`, { opens_on: '2037-06-01', closes_on: '2037-06-30' }],
        ['POST', `/api/v1/monitoring/campaigns/${c.id}/remind`],
        ['POST', `/api/v1/monitoring/campaigns/${c.id}/close`],
      ]) {
        const r = await far.request(method, path, body);
        assert.equal(r.status, 404, `${method} ${path}: ${r.status} ${r.text}`);
      }
      assert.deepEqual((await admin.get(`/api/v1/monitoring/campaigns/${c.id}`)).json, before.campaign);
      assert.deepEqual((await admin.get(`/api/v1/monitoring/forms/${f.id}`)).json, before.form);
    });
  });
}

function spawnStatus(args) {
  try {
    runCli(args);
    return 0;
  } catch (e) {
    return e.status ?? 1;
  }
}
