// Коллегиальные органы in a browser (issue 6, SPEC §8): a coordinator creates a municipal union (004 §5), adds
// members, holds a session whose vote is refused without a quorum and adopted once enough members are marked
// present, follows the decision to done and downloads the protocol signed by chair and secretary (001 §3.8.10).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { LaunchBrowser, Screenshot, type TestBrowser } from './browser.ts';
import { LogIn, DocxText } from './session.ts';
import { StartServer, type TestServer } from './server.ts';

interface PresetKind {
  kind: string;
  kind_title: string;
}

interface Preset {
  code: string;
  title: string;
  kinds: PresetKind[];
}

interface PersonRow {
  id: number;
  full_name: string;
  last_name: string;
  birth_date: string;
}

/** The dropdown of an antd Select that is open now. */
function OpenDropdown(page: Page): Locator {
  return page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
}

/** Picks an option of the antd Select whose input has `id`, typing `search` first for a searching select. */
async function Choose(page: Page, id: string, option: string | RegExp, search?: string): Promise<void> {
  const input = page.locator(`#${id}`);
  // The selected value covers the input: click the select's frame.
  await page.locator('.ant-select').filter({ has: input }).locator('.ant-select-selector').click();
  if (search !== undefined) {
    // A searching select replaces its options when the registry answers: pick from the answer, not before it.
    const answered = page.waitForResponse((r) => r.url().includes('/api/v1/people?') && r.url().includes('q='));
    await input.fill(search);
    await answered;
  }
  await OpenDropdown(page).locator('.ant-select-item-option').filter({ hasText: option }).first().click();
  await page.waitForFunction(() => !document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)'));
}

/** Waits until no dropdown or toast covers the page (for a tidy screenshot). */
async function Settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)') && !document.querySelector('.ant-message-notice'), undefined, {
    timeout: 10_000,
  });
}

describe('Коллегиальные органы in a browser', { concurrency: 1 }, () => {
  let server: TestServer;
  let browser: TestBrowser;
  let page: Page;

  before(async () => {
    server = await StartServer();
    browser = await LaunchBrowser(server.base_url);
    page = await browser.NewPage();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('004 §5.1.5, 001 §3.8.10: a union refuses a decision without quorum, adopts it with quorum, the protocol is signed', async () => {
    await LogIn(page, 'coord');
    const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { user: { grants: { role: string; scope: string; scope_title: string }[] } };
    const grant = me.user.grants.find((g) => g.role === 'municipal-coordinator');
    assert.ok(grant, 'coord is a municipal coordinator');
    const municipality_id = Number(/municipality:(\d+)/.exec(grant.scope)?.[1]);
    const presets = ((await (await page.request.get('/api/v1/bodies/presets')).json()) as { items: Preset[] }).items;
    const preset = presets.find((p) => p.code === 'zdvinsk-mmo');
    assert.ok(preset, 'the preset of 004 §5 is offered');
    const kind = preset.kinds.find((k) => k.kind === 'municipal_union');
    assert.ok(kind, 'the preset describes a municipal union');
    const people = ((await (await page.request.get(`/api/v1/people?municipality=${municipality_id}&size=500`)).json()) as { items: PersonRow[] }).items;
    // Five distinct surnames, so that a search by surname offers the intended person first.
    const chosen: PersonRow[] = [];
    for (const p of people) if (chosen.length < 5 && !chosen.some((c) => c.last_name === p.last_name)) chosen.push(p);
    assert.equal(chosen.length, 5, `the demo municipality has five teachers: ${people.length}`);
    const [chair, secretary, ...rest] = chosen;

    // The list and the creation of the union.
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('menuitem', { name: 'Коллегиальные органы' }).click();
    await page.waitForURL('**/app/bodies');
    await page.getByRole('heading', { name: 'Коллегиальные органы' }).waitFor();
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await Screenshot(page, 'bodies-00-list');
    await page.getByRole('button', { name: 'Создать орган' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новый коллегиальный орган' });
    await dialog.waitFor();
    // Nothing filled: every required field names itself.
    await dialog.getByRole('button', { name: 'Создать' }).click();
    await dialog.getByText('Выберите положение, по которому работает орган').waitFor();
    await dialog.getByText('Укажите наименование органа').waitFor();
    await Choose(page, 'body_preset', preset.title);
    await Choose(page, 'body_kind', kind.kind_title);
    await dialog.getByTestId('profile-hint').waitFor();
    let name = `ММО учителей математики (проверка ${Date.now() % 100000})`;
    await dialog.getByLabel('Наименование').fill(name);
    if ((await dialog.locator('.ant-form-item').filter({ has: page.locator('#body_municipality_id') }).locator('.ant-select-selection-item').count()) === 0) {
      await Choose(page, 'body_municipality_id', grant.scope_title);
    }
    await Settled(page);
    await Screenshot(page, 'bodies-01-create');
    await dialog.getByRole('button', { name: 'Создать' }).click();
    await page.waitForURL(/\/app\/bodies\/\d+$/);
    await page.getByRole('heading', { name }).waitFor();
    // A typo in the name is corrected on the card.
    await page.getByRole('button', { name: 'Изменить' }).click();
    const edit_dialog = page.getByRole('dialog', { name: 'Изменение органа' });
    await edit_dialog.getByLabel('Наименование').fill(`${name} г. Благовещенска`);
    await edit_dialog.getByRole('button', { name: 'Сохранить' }).click();
    name = `${name} г. Благовещенска`;
    await page.getByRole('heading', { name }).waitFor();
    await edit_dialog.waitFor({ state: 'hidden' });
    const rules = page.getByTestId('body-rules');
    assert.match(await rules.innerText(), /Кворум[\s\S]*половин/);

    // Members: a chair, a secretary and three members, picked from the people registry by surname.
    await page.getByRole('button', { name: 'Добавить члена' }).click();
    const member_dialog = page.getByRole('dialog', { name: 'Добавление члена' });
    const roles: [PersonRow, string][] = [
      [chair, 'Председатель (руководитель)'],
      [secretary, 'Секретарь'],
      ...rest.map((p): [PersonRow, string] => [p, 'Член']),
    ];
    for (const [person, role] of roles) {
      await Choose(page, 'member_person_id', person.full_name, person.last_name);
      await Choose(page, 'member_role', new RegExp(`^${role.replace(/[()]/g, '\\$&')}$`));
      await member_dialog.getByRole('button', { name: 'Добавить' }).click();
      await page.getByTestId('body-members').getByRole('cell', { name: person.full_name, exact: true }).waitFor();
    }
    await member_dialog.locator('.ant-modal-footer').getByRole('button', { name: 'Закрыть' }).click();
    await page.getByTestId('body-members').getByText('Состав (5 с правом голоса)').waitFor();
    await Settled(page);
    await Screenshot(page, 'bodies-02-card');

    // A session with one agenda item.
    await page.getByRole('button', { name: 'Новое заседание' }).click();
    const session_dialog = page.getByRole('dialog', { name: 'Новое заседание' });
    await session_dialog.getByLabel('Тема').fill('Планирование работы на год');
    await session_dialog.getByRole('button', { name: 'Создать' }).click();
    await page.waitForURL(/\/app\/bodies\/sessions\/\d+$/);
    await page.getByRole('heading', { name: /^Заседание № 1 от / }).waitFor();
    const decision_text = 'Утвердить план работы ММО на учебный год';
    await page.getByLabel('Вопрос повестки').fill('Об утверждении плана работы');
    await page.getByLabel('Проект решения').fill(decision_text);
    await page.getByTestId('agenda').getByRole('button', { name: 'Добавить' }).click();
    const item = page.getByTestId('agenda-item-1');
    await item.waitFor();

    // Two of five present: «more than half» (004 §5.1.5) needs three, and the vote is refused with the rule named.
    const attendance = page.getByTestId('attendance');
    const indicator = page.getByTestId('quorum-indicator');
    await attendance.getByRole('checkbox', { name: chair.full_name }).check();
    await attendance.getByRole('checkbox', { name: secretary.full_name }).check();
    await indicator.filter({ hasText: /^Кворума нет: 2 из 5, нужно не менее 3$/ }).waitFor();
    await attendance.getByRole('checkbox', { name: secretary.full_name, disabled: false }).waitFor();
    await item.getByLabel('за', { exact: true }).fill('2');
    await item.getByRole('button', { name: 'Провести голосование' }).click();
    const refusal = item.getByTestId('vote-refusal');
    await refusal.waitFor();
    const refusal_text = await refusal.innerText();
    assert.match(refusal_text, /кворум/i, refusal_text);
    assert.match(refusal_text, /2 из 5/, refusal_text);
    assert.equal(await item.getByTestId('decision').count(), 0, 'nothing was adopted');
    await Screenshot(page, 'bodies-03-refused');

    // A third member present: the quorum is there and three votes «за» of five members adopt the decision.
    await attendance.getByRole('checkbox', { name: rest[0].full_name }).check();
    await indicator.filter({ hasText: /^Кворум есть: 3 из 5$/ }).waitFor();
    await attendance.getByRole('checkbox', { name: rest[0].full_name, disabled: false }).waitFor();
    await item.getByLabel('за', { exact: true }).fill('3');
    const vote_form = await item.locator('form').getAttribute('id');
    await Choose(page, `${vote_form}_owner_person_id`, chair.full_name, chair.last_name);
    await item.getByRole('button', { name: 'Провести голосование' }).click();
    const decision = item.getByTestId('decision');
    await decision.waitFor();
    assert.match(await item.innerText(), /Решение принято/);
    assert.match(await decision.innerText(), new RegExp(decision_text));
    assert.match(await decision.innerText(), new RegExp(chair.last_name));
    assert.match(await item.getByTestId('vote-result').innerText(), /за 3, против 0, воздержались 0/);
    // Attendance is fixed once a vote is recorded.
    assert.equal(await attendance.getByRole('checkbox', { name: rest[1].full_name }).isDisabled(), true);

    // The deadline is set afterwards, and the decision is followed to done.
    const due = new Date(Date.now() + 14 * 86_400_000);
    const due_text = `${String(due.getDate()).padStart(2, '0')}.${String(due.getMonth() + 1).padStart(2, '0')}.${due.getFullYear()}`;
    await decision.getByRole('button', { name: 'Изменить' }).click();
    const decision_dialog = page.getByRole('dialog', { name: 'Решение по вопросу 1' });
    const due_input = decision_dialog.getByLabel('Срок исполнения');
    await due_input.click();
    await due_input.fill(due_text);
    await due_input.press('Tab');
    await decision_dialog.getByRole('button', { name: 'Сохранить' }).click();
    await decision.getByText(due_text).waitFor();
    await decision_dialog.waitFor({ state: 'hidden' });
    // The mark is the server's: the box turns checked when the answer arrives.
    await decision.getByRole('checkbox', { name: 'исполнено' }).click();
    await decision.getByText(/исполнено \d\d\.\d\d\.\d{4}/).waitFor();
    await Settled(page);
    await Screenshot(page, 'bodies-04-adopted');

    // The protocol: a DOCX with the decision and the lines for the chair's and the secretary's signatures.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать протокол (DOCX)' }).click()]);
    assert.match(download.suggestedFilename(), /\.docx$/);
    const bytes = readFileSync(await download.path());
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'a DOCX is a ZIP archive');
    const text = await DocxText(bytes);
    assert.ok(text.includes(decision_text), `the protocol carries the decision:\n${text}`);
    assert.ok(text.includes(name), `the protocol names the body:\n${text}`);
    // 001 §3.8.10.1: a line per signatory — the title, a blank to sign on, the name.
    const session_id = /\/sessions\/(\d+)$/.exec(page.url())?.[1];
    const session = (await (await page.request.get(`/api/v1/sessions/${session_id}`)).json()) as { signatures: { role: string; title: string; full_name: string | null }[] };
    assert.deepEqual(session.signatures.map((s) => s.role).sort(), ['chair', 'secretary']);
    const lines = text.split('\n');
    const kTitles = { chair: /^(Председатель|Руководитель)\t/, secretary: /^Секретарь\t/ };
    for (const [role, person] of [['chair', chair], ['secretary', secretary]] as const) {
      const signature = session.signatures.find((s) => s.role === role);
      assert.equal(signature?.full_name, person.full_name, `the ${role} is named in the session`);
      const line = lines.find((l) => kTitles[role].test(l));
      assert.ok(line, `a signature line for the ${role}:\n${text}`);
      assert.match(line, new RegExp(`^[^\t]+\t_{5,}\t${person.full_name}`), `a blank to sign and the name of ${person.full_name}`);
    }

    // The session appears on the body's card with its quorum.
    await page.getByRole('link', { name: `← ${name}` }).click();
    const sessions = page.getByTestId('body-sessions');
    await sessions.getByRole('cell', { name: '3 из 5' }).waitFor();
    assert.match(await sessions.locator('tbody tr').first().innerText(), /Планирование работы на год[\s\S]*есть/);
  });

  test('the compliance dashboard of the municipality shows its figures', async () => {
    await page.goto('/app/bodies');
    await page.getByRole('tab', { name: 'Соблюдение требований' }).click();
    await page.waitForURL('**/app/bodies/compliance');
    const summary = page.getByTestId('compliance-summary');
    await summary.waitFor();
    const total = Number((await summary.locator('.ant-statistic').first().locator('.ant-statistic-content-value').innerText()).replace(/\D/g, ''));
    assert.ok(total >= 1, 'the union created above is counted');
    await page.locator('.bodies-chart svg').waitFor();
    await Settled(page);
    await Screenshot(page, 'bodies-05-compliance');
  });

  test('003 §App4 5.2: the young teachers’ association refuses an applicant of 35 or older and accepts a younger one', async () => {
    await LogIn(page, 'admin');
    const associations = ((await (await page.request.get('/api/v1/associations')).json()) as { items: { id: number; kind: string; name: string }[] }).items;
    const young = associations.find((a) => a.kind === 'young_teachers');
    assert.ok(young, 'the demo region has a young teachers’ association');
    const people = ((await (await page.request.get('/api/v1/people?size=500')).json()) as { items: PersonRow[] }).items;
    const today = new Date();
    const AgeOf = (birth: string) => {
      const [y, m, d] = birth.split('-').map(Number);
      return today.getFullYear() - y - (today.getMonth() + 1 < m || (today.getMonth() + 1 === m && today.getDate() < d) ? 1 : 0);
    };
    const older = people.find((p) => AgeOf(p.birth_date) >= 40);
    const younger = people.find((p) => AgeOf(p.birth_date) <= 30);
    assert.ok(older && younger, 'the demo region has teachers over 40 and under 30');

    await page.goto('/app/bodies');
    await page.getByRole('tab', { name: 'Ассоциации' }).click();
    await page.waitForURL('**/app/bodies/associations**');
    await Choose(page, 'association', young.name);
    const form = page.getByTestId('application-form');
    await form.waitFor();

    await Choose(page, 'application_person_id', older.full_name, older.last_name);
    await form.getByRole('button', { name: 'Подать заявление' }).click();
    const refusal = page.getByTestId('application-refusal');
    await refusal.waitFor();
    assert.match(await refusal.innerText(), /35 лет/);
    await Settled(page);
    await Screenshot(page, 'bodies-06-application-refused');

    await Choose(page, 'application_person_id', younger.full_name, younger.last_name);
    await form.getByRole('button', { name: 'Подать заявление' }).click();
    await page.getByText(`Заявление подано: ${younger.full_name}`).waitFor();
    assert.equal(await refusal.count(), 0, 'the earlier refusal is gone');
    await page.locator('.ant-card', { hasText: 'Заявления на рассмотрении' }).getByRole('cell', { name: younger.full_name, exact: true }).waitFor();
    await Settled(page);
    await Screenshot(page, 'bodies-07-application-filed');
  });

  test('no console errors or uncaught exceptions on any page', () => {
    assert.deepEqual(browser.problems, []);
  });
});
