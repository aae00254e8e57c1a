// What the browser flows share: signing in as a demo user and reading the text of a downloaded DOCX.
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';

/** The password of every demo user (`metodset demo`). */
export const kDemoPassword = 'Demo-2026';

/** Signs in through the login form from no session at all and waits for the application's pages. */
export async function LogIn(page: Page, login: string, password = kDemoPassword): Promise<void> {
  // A flow that failed half-way may leave a session behind: start every login from none.
  await page.context().clearCookies();
  await page.goto('/login');
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Пароль', { exact: true }).fill(password);
  await page.locator('form').getByRole('button', { name: 'Войти' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/app/'));
}

/** The text of a DOCX body: a paragraph or a table row per line, the cells of a row separated by tabs. */
export async function DocxText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  assert.ok(xml, 'the DOCX has word/document.xml');
  return xml
    .replace(/>\s+</g, '><')
    .replace(/<\/w:p><\/w:tc>/g, '\t')
    .replace(/<\/w:tr>/g, '\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<w:br\/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
