import { Browser } from 'playwright-core';
import { DEMO, expectNoAxeViolations, launch, linkFrom, newPage, readMail, signIn } from './support/browser';

describe('inviting a colleague', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('an admin invites; the invitee sets name and password through the mailed link and is signed in', async () => {
    const email = `kollegin.${Date.now()}@kreis-wesel.example`;
    const admin = await newPage(browser);
    await signIn(admin.page, DEMO.admin);
    await admin.page.getByTestId('home-heading').waitFor();
    await admin.page.goto('/verwaltung/benutzer');
    await admin.page.getByTestId('users-table').waitFor();
    await expectNoAxeViolations(admin.page);
    await admin.page.getByTestId('invite-user').click();
    await admin.page.getByTestId('invite-email').fill(email);
    await admin.page.getByTestId('invite-role-trainer').click();
    await admin.page.getByTestId('invite-submit').click();
    await admin.page.getByText(email).first().waitFor();
    await admin.context.close();

    const text = await readMail(browser, email, /Einladung/);
    // Opened on a device in New York: the page names the same expiry as the mail, on Berlin's clock.
    const invitee = await newPage(browser, { timezoneId: 'America/New_York' });
    await invitee.page.goto(linkFrom(text));
    expect(await invitee.page.getByTestId('invitation-email').textContent()).toContain(email);
    const mailed = /bis (.+?) gültig/.exec(text.replace(/\s+/g, ' '))?.[1];
    expect(mailed).toBeTruthy();
    const shown = ((await invitee.page.getByTestId('invitation-expires').textContent()) ?? '').replace(/\s+/g, ' ');
    expect(shown).toContain(`bis ${mailed} (Berliner Zeit)`);
    await expectNoAxeViolations(invitee.page);
    await invitee.page.getByTestId('invite-display-name').fill('Eva Neumann');
    await invitee.page.getByTestId('invite-certificate-name').fill('Eva Neumann');
    await invitee.page.getByTestId('new-password').fill('Konflikte-klug-loesen-7');
    await invitee.page.getByTestId('new-password-confirm').fill('Konflikte-klug-loesen-7');
    await invitee.page.getByTestId('invite-accept-submit').click();
    await invitee.page.getByTestId('home-heading').waitFor();
    expect(await invitee.page.getByTestId('current-user-name').textContent()).toContain('Eva Neumann');
    await invitee.context.close();
  });
});
