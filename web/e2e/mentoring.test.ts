// Наставничество in a browser (issue 7, 003 §App2): a coordinator opens the optimal proposal for her municipality,
// accepts it by one directive, the pairs appear with the directive and coverage reaches the 100 % target.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { LaunchBrowser, Screenshot, type TestBrowser } from './browser.ts';
import { LogIn } from './session.ts';
import { StartServer, type TestServer } from './server.ts';

/** Today as the date pickers show it. */
function Today(): string {
  const d = new Date();
  return `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
}

async function PickDate(page: Page, id: string, text: string): Promise<void> {
  const input = page.locator(`#${id}`);
  await input.click();
  await input.fill(text);
  // Tab, not Enter: Enter in the last field would submit the form before the button is pressed.
  await input.press('Tab');
}

describe('Наставничество in a browser', { concurrency: 1 }, () => {
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

  test('003 §App2 3.1, 3.5: the proposal for a municipality is accepted by a directive and coverage reaches 100 %', async () => {
    await LogIn(page, 'coord');
    await page.getByRole('menuitem', { name: 'Наставничество' }).click();
    await page.waitForURL('**/app/mentoring**');
    const coverage = page.getByTestId('coverage');
    await coverage.waitFor();
    assert.match(await page.getByTestId('coverage-share').innerText(), /^0 %$/);
    await page.getByRole('button', { name: 'Предложить наставников' }).click();
    const proposal = page.locator('.ant-card', { hasText: 'Предложение:' });
    await proposal.waitFor();
    const title = await proposal.locator('.ant-card-head-title').innerText();
    const [, proposed, considered] = /Предложение: (\d+) пар из (\d+)/.exec(title) ?? [];
    assert.ok(Number(proposed) > 0, title);
    assert.equal(proposed, considered, 'every young specialist of the demo municipality gets a mentor');
    await page.locator('#council_protocol').fill('3');
    await PickDate(page, 'council_date', Today());
    await PickDate(page, 'consent_on', Today());
    await page.locator('#directive_number').fill('45-н');
    await PickDate(page, 'directive_on', Today());
    await Screenshot(page, 'mentoring-01-proposal');
    await proposal.getByRole('button', { name: `Закрепить выбранные пары (${proposed})` }).click();
    await page.getByText(`Закреплено пар: ${proposed} (приказ № 45-н)`).waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="coverage-share"]')?.textContent?.trim() === '100 %');
    const pairs = page.locator('.ant-card', { hasText: 'Наставнические пары' });
    const first = pairs.locator('tbody tr').first();
    assert.match(await first.innerText(), /Действует[\s\S]*№ 45-н от/);
    await Screenshot(page, 'mentoring-02-covered');
  });

  test('no console errors or uncaught exceptions on any page', () => {
    assert.deepEqual(browser.problems, []);
  });
});
