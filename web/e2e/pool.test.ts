// Методический актив in a browser: a coordinator checks a candidate list against 002 §3.2 before nominating.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { LaunchBrowser, Screenshot, type TestBrowser } from './browser.ts';
import { LogIn } from './session.ts';
import { StartServer, type TestServer } from './server.ts';

const kHeader =
  'ФИО;Дата рождения;Место работы;Должность;Предмет;Квалификационная категория;Образование;Стаж по специальности, лет;Критерии';

describe('Методический актив in a browser', { concurrency: 1 }, () => {
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

  test('002 §3.2: a coordinator checks a candidate list and sees each verdict with its reasons', async () => {
    await LogIn(page, 'coord');
    await page.getByRole('menuitem', { name: 'Методический актив' }).click();
    await page.waitForURL('**/app/pool/screen');
    await page.getByRole('radio', { name: /Томской области/ }).check();
    await page.getByText(/Перечень требований \(п\. 3\.2/).click();
    await page.getByText(/Федеральный институт оценки качества образования/).waitFor();
    const csv = [
      kHeader,
      'Петрова Анна Сергеевна;06.05.1980;МАОУ СОШ № 1;учитель;математика;высшая;высшее педагогическое;5;2, 5',
      'Орлова Мария Ивановна;06.05.1980;МАОУ СОШ № 1;учитель;математика;первая;высшее педагогическое;12;1',
      'Иванов Иван Иванович;31.02.1980;МАОУ СОШ № 2;учитель;физика;высшая;высшее педагогическое;7;1',
    ].join('\n');
    await page.locator('input[type=file]').setInputFiles({ name: 'кандидаты.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const result = page.locator('.ant-card', { hasText: 'Результат проверки: кандидаты.csv' });
    await result.waitFor();
    const rows = result.locator('tbody tr');
    assert.equal(await rows.count(), 3);
    assert.match(await rows.nth(0).innerText(), /Петрова Анна Сергеевна[\s\S]*Соответствует[\s\S]*требованиям № 2, 5/);
    assert.match(await rows.nth(1).innerText(), /Не соответствует[\s\S]*первая — требуется высшая/);
    assert.match(await rows.nth(2).innerText(), /Строка не прочитана[\s\S]*31\.02\.1980/);
    await result.getByText('Не соответствуют (1)').click();
    assert.equal(await rows.count(), 1);
    await Screenshot(page, 'pool-01-screen');
  });

  test('a teacher has no such page', async () => {
    await LogIn(page, 'teacher');
    assert.equal(await page.getByRole('menuitem', { name: 'Методический актив' }).count(), 0);
    await page.goto('/app/pool/screen');
    await page.getByText('Страница не найдена').waitFor();
  });

  test('no console errors or uncaught exceptions on any page', () => {
    assert.deepEqual(browser.problems, []);
  });
});
