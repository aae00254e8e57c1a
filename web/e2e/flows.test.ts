// The browser flows of the territory registry issue, against the real server on a fresh demo database.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { LaunchBrowser, Screenshot, type TestBrowser } from './browser.ts';
import { StartServer, type TestServer } from './server.ts';

const kPassword = 'Demo-2026';

interface TreeMunicipality {
  id: number;
  name: string;
  organisation_count: number;
}

/** A valid legal-entity INN that the demo data cannot hold (demo INNs start with the region code 28). */
function FreshInn(): string {
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const digits = `77${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  let sum = 0;
  for (let i = 0; i < 9; ++i) sum += weights[i] * Number(digits[i]);
  return digits + String((sum % 11) % 10);
}

async function Login(page: Page, login: string, password = kPassword): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Пароль', { exact: true }).fill(password);
  await page.locator('form').getByRole('button', { name: 'Войти' }).click();
}

async function Logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Выйти' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  // Requests still in flight from the left page must not bounce the visitor to the login form.
  await page.waitForLoadState('networkidle');
  assert.equal(new URL(page.url()).pathname, '/');
  await page.getByRole('main').getByRole('button', { name: 'Войти' }).waitFor();
}

/** Picks an option of an antd Select opened by clicking `select`. */
async function Choose(page: Page, select: Locator, option_title: string | RegExp): Promise<void> {
  await select.click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: option_title }).first().click();
}

/** The validation messages shown under the form item that holds the control with `id`. */
function FieldErrors(page: Page, id: string): Locator {
  // The inner locator of `has` is matched inside each form item, so it must not carry an outer scope.
  return page.locator('.ant-form-item').filter({ has: page.locator(`#${id}`) }).locator('.ant-form-item-explain-error');
}

/** The municipality column of every row currently shown in the registry table. */
async function RegistryMunicipalities(page: Page): Promise<string[]> {
  return page.locator('.ant-table-tbody tr.ant-table-row td:nth-child(2)').allInnerTexts();
}

/** Waits until no dropdown, dialog or toast covers the page (for a tidy screenshot). */
async function Settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)') &&
      !document.querySelector('.ant-message-notice') &&
      !Array.from(document.querySelectorAll<HTMLElement>('.ant-modal-wrap')).some((w) => w.style.display !== 'none'),
    undefined,
    { timeout: 10_000 },
  );
}

async function RegistryTotal(page: Page): Promise<number> {
  const text = await page.getByTestId('registry-total').innerText();
  return Number(text.replace(/\D/g, ''));
}

describe('Методсеть in a browser', { concurrency: 1 }, () => {
  let server: TestServer;
  let browser: TestBrowser;
  let page: Page;
  let tree: TreeMunicipality[] = [];
  let created: { id: number; name: string; inn: string } | null = null;

  before(async () => {
    server = await StartServer();
    browser = await LaunchBrowser(server.base_url);
    page = await browser.NewPage();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the public home page explains the system and shows the region without login', async () => {
    await page.goto('/');
    await page.getByRole('heading', { name: 'Методсеть', level: 1 }).waitFor();
    const summary = page.getByTestId('region-summary');
    await summary.waitFor();
    const expected = (await (await page.request.get('/api/v1/public/summary')).json()) as {
      region: { name: string };
      organisations: number;
    };
    assert.ok(expected.organisations > 0, 'the demo region has organisations');
    assert.match(await summary.innerText(), new RegExp(expected.region.name));
    await Screenshot(page, '01-home');
    await page.getByRole('main').getByRole('button', { name: 'Войти' }).click();
    await page.waitForURL('**/login');
  });

  test('a wrong password gets a clear Russian message', async () => {
    await Login(page, 'admin', 'неверный-пароль');
    await assert.doesNotReject(page.getByTestId('login-error').filter({ hasText: 'Неверный логин или пароль' }).waitFor());
    assert.equal(new URL(page.url()).pathname, '/login');
    await Screenshot(page, '02-login-error');
  });

  test('the regional admin logs in and sees name, role and only existing sections', async () => {
    await Login(page, 'admin');
    await page.waitForURL('**/app/territory');
    const header = page.getByTestId('current-user');
    await assert.doesNotReject(header.getByText('Региональный оператор').waitFor());
    const nav = await page.getByRole('navigation', { name: 'Разделы' }).getByRole('menuitem').allInnerTexts();
    assert.deepEqual(nav, ['Территория', 'Организации', 'Структуры', 'Педагоги', 'Наставничество', 'Методический актив', 'Коллегиальные органы', 'Мониторинг ММС', 'Документы', 'Журнал аудита']);
  });

  test('the territory tree opens a municipality’s organisations', async () => {
    const answer = (await (await page.request.get('/api/v1/territory/tree')).json()) as {
      regions: { municipalities: TreeMunicipality[] }[];
    };
    tree = answer.regions.flatMap((r) => r.municipalities);
    assert.ok(tree.length >= 2, 'the demo region has several municipalities');
    const target = tree[1];
    const node = page.getByTestId(`municipality-${target.id}`);
    await node.waitFor();
    assert.match(await node.innerText(), new RegExp(String(target.organisation_count)));
    await Screenshot(page, '03-territory-tree');
    await node.click();
    await page.waitForURL(`**/app/organisations?municipality=${target.id}`);
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    assert.equal(await RegistryTotal(page), target.organisation_count);
    const shown = await RegistryMunicipalities(page);
    assert.ok(shown.length > 0);
    assert.deepEqual([...new Set(shown)], [target.name]);
    await Screenshot(page, '04-registry-municipality');
  });

  test('adding an organisation: a bad INN is refused under the field, a good one is saved', async () => {
    const target = tree[1];
    await page.getByRole('button', { name: 'Добавить организацию' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новая организация' });
    await dialog.waitFor();
    const name = `МБОУ «Тестовая школа № ${Date.now() % 100000}»`;
    await dialog.getByLabel('Полное наименование').fill(name);
    await Choose(page, dialog.getByLabel('Тип организации'), 'Общеобразовательная организация');
    // The municipality comes preselected from the registry filter.
    assert.match(await dialog.locator('.ant-form-item').filter({ has: page.locator('#organisation_municipality_id') }).innerText(), new RegExp(target.name));
    await dialog.getByLabel('ИНН', { exact: true }).fill('12345');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    const inn_errors = FieldErrors(page, 'organisation_inn');
    await inn_errors.filter({ hasText: 'ИНН организации должен состоять из 10 цифр' }).waitFor();
    await Screenshot(page, '05-organisation-bad-inn');

    const inn = FreshInn();
    await dialog.getByLabel('ИНН', { exact: true }).fill(inn);
    await dialog.getByLabel('Электронная почта').fill('test-school@obr.ru');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await page.waitForURL(/\/app\/organisations\/\d+$/);
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    const card = page.getByTestId('organisation-card');
    await card.waitFor();
    const text = await card.innerText();
    assert.match(text, new RegExp(inn));
    assert.match(text, /test-school@obr\.ru/);
    assert.match(text, new RegExp(target.name));
    const stored = (await (await page.request.get(`/api/v1/organisations/${id}`)).json()) as { name: string; inn: string };
    assert.equal(stored.name, name);
    assert.equal(stored.inn, inn);
    created = { id, name, inn };
    await Screenshot(page, '06-organisation-card');
  });

  test('a server-side field error (duplicate INN) appears under the field', async () => {
    assert.ok(created);
    await page.goto(`/app/organisations?municipality=${tree[1].id}`);
    await page.getByRole('button', { name: 'Добавить организацию' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новая организация' });
    await dialog.getByLabel('Полное наименование').fill(`${created.name} (копия)`);
    await Choose(page, dialog.getByLabel('Тип организации'), 'Общеобразовательная организация');
    await dialog.getByLabel('ИНН', { exact: true }).fill(created.inn);
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await FieldErrors(page, 'organisation_inn').filter({ hasText: 'Организация с таким ИНН уже есть в реестре' }).waitFor();
    await Screenshot(page, '07-organisation-duplicate-inn');
    await dialog.getByRole('button', { name: 'Отмена' }).click();
    const list = (await (await page.request.get('/api/v1/organisations', { params: { q: created.inn } })).json()) as {
      total: number;
    };
    assert.equal(list.total, 1, 'the refused organisation was not saved');
  });

  test('import: a file with a bad cell is refused with row and column, a good file is checked then loaded', async () => {
    const target = tree[1];
    await page.goto(`/app/organisations?municipality=${target.id}`);
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    const before_total = await RegistryTotal(page);
    const header = 'Муниципальное образование;Полное наименование;Тип организации;ИНН';
    const stamp = Date.now() % 100000;

    await page.getByRole('button', { name: 'Импорт' }).click();
    const dialog = page.getByRole('dialog', { name: 'Импорт организаций' });
    await dialog.waitFor();
    const bad = [header, `${target.name};МБОУ «Импорт-ошибка ${stamp}»;Общеобразовательная организация;12345`].join('\r\n');
    await dialog.locator('input[type=file]').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    const error_row = dialog.locator('.ant-table-tbody tr.ant-table-row').first();
    await error_row.waitFor();
    const error_text = await error_row.innerText();
    assert.match(error_text, /^2\b/);
    assert.match(error_text, /ИНН/);
    assert.match(error_text, /10 цифр/);
    await dialog.getByText('Ничего не загружено', { exact: false }).waitFor();
    await Screenshot(page, '08-import-errors');

    await dialog.getByRole('button', { name: 'Выбрать другой файл' }).click();
    const good = [
      header,
      `${target.name};МБОУ «Импорт-один ${stamp}»;Общеобразовательная организация;${FreshInn()}`,
      `${target.name};МБДОУ «Импорт-два ${stamp}»;Дошкольная образовательная организация;`,
    ].join('\r\n');
    await dialog.locator('input[type=file]').setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await dialog.getByText('будет добавлено 2', { exact: false }).waitFor();
    assert.equal(await dialog.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: 'Будет добавлена' }).count(), 2);
    // The preview saved nothing.
    const unchanged = (await (await page.request.get('/api/v1/organisations', { params: { municipality: target.id, size: 1 } })).json()) as {
      total: number;
    };
    assert.equal(unchanged.total, before_total);
    await Screenshot(page, '09-import-preview');
    await dialog.getByRole('button', { name: 'Загрузить' }).click();
    await page.getByText('Добавлено организаций: 2', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Хорошо' }).click();
    await page.waitForFunction(
      (expected) => document.querySelector('[data-testid=registry-total]')?.textContent?.trim() === `Всего: ${expected}`,
      before_total + 2,
    );
  });

  test('export to Excel downloads an XLSX file of the filtered registry', async () => {
    await page.goto(`/app/organisations?municipality=${tree[1].id}`);
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Экспорт в Excel' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.xlsx$/);
    const file = await download.path();
    const bytes = readFileSync(file);
    assert.ok(bytes.length > 100);
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK');
  });

  test('the audit log shows the creation as «поле: было → стало»', async () => {
    assert.ok(created);
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Журнал аудита' }).click();
    await page.waitForURL('**/app/audit');
    await Choose(page, page.getByRole('combobox', { name: 'Действие' }), 'Создание');
    const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: created.name });
    await row.first().waitFor();
    const text = await row.first().innerText();
    assert.match(text, /admin/);
    assert.match(text, new RegExp(`ИНН: пусто → ${created.inn}`));
    await Screenshot(page, '10-audit');
  });

  test('deleting an organisation asks for confirmation and removes it', async () => {
    assert.ok(created);
    await page.goto(`/app/organisations/${created.id}`);
    await page.getByRole('button', { name: 'Удалить' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Удалить' }).click();
    await page.waitForURL(`**/app/organisations?municipality=${tree[1].id}`);
    const gone = await page.request.get(`/api/v1/organisations/${created.id}`);
    assert.equal(gone.status(), 404);
  });

  test('logout ends the session', async () => {
    await Logout(page);
    await page.goto('/app/organisations');
    await page.waitForURL('**/login?**');
    const me = await page.request.get('/api/v1/auth/me');
    assert.equal(me.status(), 401);
  });

  test('a municipal coordinator sees only the own municipality’s organisations', async () => {
    await Login(page, 'coord');
    await page.waitForURL('**/app/territory');
    const header = await page.getByTestId('current-user').innerText();
    const own_tree = (await (await page.request.get('/api/v1/territory/tree')).json()) as {
      regions: { municipalities: TreeMunicipality[] }[];
    };
    const visible = own_tree.regions.flatMap((r) => r.municipalities);
    assert.equal(visible.length, 1, 'a coordinator’s tree holds only the own municipality');
    const own = visible[0];
    assert.ok(header.includes(own.name), `the header names the coordinator's municipality: ${header}`);
    const other = tree.find((m) => m.id !== own.id && m.organisation_count > 0);
    assert.ok(other);

    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Организации' }).click();
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    assert.equal(await RegistryTotal(page), own.organisation_count);
    assert.deepEqual([...new Set(await RegistryMunicipalities(page))], [own.name]);
    await Screenshot(page, '11-coordinator-registry');

    // Asking for another municipality by address shows nothing of it.
    await page.goto(`/app/organisations?municipality=${other.id}`);
    await page.locator('.ant-table-tbody tr.ant-table-row, .ant-table-placeholder, .ant-alert-error').first().waitFor();
    await page.waitForLoadState('networkidle');
    const rows = await RegistryMunicipalities(page);
    assert.ok(!rows.includes(other.name), `rows of ${other.name} leaked: ${rows.length}`);

    // Nor does an organisation card of another municipality open (its id is looked up as the admin).
    await Logout(page);
    await Login(page, 'admin');
    await page.waitForURL('**/app/territory');
    const other_list = (await (await page.request.get('/api/v1/organisations', { params: { municipality: other.id, size: 1 } })).json()) as {
      items: { id: number }[];
    };
    const foreign_id = other_list.items[0].id;
    await Logout(page);
    await Login(page, 'coord');
    await page.waitForURL('**/app/territory');
    await page.goto(`/app/organisations/${foreign_id}`);
    await page.getByText('Организация не найдена или недоступна').waitFor();
    await Screenshot(page, '12-coordinator-foreign-card');
    await Logout(page);
  });

  test('documents: a coordinator registers a document, attaches a file and downloads it', async () => {
    await Login(page, 'coord');
    await page.waitForURL('**/app/territory');
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Документы' }).click();
    await page.waitForURL('**/app/documents');
    await page.getByRole('heading', { name: 'Документы', level: 2 }).waitFor();

    const stamp = Date.now() % 100000;
    const number = `${stamp}-о`;
    const title = `Об утверждении плана методической работы на 2026/2027 учебный год (${stamp})`;
    const issuer = 'Управление образования администрации г. Благовещенска';
    await page.getByRole('button', { name: 'Зарегистрировать документ' }).click();
    const dialog = page.getByRole('dialog', { name: 'Регистрация документа' });
    await dialog.waitFor();
    // A coordinator registers documents of the own municipality: it comes preselected.
    assert.match(await dialog.locator('.ant-form-item').filter({ has: page.locator('#document_place') }).innerText(), /г\. Благовещенск/);
    await Choose(page, dialog.getByLabel('Вид документа'), 'Приказ (распоряжение)');
    await dialog.getByLabel('Номер').fill(number);
    const date = dialog.getByLabel('Дата');
    await date.click();
    await date.fill('20.11.2026');
    await date.press('Enter');
    await dialog.getByLabel('Заголовок').fill(title);
    await dialog.getByLabel('Кем издан').fill(issuer);
    await Screenshot(page, '13-document-new');
    await dialog.getByRole('button', { name: 'Зарегистрировать' }).click();
    await page.waitForURL(/\/app\/documents\/\d+$/);
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    await page.getByRole('heading', { name: title }).waitFor();
    const stored = (await (await page.request.get(`/api/v1/documents/${id}`)).json()) as {
      kind: string;
      number: string;
      date: string;
      municipality_id: number | null;
    };
    assert.equal(stored.kind, 'directive');
    assert.equal(stored.number, number);
    assert.equal(stored.date, '2026-11-20');
    assert.ok(stored.municipality_id, 'the document belongs to the coordinator’s municipality');

    // The registry lists it with the date as ДД.ММ.ГГГГ, and the title opens the card.
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Документы' }).click();
    await page.waitForURL('**/app/documents');
    const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: title });
    await row.waitFor();
    const row_text = await row.innerText();
    assert.match(row_text, /Приказ \(распоряжение\)/);
    assert.match(row_text, new RegExp(number));
    assert.match(row_text, /20\.11\.2026/);
    assert.match(row_text, new RegExp(issuer.replace(/[.()]/g, '\\$&')));
    await Screenshot(page, '14-documents-registry');
    await row.getByRole('link', { name: title }).click();
    await page.waitForURL(`**/app/documents/${id}`);
    const card = page.locator('.ant-descriptions');
    await card.waitFor();
    const card_text = await card.innerText();
    assert.match(card_text, new RegExp(`№ ${number} от 20\\.11\\.2026`));
    assert.match(card_text, new RegExp(issuer.replace(/[.()]/g, '\\$&')));
    assert.match(card_text, /Чей документ\s+г\. Благовещенск/);

    // A small text file becomes an attachment with its size, and downloads byte for byte.
    const content = Buffer.from(`План методической работы (${stamp})\nРаздел 1. Цели и задачи.\n`, 'utf8');
    const file_name = `План работы ${stamp}.txt`;
    await page.locator('input[type=file]').setInputFiles({ name: file_name, mimeType: 'text/plain', buffer: content });
    const attachment = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: file_name });
    await attachment.waitFor();
    const size_text = await attachment.locator('td').nth(1).innerText();
    assert.equal(size_text.trim(), `${content.length} Б`);
    await Screenshot(page, '15-document-card');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      attachment.getByRole('button', { name: 'Скачать' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), file_name);
    assert.deepEqual(readFileSync(await download.path()), content);
    await Logout(page);

    // Another municipality's coordinator neither sees it in the registry nor opens its card.
    await Login(page, 'coord2');
    await page.waitForURL('**/app/territory');
    const list = (await (await page.request.get('/api/v1/documents', { params: { q: number } })).json()) as { total: number };
    assert.equal(list.total, 0);
    await page.goto(`/app/documents/${id}`);
    await page.getByText('Документ не найден или недоступен').waitFor();
    assert.equal(await page.getByText(title).count(), 0, 'nothing of the document is shown');
    await Screenshot(page, '16-document-foreign');
    await Logout(page);
  });

  test('structures: the admin filters by block, adds, edits and deletes a municipal structure; edits a municipality', async () => {
    await Login(page, 'admin');
    await page.waitForURL('**/app/territory');
    const nav = page.getByRole('navigation', { name: 'Разделы' });
    await nav.getByRole('link', { name: 'Структуры' }).click();
    await page.waitForURL('**/app/structures');
    await page.getByRole('heading', { name: 'Структуры', level: 2 }).waitFor();
    await page.getByText('Три уровня и семь блоков организационно-функциональной модели, приказ № 696, прил. 1, п. 3.4').waitFor();
    await Choose(page, page.getByRole('combobox', { name: 'Блок', exact: true }), '4. Объединения педагогов');
    await page.waitForURL(/[?&]block=4\b/);
    const listed = (await (await page.request.get('/api/v1/structures', { params: { block: 4, size: 1 } })).json()) as { total: number };
    assert.ok(listed.total > 0, 'the demo region has structures of block 4');
    await page.waitForFunction(
      (expected) => document.querySelector('[data-testid=structures-total]')?.textContent?.trim() === `Всего: ${expected}`,
      listed.total,
    );
    const blocks = await page.locator('.ant-table-tbody tr.ant-table-row td:nth-child(3)').allInnerTexts();
    assert.deepEqual([...new Set(blocks)], ['4. Объединения педагогов']);
    await Settled(page);
    await Screenshot(page, '17-structures');

    // The export of the filtered list is an XLSX file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Экспорт в Excel' }).click()]);
    assert.match(download.suggestedFilename(), /\.xlsx$/);
    assert.equal(readFileSync(await download.path()).subarray(0, 2).toString('latin1'), 'PK');

    const stamp = Date.now() % 100000;
    const name = `ММО учителей физики ${stamp}`;
    await page.getByRole('button', { name: 'Добавить структуру' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новая структура' });
    await dialog.waitFor();
    await dialog.getByLabel('Наименование').fill(name);
    await Choose(page, dialog.getByLabel('Уровень'), 'Муниципальный');
    await Choose(page, dialog.getByLabel('Вид структуры'), /^Методическое объединение$/);
    await Choose(page, dialog.getByLabel('Блок организационно-функциональной модели'), '4. Объединения педагогов');
    // A municipal structure without its municipality is refused under the field.
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await FieldErrors(page, 'structure_municipality_id').filter({ hasText: 'Структура муниципального уровня относится к муниципалитету' }).waitFor();
    await Screenshot(page, '18-structure-needs-municipality');
    await Choose(page, dialog.getByLabel('Муниципальное образование'), 'г. Благовещенск');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: name });
    await row.waitFor();
    const row_text = await row.innerText();
    assert.match(row_text, /Муниципальный/);
    assert.match(row_text, /4\. Объединения педагогов/);
    assert.match(row_text, /\tМетодическое объединение\t/);
    assert.match(row_text, /г\. Благовещенск/);
    const stored = (
      (await (await page.request.get('/api/v1/structures', { params: { block: 4, size: 500 } })).json()) as {
        items: { id: number; name: string; level: string; block: number; kind: string; municipality_id: number | null }[];
      }
    ).items.find((s) => s.name === name);
    assert.ok(stored, 'the structure was saved');
    assert.equal(stored.level, 'municipal');
    assert.equal(stored.block, 4);
    assert.equal(stored.kind, 'methodological_union');
    assert.ok(stored.municipality_id);
    await Settled(page);
    await Screenshot(page, '19-structure-added');

    const renamed = `${name} и астрономии`;
    await row.getByRole('button', { name: `Изменить: ${name}` }).click();
    const edit = page.getByRole('dialog', { name: 'Изменение структуры' });
    await edit.waitFor();
    assert.equal(await edit.getByLabel('Наименование').inputValue(), name);
    await edit.getByLabel('Наименование').fill(renamed);
    await edit.getByRole('button', { name: 'Сохранить' }).click();
    await edit.waitFor({ state: 'hidden' });
    const renamed_row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: renamed });
    await renamed_row.waitFor();
    const after_edit = (await (await page.request.get(`/api/v1/structures/${stored.id}`)).json()) as { name: string; block: number };
    assert.equal(after_edit.name, renamed);
    assert.equal(after_edit.block, 4);

    await renamed_row.getByRole('button', { name: `Удалить: ${renamed}` }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Удалить' }).click();
    await renamed_row.waitFor({ state: 'detached' });
    assert.equal((await page.request.get(`/api/v1/structures/${stored.id}`)).status(), 404);

    // The regional admin sets a municipality's form of methodological service in the tree.
    await nav.getByRole('link', { name: 'Территория' }).click();
    await page.waitForURL('**/app/territory');
    const city = tree.find((m) => m.name === 'г. Благовещенск');
    assert.ok(city);
    await page.getByTestId(`municipality-${city.id}`).getByRole('button', { name: `Изменить: ${city.name}` }).click();
    const municipality = page.getByRole('dialog', { name: 'Изменение муниципального образования' });
    await municipality.waitFor();
    assert.equal(await municipality.getByLabel('Наименование').inputValue(), city.name);
    const current = (await (await page.request.get(`/api/v1/territory/municipalities/${city.id}`)).json()) as {
      method_service_kind: string | null;
    };
    const [wanted_code, wanted_title] =
      current.method_service_kind === 'methodological_centre'
        ? ['district_cabinet', 'Районный методический кабинет (РМК)']
        : ['methodological_centre', 'Методический центр'];
    // The field may already hold a value, whose text covers the search input: open it by its frame.
    await municipality.locator('.ant-form-item').filter({ has: page.locator('#municipality_method_service_kind') }).locator('.ant-select-selector').click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .filter({ hasText: new RegExp(`^${wanted_title.replace(/[()]/g, '\\$&')}$`) })
      .click();
    await municipality.getByRole('button', { name: 'Сохранить' }).click();
    await municipality.waitFor({ state: 'hidden' });
    await page.getByTestId(`municipality-service-${city.id}`).filter({ hasText: wanted_title }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/app/territory', 'the edit button does not open the registry');
    const saved = (await (await page.request.get(`/api/v1/territory/municipalities/${city.id}`)).json()) as {
      method_service_kind: string | null;
    };
    assert.equal(saved.method_service_kind, wanted_code);
    await Settled(page);
    await Screenshot(page, '20-territory-method-service');
    await Logout(page);
  });

  test('no console errors or uncaught exceptions on any page', () => {
    assert.deepEqual(browser.problems, []);
  });
});
