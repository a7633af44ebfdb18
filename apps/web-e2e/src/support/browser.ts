import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';

export const BASE_URL = (): string => {
  const url = process.env['E2E_BASE_URL'];
  if (!url) throw new Error('E2E_BASE_URL is not set (global setup did not run)');
  return url;
};

export const DEMO_PASSWORD = 'KoKo-Demo-2026!';
export const DEMO = {
  admin: 'admin@koko-campus.example',
  trainer: 'trainerin@koko-campus.example',
  participant: 'anna.mueller@bielefeld.example',
  evaluation: 'evaluation@koko-campus.example',
} as const;

/** Debian's chromium, headless, without any network beyond this machine; `extraArgs` e.g. for a fake camera. */
export function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

export async function newPage(browser: Browser, options: { locale?: string; phone?: boolean; timezoneId?: string } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: BASE_URL(),
    locale: options.locale ?? 'de-DE',
    timezoneId: options.timezoneId ?? 'Europe/Berlin',
    viewport: options.phone ? { width: 390, height: 844 } : { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  return { context, page };
}

/** WCAG 2.1 AA rules of axe-core; the test fails on any violation. */
/** Waits until running animations (dialogs opening, snack bars fading in) have finished. */
export async function settle(page: Page): Promise<void> {
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 3000 })
    .catch(() => undefined);
  await page.waitForTimeout(150);
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Check what users see once it has settled: a snack bar fading in has, for a moment, low contrast
  // and Material's announcement wrapper still hidden from assistive technology.
  await settle(page);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/anmelden');
  await page.getByTestId('signin-email').fill(email);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
}

/** Reads the newest captured mail to the address through /dev/mail, signed in as admin in its own context. */
export async function readMail(browser: Browser, recipient: string, subject: RegExp): Promise<string> {
  const { context, page } = await newPage(browser);
  try {
    await signIn(page, DEMO.admin);
    await page.getByTestId('home-heading').waitFor();
    for (let attempt = 0; attempt < 40; attempt++) {
      await page.goto(`/dev/mail?to=${encodeURIComponent(recipient)}`);
      const link = page.getByTestId('dev-mail-link').filter({ hasText: subject }).first();
      if (await link.count()) {
        await link.click();
        return (await page.getByTestId('dev-mail-text').textContent()) ?? '';
      }
      await page.waitForTimeout(250);
    }
    throw new Error(`No mail to ${recipient} matching ${subject}`);
  } finally {
    await context.close();
  }
}

export function linkFrom(text: string): string {
  const match = /https?:\/\/\S+token=[A-Za-z0-9_-]+/.exec(text);
  if (!match) throw new Error(`No link in mail:\n${text}`);
  return new URL(match[0]).pathname + new URL(match[0]).search;
}
