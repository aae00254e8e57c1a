// The browser flows of the people registry (issue 3): registry filters, the card as of a date, the
// whole-card form, import with progress, a teacher's own profile — against the real server.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { request, type APIRequestContext, type Locator, type Page } from 'playwright-core';
import { LaunchBrowser, Screenshot, type TestBrowser } from './browser.ts';
import { StartServer, type TestServer } from './server.ts';

const kPassword = 'Demo-2026';

interface Organisation {
  id: number;
  name: string;
  short_name: string;
  inn: string | null;
}

async function Login(page: Page, login: string): Promise<void> {
  // A flow that failed half-way may leave a session behind: start every login from none.
  await page.context().clearCookies();
  await page.goto('/login');
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Пароль', { exact: true }).fill(kPassword);
  await page.locator('form').getByRole('button', { name: 'Войти' }).click();
}

async function Logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Выйти' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.waitForLoadState('networkidle');
}

/** An API session of its own (not the browser's cookies), sending the CSRF header on every request. */
async function ApiSession(base_url: string, login: string): Promise<{ api: APIRequestContext; user: { person_id: number | null; grants: { scope: string }[] } }> {
  const anonymous = await request.newContext({ baseURL: base_url });
  const answer = await anonymous.post('/api/v1/auth/login', { data: { login, password: kPassword } });
  assert.equal(answer.status(), 200, `login ${login}`);
  const session = (await answer.json()) as { csrf_token: string; user: { person_id: number | null; grants: { scope: string }[] } };
  const api = await request.newContext({
    baseURL: base_url,
    extraHTTPHeaders: { 'X-CSRF-Token': session.csrf_token },
    storageState: await anonymous.storageState(),
  });
  await anonymous.dispose();
  return { api, user: session.user };
}

/** Picks an option of an antd Select opened by clicking `select`. */
async function Choose(page: Page, select: Locator, option_title: string | RegExp): Promise<void> {
  await select.click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: option_title }).first().click();
}

/** Types a date into an antd DatePicker as ДД.ММ.ГГГГ. */
async function TypeDate(page: Page, input: Locator, text: string): Promise<void> {
  await input.click();
  await input.fill(text);
  // Enter takes the typed date and closes the panel (Escape would close the whole dialog).
  await input.press('Enter');
  await page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').waitFor({ state: 'hidden' });
}

/**
 * Starts noting whether an element with the test id ever appears: the progress of a small file's job lasts a
 * moment, too short for a locator to wait on. The returned function tells whether it appeared since.
 */
async function WatchAppearance(page: Page, testid: string): Promise<() => Promise<boolean>> {
  await page.evaluate((id) => {
    const seen = ((window as unknown as { __seen?: Record<string, boolean> }).__seen ??= {});
    seen[id] = false;
    const selector = `[data-testid="${id}"]`;
    const observer = new MutationObserver(() => {
      if (document.querySelector(selector)) {
        seen[id] = true;
        observer.disconnect();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
  }, testid);
  return () => page.evaluate((id) => (window as unknown as { __seen: Record<string, boolean> }).__seen[id] === true, testid);
}

function FieldErrors(page: Page, id: string): Locator {
  return page.locator('.ant-form-item').filter({ has: page.locator(`#${id}`) }).locator('.ant-form-item-explain-error');
}

async function RegistryTotal(page: Page): Promise<number> {
  const text = await page.getByTestId('registry-total').innerText();
  return Number(text.replace(/\D/g, ''));
}

function PersonBody(last: string, first: string, middle: string, birth: string, organisation_id: number, category?: { code: string; on: string }) {
  return {
    last_name: last,
    first_name: first,
    middle_name: middle,
    birth_date: birth,
    email: null,
    phone: null,
    employments: [
      { organisation_id, position: 'teacher', subjects: ['mathematics'], is_main: true, pedagogical: true, started_on: '2019-09-01', ended_on: null },
    ],
    educations: [{ level: 'bachelor', pedagogical: true, institution: 'Благовещенский государственный педагогический университет', speciality: 'Математика', graduated_year: 2019 }],
    categories: category ? [{ category: category.code, awarded_on: category.on, directive: '№ 1 от 01.03.2022' }] : [],
    courses: [{ programme: 'Функциональная грамотность', provider: 'АмИРО', hours: 36, started_on: '2024-03-01', ended_on: '2024-03-20' }],
    achievements: [],
    consents: [{ purpose: 'processing', form: 'written', given_on: '2019-09-01', withdrawn_on: null, document_id: null }],
  };
}

describe('Педагоги in a browser', { concurrency: 1 }, () => {
  let server: TestServer;
  let browser: TestBrowser;
  let page: Page;
  let admin: APIRequestContext;
  let organisations: Organisation[] = [];
  // Names admit letters, hyphens and spaces only: the run's stamp is spelled in letters.
  const stamp = [...String(Date.now() % 100000).padStart(5, '0')].map((d, i) => (i ? 'абвгдежзик' : 'АБВГДЕЖЗИК')[Number(d)]).join('');
  const people: Record<string, number> = {};

  before(async () => {
    server = await StartServer();
    browser = await LaunchBrowser(server.base_url);
    page = await browser.NewPage();
    admin = (await ApiSession(server.base_url, 'admin')).api;
    const coord = await ApiSession(server.base_url, 'coord');
    const municipality = Number(coord.user.grants[0].scope.split(':')[1]);
    await coord.api.dispose();
    const list = (await (await admin.get('/api/v1/organisations', { params: { municipality, size: 50 } })).json()) as { items: Organisation[] };
    organisations = list.items.filter((o) => o.inn);
    assert.ok(organisations.length >= 2, 'the coordinator’s municipality has organisations with an INN');
    const create = async (key: string, body: ReturnType<typeof PersonBody>) => {
      const answer = await admin.post('/api/v1/people', { data: body });
      assert.equal(answer.status(), 201, `create ${key}: ${await answer.text()}`);
      people[key] = ((await answer.json()) as { id: number }).id;
    };
    await create('first', PersonBody(`Проверкина-${stamp}`, 'Анна', 'Сергеевна', '1995-04-10', organisations[0].id, { code: 'first', on: '2022-03-01' }));
    await create('none', PersonBody(`Проверкина-${stamp}`, 'Берта', 'Ивановна', '1980-01-15', organisations[0].id));
    await create('other', PersonBody(`Проверкина-${stamp}`, 'Вера', 'Павловна', '1990-07-07', organisations[1].id, { code: 'first', on: '2022-03-01' }));
  });

  after(async () => {
    await admin?.dispose();
    await browser?.close();
    await server?.stop();
  });

  test('a coordinator filters the registry by organisation and category and opens a card', async () => {
    await Login(page, 'coord');
    await page.waitForURL('**/app/territory');
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Педагоги' }).click();
    await page.waitForURL('**/app/people');
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    const organisation = organisations[0];
    await Choose(page, page.getByTestId('filter-organisation'), organisation.short_name || organisation.name);
    await Choose(page, page.getByTestId('filter-category'), 'Первая');
    await page.waitForURL((url) => url.searchParams.get('organisation') === String(organisation.id) && url.searchParams.get('category') === 'first');
    // The table shows the previous answer until the filtered one arrives.
    await page.waitForFunction(
      (title) => {
        const rows = Array.from(document.querySelectorAll('.ant-table-tbody tr.ant-table-row'));
        return rows.length > 0 && rows.every((r) => r.textContent?.includes(title) && r.textContent.includes('Первая'));
      },
      organisation.short_name || organisation.name,
    );
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    const texts = await rows.allInnerTexts();
    assert.ok(texts.length > 0);
    for (const row of texts) {
      assert.ok(row.includes(organisation.short_name || organisation.name), `row of another organisation: ${row}`);
      assert.match(row, /Первая\s+до \d\d\.\d\d\.\d{4}/);
    }
    assert.ok(texts.some((r) => r.includes(`Проверкина-${stamp} Анна`)), 'the person with the first category is listed');
    assert.ok(!texts.some((r) => r.includes(`Проверкина-${stamp} Берта`)), 'the person without a category is not');
    assert.ok(!texts.some((r) => r.includes(`Проверкина-${stamp} Вера`)), 'the person of another organisation is not');
    const expected = (await (await page.request.get('/api/v1/people', { params: { organisation: organisation.id, category: 'first', size: 1 } })).json()) as { total: number };
    assert.equal(await RegistryTotal(page), expected.total);
    await Screenshot(page, 'people-01-registry-filtered');

    // The filters survive a reload: they live in the address.
    await page.reload();
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    assert.equal(await RegistryTotal(page), expected.total);

    await page.getByRole('link', { name: `Проверкина-${stamp} Анна Сергеевна` }).click();
    await page.waitForURL(`**/app/people/${people.first}`);
    await page.getByRole('heading', { name: `Проверкина-${stamp} Анна Сергеевна` }).waitFor();
  });

  test('changing «Состояние на дату» recomputes the derived facts', async () => {
    const facts = page.getByTestId('derived-facts');
    // The first category awarded on 01.03.2022 is in force through 28.02.2027.
    await facts.getByText('Первая до 28.02.2027').waitFor();
    const experience_before = await page.getByTestId('section-experience').innerText();
    await Screenshot(page, 'people-02-card-today');
    await TypeDate(page, page.getByTestId('on-date').locator('input'), '01.06.2027');
    await page.waitForURL((url) => url.searchParams.get('on') === '2027-06-01');
    await facts.getByText('Без категории (истекла 01.03.2027)').waitFor();
    const experience_after = await page.getByTestId('section-experience').innerText();
    assert.notEqual(experience_after, experience_before, 'the experience grows with the date');
    assert.match(experience_after, /Стаж на 01\.06\.2027/);
    await page.getByTestId('person-statuses').getByText('Аттестация').waitFor();
    await Screenshot(page, 'people-03-card-2027');
  });

  test('adding a person: a missing date is refused under the field, a duplicate is warned of, then saved', async () => {
    await page.goto(`/app/people?organisation=${organisations[0].id}`);
    await page.getByRole('button', { name: 'Добавить педагога' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новый педагог' });
    await dialog.waitFor();
    await dialog.locator('#person_last_name').fill(`Проверкина-${stamp}`);
    await dialog.locator('#person_first_name').fill('Анна');
    await dialog.locator('#person_middle_name').fill('Сергеевна');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await FieldErrors(page, 'person_birth_date').filter({ hasText: 'Укажите дату рождения' }).waitFor();
    await FieldErrors(page, 'person_employments_0_position').filter({ hasText: 'Укажите должность' }).waitFor();
    await Screenshot(page, 'people-04-form-errors');

    // The same ФИО and date of birth as an existing card: the form warns while typing.
    await TypeDate(page, dialog.locator('#person_birth_date'), '10.04.1995');
    await dialog.getByTestId('duplicate-warning').waitFor();
    await Screenshot(page, 'people-05-duplicate-warning');

    await dialog.locator('#person_first_name').fill('Галина');
    await dialog.getByTestId('duplicate-warning').waitFor({ state: 'detached' });
    await Choose(page, dialog.locator('#person_employments_0_position'), 'Учитель');
    await TypeDate(page, dialog.locator('#person_employments_0_started_on'), '01.09.2024');
    await TypeDate(page, dialog.locator('#person_consents_0_given_on'), '01.09.2024');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await page.waitForURL(/\/app\/people\/\d+$/);
    await page.getByRole('heading', { name: `Проверкина-${stamp} Галина Сергеевна` }).waitFor();
    await page.getByTestId('person-statuses').getByText('Молодой специалист').waitFor();
    await Screenshot(page, 'people-06-created');
  });

  test('import: a CSV is checked with progress and a preview, then loaded', async () => {
    const header = [
      'Фамилия', 'Имя', 'Отчество', 'Дата рождения', 'E-mail', 'Телефон', 'ИНН организации', 'Должность',
      'Предметы (через «;»)', 'Основное место работы (да/нет)', 'Дата приёма', 'Начало педагогической деятельности',
      'Уровень образования', 'Педагогическое образование (да/нет)', 'Образовательная организация (вуз, колледж)',
      'Год окончания', 'Квалификационная категория', 'Дата присвоения категории', 'Приказ о присвоении категории',
      'Курсы ПК: программа', 'Курсы ПК: часы', 'Курсы ПК: дата окончания',
    ];
    const inn = organisations[0].inn as string;
    const row = (first: string) =>
      [`Импортова-${stamp}`, first, 'Петровна', '12.05.1988', '', '', inn, 'Учитель', 'Математика', 'да', '01.09.2015', '01.09.2015',
        '', '', '', '', 'Первая', '15.02.2023', '', '', '', ''].map((v) => `"${v}"`).join(';');
    const csv = ['\uFEFF' + header.map((h) => `"${h}"`).join(';'), row('Дарья'), row('Елена')].join('\r\n');

    await page.goto('/app/people');
    await page.getByRole('button', { name: 'Загрузить из файла' }).click();
    const dialog = page.getByRole('dialog', { name: 'Загрузка педагогов из файла' });
    await dialog.waitFor();
    const check_progress = await WatchAppearance(page, 'import-progress');
    await dialog.locator('input[type=file]').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await dialog.getByTestId('import-preview').filter({ hasText: 'будет добавлено 2' }).waitFor({ timeout: 30_000 });
    assert.ok(await check_progress(), 'the check showed its progress');
    assert.equal(await dialog.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: 'Будет добавлен' }).count(), 2);
    const nothing = (await (await page.request.get('/api/v1/people', { params: { q: `Импортова-${stamp}`, size: 1 } })).json()) as { total: number };
    assert.equal(nothing.total, 0, 'the preview saved nothing');
    await Screenshot(page, 'people-07-import-preview');
    const load_progress = await WatchAppearance(page, 'import-progress');
    await dialog.getByRole('button', { name: 'Загрузить' }).click();
    await dialog.getByTestId('import-result').filter({ hasText: 'Добавлено педагогов: 2' }).waitFor({ timeout: 30_000 });
    assert.ok(await load_progress(), 'the load showed its progress');
    await Screenshot(page, 'people-08-import-done');
    await dialog.getByRole('button', { name: 'Закрыть' }).click();
    const loaded = (await (await page.request.get('/api/v1/people', { params: { q: `Импортова-${stamp}`, size: 1 } })).json()) as { total: number };
    assert.equal(loaded.total, 2);

    // The same file again changes nothing.
    await page.getByRole('button', { name: 'Загрузить из файла' }).click();
    await dialog.locator('input[type=file]').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await dialog.getByTestId('import-preview').filter({ hasText: 'без изменений 2' }).waitFor({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Отмена' }).click();
    await Logout(page);
  });

  test('a teacher sees the own profile and edits the phone', async () => {
    await Login(page, 'teacher');
    await page.waitForURL('**/app/profile');
    const nav = await page.getByRole('navigation', { name: 'Разделы' }).getByRole('menuitem').allInnerTexts();
    assert.ok(nav.includes('Мой профиль'));
    assert.ok(!nav.includes('Педагоги'), 'a teacher does not read the registry');
    // The demo links the teacher to a card: a 404 here is a failure, not an unlinked profile.
    const me = await page.request.get('/api/v1/people/me');
    assert.equal(me.status(), 200, `GET /api/v1/people/me: ${await me.text()}`);
    const person = (await me.json()) as { last_name: string; first_name: string };
    await page.getByRole('heading', { name: 'Мой профиль' }).waitFor();
    await page.getByText(`${person.last_name} ${person.first_name}`, { exact: false }).first().waitFor();
    await page.getByTestId('section-experience').waitFor();
    await page.getByRole('button', { name: 'Изменить контакты' }).click();
    const dialog = page.getByRole('dialog', { name: 'Контакты' });
    await dialog.locator('#contacts_phone').fill('звоните');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await FieldErrors(page, 'contacts_phone').first().waitFor();
    await dialog.locator('#contacts_phone').fill('+7 (4162) 55-12-34');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByTestId('section-general').getByText('+7 (4162) 55-12-34').waitFor();
    // The dialog fades out after saving: the screenshot waits until it is gone.
    await dialog.waitFor({ state: 'hidden' });
    await Screenshot(page, 'people-09-profile');
    await Logout(page);
  });

  test('no console errors or uncaught exceptions on any page', () => {
    assert.deepEqual(browser.problems, []);
  });
});
