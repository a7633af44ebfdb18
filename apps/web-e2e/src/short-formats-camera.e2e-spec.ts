import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { DEMO, expectNoAxeViolations, launch, newPage, signIn } from './support/browser';
import { writeQrVideo } from './support/fake-camera';
import { publishedShortFormat, registerAsVisitor } from './support/short-formats';

/** Waits for the scan's result; when it does not come, says what the page shows instead. */
async function scanResult(page: Page, kind: 'done' | 'already'): Promise<string> {
  try {
    await page.locator(`[data-testid="check-in-result"][data-kind="${kind}"]`).waitFor({ timeout: 45_000 });
  } catch (error) {
    const seen = await page.evaluate(() => ({
      scanner: document.querySelector('[data-testid="check-in-scanner"]')?.getAttribute('data-state'),
      status: document.querySelector('[data-testid="scan-status"]')?.textContent?.trim(),
      result: document.querySelector('[data-testid="check-in-result"]')?.textContent?.trim(),
      errors: Array.from(document.querySelectorAll('koko-form-error'), (e) => e.textContent?.trim()).filter(Boolean),
    }));
    throw new Error(`No "${kind}" check-in result; the page shows ${JSON.stringify(seen)}: ${String(error)}`);
  }
  return (await page.getByTestId('check-in-result').textContent()) ?? '';
}

/**
 * Check-in at the door with the phone camera: chromium's fake camera plays a video of the QR code
 * from a confirmed visitor's page; the organiser switches the camera on by keyboard, the scan checks
 * her in, and the camera reading the same code again shows when the first check-in happened. Without
 * a camera the page says so and points to the short code.
 */
describe('short formats: camera check-in', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('an organiser scans the QR code with the camera; a repeat scan shows the first check-in; no camera points to the short code', async () => {
    const startsAt = new Date(Date.now() - 10 * 60_000);
    const id = await publishedShortFormat(
      `Kamera E2E ${Date.now()}`,
      5,
      { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(), registrationClosesAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString() },
      { format: 'IN_PERSON', address: 'Rathaus Kleve, Minoritenplatz 1, 47533 Kleve' },
    );
    const path = await registerAsVisitor(browser, id, 'Kim Kamera', `kamera.${Date.now()}@example.org`);
    const visitor = await newPage(browser);
    await visitor.page.goto(path);
    await visitor.page.getByTestId('link-confirm').click();
    await visitor.page.locator('[data-testid="link-status"][data-state="CONFIRMED"]').waitFor();
    // The QR image's address ends in the token it shows; the fake camera films exactly that code.
    const src = (await visitor.page.getByTestId('link-check-in-qr').getAttribute('src')) ?? '';
    const token = /\/check-in\/([A-Za-z0-9_-]{43})\.png$/.exec(src)?.[1] ?? '';
    expect(token).toHaveLength(43);
    await visitor.context.close();

    // This browser has no camera: the scanner says so and the short-code form is right there.
    const plain = await newPage(browser);
    await signIn(plain.page, DEMO.admin);
    await plain.page.getByTestId('home-heading').waitFor();
    await plain.page.goto(`/verwaltung/kurzformate/${id}`);
    await plain.page.getByTestId('scan-start').click();
    await plain.page.locator('[data-testid="check-in-scanner"]:is([data-state="noCamera"], [data-state="denied"], [data-state="failed"])').waitFor();
    expect(await plain.page.getByTestId('scan-status').textContent()).toContain('Check-in-Code');
    await plain.page.getByTestId('check-in-code').waitFor();
    await expectNoAxeViolations(plain.page);
    await plain.context.close();

    const video = join(mkdtempSync(join(tmpdir(), 'koko-camera-')), 'qr.y4m');
    writeQrVideo(token, video);
    const camera = await launch(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
    try {
      const { page } = await newPage(camera, { phone: true });
      await signIn(page, DEMO.admin);
      await page.getByTestId('home-heading').waitFor();
      await page.goto(`/verwaltung/kurzformate/${id}`);
      // By keyboard: focus the button and press Enter; focus moves to "Kamera ausschalten".
      await page.getByTestId('scan-start').focus();
      await page.keyboard.press('Enter');
      expect(await scanResult(page, 'done')).toContain('Kim Kamera ist eingecheckt.');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('scan-stop');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await expectNoAxeViolations(page);

      // The code is still in front of the camera: once the pause is over it is read again.
      expect(await scanResult(page, 'already')).toContain('Kim Kamera wurde bereits am');
      const row = page.locator('tr[data-testid^="registration-row-"]', { hasText: 'Kim Kamera' });
      const registrationId = ((await row.getAttribute('data-testid')) ?? '').replace('registration-row-', '');
      await page.waitForFunction((sel) => (document.querySelector(sel) as HTMLInputElement | null)?.checked === true, `[data-testid="registration-present-${registrationId}"] input`);

      await page.keyboard.press('Enter');
      await page.locator('[data-testid="check-in-scanner"][data-state="off"]').waitFor();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('scan-start');
      expect(await page.getByTestId('scan-video').isHidden()).toBe(true);
    } finally {
      await camera.close();
    }
  }, 240_000);
});
