import { Browser } from 'playwright-core';
import { apiAs, at } from './api';
import { DEMO, newPage, readMail } from './browser';

/** The registration page's path from a short-format mail. */
export function registrationPath(text: string): string {
  const match = /https?:\/\/\S+\/veranstaltungen\/anmeldung\/[A-Za-z0-9_-]{43}/.exec(text);
  if (!match) throw new Error(`No registration link in mail:\n${text}`);
  return new URL(match[0]).pathname;
}

/** The admin publishes a short format through the API. */
export async function publishedShortFormat(title: string, capacity: number, when: { startsAt: string; endsAt: string; registrationClosesAt?: string } = { startsAt: at(20, 9), endsAt: at(20, 11) }, place: Record<string, string> = { format: 'ONLINE' }): Promise<string> {
  const { gql, api } = await apiAs(DEMO.admin);
  try {
    const { shortFormatTopics } = await gql<{ shortFormatTopics: { id: string }[] }>('{ shortFormatTopics { id } }');
    const { createShortFormat } = await gql<{ createShortFormat: { id: string } }>(
      'mutation Create($input: ShortFormatInput!) { createShortFormat(input: $input) { id } }',
      {
        input: {
          title,
          topicId: shortFormatTopics[0].id,
          description: 'Ein Austausch für den Browser-Test.',
          format: 'ONLINE',
          joinUrl: 'https://meet.example.org/e2e-raum',
          ...place,
          startsAt: when.startsAt,
          endsAt: when.endsAt,
          capacity,
          registrationOpensAt: at(-1, 9),
          registrationClosesAt: when.registrationClosesAt ?? when.startsAt,
          targetGroup: 'Alle',
          speakers: 'Team KoKo II',
          language: 'DE',
          accessibility: 'Untertitel',
          contact: 'kurzformate@koko-campus.example',
        },
      },
    );
    await gql('mutation Publish($id: ID!) { publishShortFormat(id: $id) { id } }', { id: createShortFormat.id });
    return createShortFormat.id;
  } finally {
    await api.dispose();
  }
}

/** A visitor registers without an account; returns the registration page's path from the mail. */
export async function registerAsVisitor(browser: Browser, id: string, name: string, email: string): Promise<string> {
  const { context, page } = await newPage(browser);
  try {
    await page.goto(`/veranstaltungen/${id}`);
    await page.getByTestId('register-form').waitFor();
    await page.getByTestId('register-name').fill(name);
    await page.getByTestId('register-email').fill(email);
    await page.getByTestId('register-organisation-free').click();
    await page.getByTestId('register-organisation').fill('Verein Miteinander e. V.');
    await page.getByTestId('register-submit').click();
    await page.getByTestId('register-outcome').waitFor();
    return registrationPath(await readMail(browser, email, /Bitte bestätigen Sie Ihre Anmeldung/));
  } finally {
    await context.close();
  }
}
