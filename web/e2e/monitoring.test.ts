// Мониторинг ММС in a browser (issue 5, 003 §App6): the regional operator opens a campaign for a few
// municipalities, coordinators fill their forms with evidence and submit, the operator returns one indicator, the
// coordinator corrects only that one and resubmits, the operator accepts and closes; the results show the scores
// and ranks computed here from what was entered, and the XLSX and DOCX reports open and carry them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { LaunchBrowser, Screenshot, type TestBrowser } from './browser.ts';
import { LogIn, DocxText } from './session.ts';
import { StartServer, type TestServer } from './server.ts';

const kHome = 'г. Благовещенск';
const kOther = 'г. Белогорск';
/** The indicators the coordinator of Благовещенск answers (met or not). */
const kAnswered = ['1.1', '1.2', '1.3', '1.4', '2.1', '5.1', '5.2'];

/** Picks an option of an antd Select opened by clicking `select`. */
async function Choose(page: Page, select: Locator, option_title: string | RegExp): Promise<void> {
  await select.click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: option_title }).first().click();
}

/** The antd Select whose search input carries the accessible name. */
function SelectBox(page: Page, scope: Page | Locator, label: string): Locator {
  // The inner locator of `has` is relative to each candidate, so it starts from the page.
  return scope.locator('.ant-select').filter({ has: page.getByLabel(label, { exact: true }) });
}

/** Confirms the open Popconfirm with its button. */
async function Confirm(page: Page, button: string): Promise<void> {
  await page.locator('.ant-popconfirm:not(.ant-popover-hidden)').getByRole('button', { name: button, exact: true }).click();
}

/** Opens the campaign of `year` from the monitoring list. */
async function OpenCampaign(page: Page, year: number): Promise<void> {
  await page.getByRole('menuitem', { name: 'Мониторинг ММС' }).click();
  await page.waitForURL('**/app/monitoring');
  await page.getByRole('link', { name: `Мониторинг ${year}`, exact: true }).click();
  await page.waitForURL('**/app/monitoring/campaigns/**');
  await page.getByTestId('forms-table').waitFor();
}

/** The card of an indicator on the form page. */
function Indicator(page: Page, number: string): Locator {
  return page.getByTestId(`indicator-${number}`);
}

/** Waits until the indicator's card shows the review state (the card's data-state attribute). */
async function WaitState(page: Page, number: string, state: string): Promise<void> {
  // Attached, not visible: the indicator's section may be collapsed.
  await page.locator(`[data-testid="indicator-${number}"][data-state="${state}"]`).waitFor({ state: 'attached' });
}

/** Marks an indicator met or not met. */
async function Mark(card: Locator, met: boolean): Promise<void> {
  await card.locator('label.ant-radio-wrapper').filter({ hasText: met ? /^Выполнен$/ : /^Не выполнен$/ }).click();
}

async function AddLink(card: Locator, number: string, url: string): Promise<void> {
  await card.getByRole('button', { name: 'Ссылка' }).click();
  await card.getByLabel(`Ссылка для показателя ${number}`).fill(url);
  await card.getByRole('button', { name: 'Добавить ссылку' }).click();
  await card.getByTestId(`evidence-${number}`).getByText(url).waitFor();
}

async function SaveDraft(page: Page, number: string, state = 'draft'): Promise<void> {
  await Indicator(page, number).getByRole('button', { name: 'Сохранить черновик' }).click();
  await WaitState(page, number, state);
  await Indicator(page, number).getByText('есть несохранённые изменения').waitFor({ state: 'detached' });
}

/** The points an indicator is worth, as its card shows them («1 балл», «2 балла»). */
async function PointsOf(page: Page, number: string): Promise<number> {
  const text = await Indicator(page, number).locator('.ant-tag').filter({ hasText: /балл/ }).innerText();
  return Number(/(\d+)/.exec(text)?.[1]);
}

/** Expands every criterion of the form. */
async function ExpandAll(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Развернуть все' }).click();
  await page.getByTestId('criterion-7').waitFor();
}

/** Leaves only one criterion open (a full-page screenshot of all sixty indicators is too tall to take). */
async function ShowOnly(page: Page, criterion: number): Promise<void> {
  await page.getByRole('button', { name: 'Свернуть все' }).click();
  await page.locator('.ant-collapse-header').filter({ hasText: `Критерий ${criterion}.` }).click();
  await page.getByTestId(`criterion-${criterion}`).waitFor();
}

async function Submit(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Отправить на проверку' }).click();
  await Confirm(page, 'Отправить');
  // The form's status, not the toast: a toast lives three seconds and a loaded machine can miss it.
  await page.getByTestId('form-status').filter({ hasText: 'На проверке' }).waitFor({ timeout: 30_000 });
}

/** Points per criterion number of the met indicators (003 §App6 7: the sum of the indicators' points). */
function byCriterion(met: Map<string, number>): Map<string, number> {
  const sums = new Map<string, number>();
  for (const [number, points] of met) sums.set(number.split('.')[0], (sums.get(number.split('.')[0]) ?? 0) + points);
  return sums;
}

/** Waits until an input shows the value (antd fills some fields after a render or two). */
async function WaitValue(input: Locator, value: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  let seen = '';
  while (Date.now() < deadline) {
    seen = await input.inputValue();
    if (seen === value) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.equal(seen, value);
}

/** The text of every cell of the ranking table's row of a municipality. */
async function RankingRow(page: Page, name: string): Promise<string[]> {
  const row = page.getByTestId('ranking-table').locator('tr.ant-table-row').filter({ hasText: name });
  return (await row.locator('td').allInnerTexts()).map((t) => t.trim());
}

describe('Мониторинг ММС in a browser', { concurrency: 1 }, () => {
  let server: TestServer;
  let browser: TestBrowser;
  let page: Page;
  // Set by the first test: the demo already holds campaigns (the previous year's closed one, the current open one).
  let year = 0;
  let form_url = '';
  let third = '';
  // What the coordinator of Благовещенск declares met, with the points each indicator is worth.
  const met = new Map<string, number>();

  before(async () => {
    server = await StartServer();
    browser = await LaunchBrowser(server.base_url);
    page = await browser.NewPage();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('003 §App6 8: the regional operator opens the June campaign for chosen municipalities', async () => {
    await LogIn(page, 'admin');
    await page.getByRole('menuitem', { name: 'Мониторинг ММС' }).click();
    await page.waitForURL('**/app/monitoring');
    // One campaign per region and year: take the latest year up to now the demo has no campaign for. Its June
    // window is over, so the campaign is flagged overdue but still takes answers (a late collection).
    const listed = (await (await page.request.get('/api/v1/monitoring/campaigns')).json()) as { items: { year: number }[] };
    year = new Date().getFullYear();
    while (listed.items.some((c) => c.year === year)) year -= 1;
    await page.getByRole('button', { name: 'Открыть кампанию' }).click();
    const dialog = page.getByRole('dialog', { name: 'Открыть кампанию мониторинга' });
    await WaitValue(dialog.getByLabel('Год мониторинга'), String(new Date().getFullYear()));
    await dialog.getByLabel('Год мониторинга').fill(String(year));
    await dialog.getByLabel('Год мониторинга').press('Tab');
    // The window defaults to June of the year (003 §App6 8: once a year, in June).
    await WaitValue(dialog.locator('.ant-picker-range input').first(), `01.06.${year}`);
    await WaitValue(dialog.locator('.ant-picker-range input').last(), `30.06.${year}`);
    // Submitting without municipalities names the field.
    await dialog.getByRole('button', { name: 'Открыть кампанию' }).click();
    await dialog.getByText('Муниципальные образования: выберите хотя бы одно').waitFor();
    const municipalities = dialog.locator('.ant-form-item').filter({ hasText: 'Муниципальные образования' }).locator('.ant-select');
    const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
    // The list is virtual: type to find a municipality, then click it; the dropdown stays open in between.
    await municipalities.click();
    for (const name of [kHome, kOther]) {
      await municipalities.locator('input').fill(name.replace('г. ', ''));
      await dropdown.locator('.ant-select-item-option').filter({ hasText: name }).first().click();
    }
    // A third municipality, whatever the demo's first other one is: it stays without answers.
    await municipalities.locator('input').fill('');
    const options = dropdown.locator('.ant-select-item-option:not(.ant-select-item-option-selected)');
    third = (await options.first().innerText()).trim();
    await options.first().click();
    await page.keyboard.press('Escape');
    await Screenshot(page, 'monitoring-01-open-campaign');
    await dialog.getByRole('button', { name: 'Открыть кампанию' }).click();
    await page.waitForURL('**/app/monitoring/campaigns/**');
    await page.getByText(`Кампания мониторинга ${year} года открыта`).waitFor();
    const forms = page.getByTestId('forms-table');
    for (const name of [kHome, kOther, third]) await forms.getByRole('link', { name, exact: true }).waitFor();
    assert.equal(await forms.locator('tr.ant-table-row').count(), 3);
    await Screenshot(page, 'monitoring-02-campaign');
  });

  test('the coordinator of Благовещенск fills her form with evidence: a file, a link, a registry document; saves drafts and submits', async () => {
    await LogIn(page, 'coord');
    await OpenCampaign(page, year);
    // She sees only her own municipality's form.
    const forms = page.getByTestId('forms-table');
    assert.deepEqual((await forms.locator('tr.ant-table-row td:first-child').allInnerTexts()).map((t) => t.trim()), [kHome]);
    await forms.getByRole('link', { name: kHome }).click();
    await page.waitForURL('**/app/monitoring/forms/**');
    form_url = new URL(page.url()).pathname;
    await ExpandAll(page);

    // 1.1: the regulation of the service, uploaded as a file (it becomes a registry document of the municipality).
    const c11 = Indicator(page, '1.1');
    await Mark(c11, true);
    await c11.getByRole('button', { name: 'Загрузить файл' }).click();
    const upload = page.getByRole('dialog', { name: 'Загрузить подтверждение к показателю 1.1' });
    // Sending without a file names the field.
    await upload.getByRole('button', { name: 'Загрузить' }).click();
    await upload.getByText('Файл: выберите файл').waitFor();
    await upload.locator('input[type=file]').setInputFiles({
      name: 'Положение_о_ММС.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Положение о муниципальной методической службе г. Благовещенска\n'),
    });
    await upload.getByRole('button', { name: 'Загрузить' }).click();
    await upload.waitFor({ state: 'hidden' });
    // The upload saves the answer at once (a draft, met) with the file registered in the document registry.
    await WaitState(page, '1.1', 'draft');
    await c11.getByTestId('evidence-1.1').getByText('Положение_о_ММС.txt', { exact: false }).waitFor();
    await c11.getByLabel('Комментарий к показателю 1.1').fill('Утверждено приказом управления образования');
    await SaveDraft(page, '1.1');

    // 1.2 and 5.1: links; 5.2 is the additional indicator worth two points (003 §App6, criterion 5).
    for (const [number, url] of [
      ['1.2', 'https://blag-metod.example.ru/programma'],
      ['5.1', 'https://blag-metod.example.ru/prikazy'],
      ['5.2', 'https://best-practices.example.ru/blagoveshchensk'],
    ]) {
      const card = Indicator(page, number);
      await Mark(card, true);
      await AddLink(card, number, url);
      await SaveDraft(page, number);
    }

    // 2.1: the file uploaded above, now a document of the registry, chosen there.
    const c21 = Indicator(page, '2.1');
    await Mark(c21, true);
    await c21.getByRole('button', { name: 'Документ из реестра' }).click();
    await c21.locator('.ant-select').click();
    await c21.getByRole('combobox', { name: 'Документ из реестра для показателя 2.1' }).fill('Подтверждение показателя 1.1');
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: 'Положение_о_ММС' }).first().click();
    await c21.getByTestId('evidence-2.1').getByText('Подтверждение показателя 1.1', { exact: false }).waitFor();
    await SaveDraft(page, '2.1');

    // 1.3: answered «not met»; a met answer without evidence is refused before sending, naming the indicator.
    await Mark(Indicator(page, '1.3'), false);
    await SaveDraft(page, '1.3');
    const c14 = Indicator(page, '1.4');
    await Mark(c14, true);
    await SaveDraft(page, '1.4');
    await page.getByRole('button', { name: 'Отправить на проверку' }).click();
    await Confirm(page, 'Отправить');
    await page.getByText('Показатель 1.4: отмечен как выполненный, но не приложено подтверждение').waitFor();
    await Mark(c14, false);
    await SaveDraft(page, '1.4');

    for (const number of ['1.1', '1.2', '2.1', '5.1', '5.2']) met.set(number, await PointsOf(page, number));
    assert.equal(met.get('5.2'), 2, '5.2 «Банк лучших практик» gives two additional points');
    await ShowOnly(page, 1);
    await Screenshot(page, 'monitoring-03-form-draft');
    await Submit(page);
    // Every answered indicator is sent and locked; never-answered ones stay empty (0 points) and open.
    for (const number of kAnswered) {
      await WaitState(page, number, 'submitted');
      assert.equal(await Indicator(page, number).getByRole('button', { name: 'Сохранить черновик' }).count(), 0, number);
    }
    await WaitState(page, '7.5', 'empty');
    assert.equal(await page.getByTestId('form-status').innerText(), 'На проверке');
  });

  test('a coordinator sees only her own municipality: coord2 cannot open the form of Благовещенск and fills her own', async () => {
    await LogIn(page, 'coord2');
    await page.goto(form_url);
    await page.getByTestId('load-failure').waitFor();
    assert.match(await page.getByTestId('load-failure').innerText(), /не найдено или недоступно/);
    assert.equal(await page.getByText(`Анкета: ${kHome}`).count(), 0);
    await Screenshot(page, 'monitoring-04-coord2-foreign-form');

    await OpenCampaign(page, year);
    const forms = page.getByTestId('forms-table');
    assert.deepEqual((await forms.locator('tr.ant-table-row td:first-child').allInnerTexts()).map((t) => t.trim()), [kOther]);
    await forms.getByRole('link', { name: kOther }).click();
    await page.waitForURL('**/app/monitoring/forms/**');
    const card = Indicator(page, '1.1');
    await Mark(card, true);
    await AddLink(card, '1.1', 'https://belogorsk-metod.example.ru/polozhenie');
    await SaveDraft(page, '1.1');
    await Submit(page);
    await WaitState(page, '1.1', 'submitted');
  });

  test('the reviewer returns one indicator with a message; the rest stay on review', async () => {
    await LogIn(page, 'admin');
    await OpenCampaign(page, year);
    await page.getByTestId('forms-table').getByRole('link', { name: kHome }).click();
    await page.waitForURL('**/app/monitoring/forms/**');
    await ExpandAll(page);
    const c12 = Indicator(page, '1.2');
    await c12.getByRole('button', { name: 'Вернуть на доработку' }).click();
    const dialog = page.getByRole('dialog', { name: 'Вернуть показатель 1.2 на доработку' });
    // The message is required and the refusal names it.
    await dialog.getByRole('button', { name: 'Вернуть' }).click();
    await dialog.getByText('Сообщение координатору: укажите, что нужно исправить').waitFor();
    await dialog.getByLabel('Сообщение координатору').fill('Ссылка ведёт не на программу, а на главную страницу. Приложите программу деятельности ММС.');
    await dialog.getByRole('button', { name: 'Вернуть' }).click();
    await WaitState(page, '1.2', 'returned');
    await WaitState(page, '1.1', 'submitted');
    assert.equal(await page.getByTestId('form-status').innerText(), 'Есть возвращённые');
    await ShowOnly(page, 1);
    await Screenshot(page, 'monitoring-05-review');
  });

  test('the coordinator sees only that indicator reopened, corrects it and resubmits', async () => {
    await LogIn(page, 'coord');
    await page.goto(form_url);
    await page.getByTestId('returned-summary').waitFor();
    assert.match(await page.getByTestId('returned-summary').innerText(), /Возвращено на доработку: 1\.2$/m);
    // The returned criterion opens by itself, the indicator shows the reviewer's message.
    const c12 = Indicator(page, '1.2');
    assert.match(await c12.getByTestId('review-message').innerText(), /главную страницу/);
    await ExpandAll(page);
    // Only the returned indicator reopened: the other answered ones stay on review, locked.
    for (const number of kAnswered) {
      const editable = await Indicator(page, number).getByRole('button', { name: 'Сохранить черновик' }).count();
      assert.equal(editable, number === '1.2' ? 1 : 0, number);
      if (number !== '1.2') await WaitState(page, number, 'submitted');
    }
    await ShowOnly(page, 1);
    await Screenshot(page, 'monitoring-06-returned');
    await AddLink(c12, '1.2', 'https://blag-metod.example.ru/programma-deyatelnosti-mms.pdf');
    await SaveDraft(page, '1.2', 'returned');
    await c12.getByText('исправлено, отправьте анкету повторно').waitFor();
    await Submit(page);
    await WaitState(page, '1.2', 'submitted');
  });

  test('the reviewer accepts both forms and closes the campaign; the results are frozen', async () => {
    await LogIn(page, 'admin');
    await OpenCampaign(page, year);
    for (const name of [kHome, kOther]) {
      await page.getByTestId('forms-table').getByRole('link', { name }).click();
      await page.waitForURL('**/app/monitoring/forms/**');
      await page.getByRole('button', { name: /Принять все на проверке/ }).click();
      await Confirm(page, 'Принять');
      await page.getByTestId('form-status').filter({ hasText: 'Принята' }).waitFor({ timeout: 30_000 });
      await page.getByRole('link', { name: `Мониторинг ${year}` }).click();
      await page.getByTestId('forms-table').waitFor();
    }
    await page.getByRole('button', { name: 'Закрыть кампанию' }).click();
    await Confirm(page, 'Закрыть');
    await page.getByText('Кампания закрыта, итоги зафиксированы').waitFor();
    assert.match(await page.getByTestId('campaign-status').innerText(), /Закрыта/);
    assert.equal(await page.getByRole('button', { name: 'Закрыть кампанию' }).count(), 0);
  });

  test('003 §App6 7: scores per criterion and in total and the ranking are those entered (ties share a rank)', async () => {
    await page.getByRole('tab', { name: 'Результаты' }).click();
    await page.getByTestId('ranking-table').waitFor();
    const total = [...met.values()].reduce((a, b) => a + b, 0);
    const criteria = byCriterion(met);
    // Ranks: Благовещенск's total, then Белогорск's single accepted point, then the municipality without answers.
    const home = await RankingRow(page, kHome);
    const other = await RankingRow(page, kOther);
    const last = await RankingRow(page, third);
    const heads = (await page.getByTestId('ranking-table').locator('thead th').allInnerTexts()).map((t) => t.trim());
    const cell = (row: string[], head: string) => row[heads.indexOf(head)];
    assert.equal(cell(home, 'Место'), '1');
    assert.equal(cell(other, 'Место'), '2');
    assert.equal(cell(last, 'Место'), '3');
    assert.match(cell(home, 'Итого'), new RegExp(`^${total}/\\d+$`));
    assert.match(cell(other, 'Итого'), /^1\/\d+$/);
    assert.match(cell(last, 'Итого'), /^0\/\d+$/);
    for (const criterion of ['1', '2', '3', '4', '5', '6', '7']) {
      assert.match(cell(home, `Кр. ${criterion}`), new RegExp(`^${criteria.get(criterion) ?? 0}/\\d+$`), `criterion ${criterion}`);
    }
    // The charts are drawn (SVG): the ranking bars and the heat map with a cell per criterion and municipality.
    await page.getByTestId('ranking-chart').locator('svg').waitFor();
    await page.getByTestId('heat-map').locator('svg').waitFor();
    assert.ok((await page.getByTestId('ranking-chart').innerHTML()).includes(kHome));
    await Screenshot(page, 'monitoring-07-results');
  });

  test('the XLSX score table and the DOCX reports open and carry the results', async () => {
    const total = [...met.values()].reduce((a, b) => a + b, 0);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Таблица баллов/ }).click()]);
    assert.match(xlsx.suggestedFilename(), /\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(await xlsx.path()) as unknown as ArrayBuffer);
    assert.deepEqual(book.worksheets.map((w) => w.name), ['Итоги', 'Показатели', 'Дефициты']);
    const rows: unknown[][] = [];
    book.getWorksheet('Итоги')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v && typeof v === 'object' && 'result' in v ? (v as { result: unknown }).result : v))));
    const head = rows.findIndex((r) => r.includes('Место'));
    assert.ok(head >= 0, `a header row with «Место»: ${JSON.stringify(rows.slice(0, 5))}`);
    const column = (title: RegExp) => rows[head].findIndex((v) => typeof v === 'string' && title.test(v));
    const [place, name, sum, first] = [column(/^Место$/), column(/^Муниципальное образование$/), column(/^Итого \(из \d+\)$/), column(/^Критерий 1 \(из \d+\)$/)];
    assert.ok(place >= 0 && name >= 0 && sum >= 0 && first >= 0, JSON.stringify(rows[head]));
    const table = rows.slice(head + 1).filter((r) => typeof r[name] === 'string');
    assert.deepEqual(
      table.map((r) => [r[place], r[name], r[sum]]),
      [
        [1, kHome, total],
        [2, kOther, 1],
        [3, third, 0],
      ],
    );
    assert.equal(table[0][first], byCriterion(met).get('1'), 'criterion 1 of Благовещенск');

    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Аналитический отчёт/ }).click()]);
    assert.match(docx.suggestedFilename(), /\.docx$/);
    const text = await DocxText(readFileSync(await docx.path()));
    assert.match(text, /Аналитический отчёт о результатах мониторинга/);
    assert.match(text, /1\. Рейтинг муниципальных образований/);
    for (const name of [kHome, kOther, third]) assert.ok(text.includes(name), `the region report names ${name}`);
    assert.ok(text.includes(String(year)), 'and the year');

    const [own] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('ranking-table').locator('tr.ant-table-row').filter({ hasText: kHome }).getByRole('button', { name: /Отчёт муниципалитета/ }).click(),
    ]);
    const own_text = await DocxText(readFileSync(await own.path()));
    assert.ok(own_text.includes(kHome), 'the municipality report names it');
    assert.match(own_text, new RegExp(`Итоговый балл: ${total} из \\d+`));
    assert.match(own_text, /Место в рейтинге региона: 1 из 3/);
  });

  test('deficits get addressed recommendations with editable text and follow-up status', async () => {
    await page.getByRole('tab', { name: 'Дефициты и рекомендации' }).click();
    await Choose(page, SelectBox(page, page, 'Муниципальное образование'), kHome);
    const card = page.getByTestId('recommendation-1.3');
    await card.waitFor();
    const text = card.getByLabel('Текст рекомендации по показателю 1.3');
    await text.fill('Разработать адресные рекомендации для молодых педагогов и руководителей ШМО до 1 октября.');
    await Choose(page, SelectBox(page, card, 'Статус выполнения рекомендации 1.3'), 'В работе');
    await card.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Рекомендация по показателю 1.3 сохранена').waitFor();
    await card.locator('.ant-card-extra').getByText('В работе').waitFor();
    // A met and accepted indicator is no deficit.
    assert.equal(await page.getByTestId('recommendation-1.1').count(), 0);
    await Screenshot(page, 'monitoring-08-recommendations');
    await page.getByRole('tab', { name: 'Динамика' }).click();
    await page.getByTestId('dynamics-chart').locator('svg').waitFor();
    await Screenshot(page, 'monitoring-09-dynamics');
  });

  test('after closing the coordinator reads her frozen form and her recommendation', async () => {
    await LogIn(page, 'coord');
    await page.goto(form_url);
    await page.getByText('Кампания закрыта: итоги зафиксированы, анкета не изменяется.').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Отправить на проверку' }).count(), 0);
    assert.equal(await page.getByTestId('form-status').innerText(), 'Принята');
  });

  test('the programme targets show target against actual', async () => {
    await LogIn(page, 'admin');
    await page.goto('/app/monitoring/targets');
    await page.getByTestId('targets-table').locator('tr.ant-table-row').first().waitFor();
    await page.getByTestId('targets-chart').locator('svg').waitFor();
    await Screenshot(page, 'monitoring-10-targets');
  });

  test('no console errors or uncaught exceptions on any page', () => {
    assert.deepEqual(browser.problems, []);
  });
});
