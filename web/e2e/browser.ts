// Drives Debian's Chromium through playwright-core (no downloaded browser builds) with a fresh profile.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { kWebDir } from './server.ts';

/** Where screenshots of the checked pages go. */
export const kScreenshotDir = path.resolve(kWebDir, '../build/e2e');

const kArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A browser with its own throw-away profile. */
export interface TestBrowser {
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen on any page, for the final «no console errors» check. */
  problems: string[];
  /** Opens a new tab that reports its problems. */
  NewPage: () => Promise<Page>;
  close: () => Promise<void>;
}

// The browser logs every non-2xx answer as a console error; the API's 4xx answers are expected outcomes
// (not logged in, validation, conflicts), so only other console errors count as problems.
function IsExpectedNetworkLog(text: string): boolean {
  return /^Failed to load resource: the server responded with a status of 4\d\d/.test(text);
}

/** Launches Chromium (CHROMIUM_BIN or /usr/bin/chromium) with a fresh user data dir. */
export async function LaunchBrowser(base_url: string): Promise<TestBrowser> {
  mkdirSync(kScreenshotDir, { recursive: true });
  const profile = mkdtempSync(path.join(tmpdir(), 'metodset-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    headless: true,
    args: kArgs,
    baseURL: base_url,
    acceptDownloads: true,
    locale: 'ru-RU',
    timezoneId: 'Asia/Yakutsk',
    viewport: { width: 1440, height: 900 },
  });
  context.setDefaultTimeout(15_000);
  const problems: string[] = [];
  const Watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error' && !IsExpectedNetworkLog(message.text())) {
        problems.push(`console error on ${page.url()}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`uncaught exception on ${page.url()}: ${error.message}`));
  };
  context.pages().forEach(Watch);
  context.on('page', Watch);
  return {
    context,
    problems,
    NewPage: () => context.newPage(),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page screenshot as ../build/e2e/<name>.png. */
export async function Screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(kScreenshotDir, `${name}.png`), fullPage: true });
}
