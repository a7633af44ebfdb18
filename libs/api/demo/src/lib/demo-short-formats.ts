import { AuthUser } from '@koko/api/core/auth';
import { berlinDay, berlinInstant } from '@koko/api/catalogue';
import { RegistrationService, ShortFormatFormat, ShortFormatLanguage, ShortFormatService } from '@koko/api/events';
import { Locale } from '@koko/shared';
import { sqlOne, sqlRows } from '@koko/api/core/database';
import { DataSource } from 'typeorm';
import { workingDayFrom } from './working-days';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * `time` (HH:MM, Berlin) on the first NRW working day from `days` days after today: the days and hours
 * a programme team would hold an event on, in summer and winter alike.
 */
function at(days: number, time = '10:00'): Date {
  return berlinInstant(workingDayFrom(berlinDay(new Date(Date.now() + days * DAY))), time);
}

export const DEMO_SHORT_FORMAT_FULL = 'Rassismuskritische Beratung im Kommunalen Integrationszentrum';

/**
 * Short formats for the demo: an upcoming online one with free places, an in-person one that is full
 * with a waiting list, a hybrid one next month and one that has been held. Through the real services
 * (states, queue numbers, mails); skipped when they exist.
 */
export async function seedDemoShortFormats(db: DataSource, shortFormats: ShortFormatService, registrations: RegistrationService, admin: AuthUser): Promise<boolean> {
  const existing = await sqlRows<{ found: number }>(db, `SELECT 1 AS found FROM short_formats WHERE title = $1`, [DEMO_SHORT_FORMAT_FULL]);
  if (existing.length) return false;
  const topics = await sqlRows<{ id: string; position: number }>(db, `SELECT id, position FROM short_format_topics ORDER BY position`);
  const topic = (position: number) => topics.find((t) => t.position === position)?.id ?? topics[0].id;
  const base = {
    description: '',
    joinUrl: null as string | null,
    address: null as string | null,
    language: ShortFormatLanguage.DE,
    accessibility: '',
    contact: 'Programmteam KoKo II, kurzformate@koko-campus.example',
  };
  const create = async (input: Omit<Parameters<ShortFormatService['create']>[1], 'registrationOpensAt' | 'registrationClosesAt'> & { registrationOpensAt?: Date }) => {
    const event = await shortFormats.create(admin, { ...input, registrationOpensAt: input.registrationOpensAt ?? new Date(input.startsAt.getTime() - 60 * DAY), registrationClosesAt: input.startsAt });
    return shortFormats.publish(admin, event.id);
  };

  await create({
    ...base,
    title: 'Online-Impuls: Konflikte um Schwimmunterricht und Essensvorschriften',
    topicId: topic(6),
    description: 'Ein 90-minütiger Online-Impuls mit Fallbeispielen aus NRW-Kommunen und Zeit für Ihre Fragen.',
    format: ShortFormatFormat.ONLINE,
    joinUrl: 'https://meet.koko-campus.example/impuls-aufregerthemen',
    startsAt: at(9),
    endsAt: new Date(at(9).getTime() + 1.5 * HOUR),
    capacity: 40,
    targetGroup: 'Mitarbeitende der Kommunalen Integrationszentren und ihrer Kooperationspartner',
    speakers: 'Dr. Miriam Schulte',
    accessibility: 'Automatische Untertitel; Folien vorab als barrierearmes PDF.',
  });

  const full = await create({
    ...base,
    title: DEMO_SHORT_FORMAT_FULL,
    topicId: topic(4),
    description: 'Werkstatt zum Umgang mit Diskriminierungserfahrungen in der Beratung. Mit Übungen in kleinen Gruppen.',
    format: ShortFormatFormat.IN_PERSON,
    address: 'Kommunales Integrationszentrum Kreis Kleve, Nassauerallee 15–23, 47533 Kleve',
    startsAt: at(16, '09:00'),
    endsAt: new Date(at(16, '09:00').getTime() + 6 * HOUR),
    capacity: 3,
    targetGroup: 'Beratende in Kommunen und Trägern',
    speakers: 'Ayşe Yılmaz, Jonas Becker',
    accessibility: 'Barrierefreier Zugang über den Seiteneingang; Behinderten-WC im Erdgeschoss.',
  });
  const people = [
    ['Łukasz Żółć', 'lukasz.zolc@kleve.example', Locale.DE],
    ['Anna Müller', 'anna.mueller@bielefeld.example', Locale.DE],
    ['Ağa Çelik', 'aga.celik@duisburg.example', Locale.DE],
    ['Nguyễn Thu Hà', 'thu.ha.nguyen@muenster.example', Locale.EN],
    ['Jürgen Groß', 'juergen.gross@krefeld.example', Locale.DE],
  ] as const;
  for (const [name, email, locale] of people) {
    await registrations.register({ shortFormatId: full.id, name, email, organisation: 'Kommunales Integrationszentrum', municipalityId: null, accessibilityNeeds: null, locale });
    const row = await sqlOne<{ token: string }>(db, `SELECT token FROM short_format_registrations WHERE short_format_id = $1 AND email = $2`, [full.id, email]);
    await registrations.confirm(row.token);
  }

  await create({
    ...base,
    title: 'Hybrid-Austausch: „Spaziergänge“ und Proteste vor Ort',
    topicId: topic(5),
    description: 'Wie reagieren Kommunen, wenn sich Proteste gegen Unterkünfte formieren? Austausch unter Kolleg:innen, vor Ort in Düsseldorf und online.',
    format: ShortFormatFormat.HYBRID,
    joinUrl: 'https://meet.koko-campus.example/austausch-proteste',
    address: 'Haus der Kommunen, Kaiserswerther Straße 199, 40474 Düsseldorf',
    startsAt: at(37, '14:00'),
    endsAt: new Date(at(37, '14:00').getTime() + 3 * HOUR),
    capacity: 25,
    targetGroup: 'Kommunale Verwaltung, Kommunale Integrationszentren',
    speakers: 'Team KoKo II',
  });

  const past = await create({
    ...base,
    title: 'Perspektiven auf kommunale Konflikte – Auftaktveranstaltung',
    topicId: topic(1),
    description: 'Auftakt der Vernetzungsreihe.',
    format: ShortFormatFormat.ONLINE,
    joinUrl: 'https://meet.koko-campus.example/auftakt',
    startsAt: at(-21),
    endsAt: new Date(at(-21).getTime() + 2 * HOUR),
    registrationOpensAt: at(-60),
    capacity: 60,
    targetGroup: 'Alle Interessierten',
    speakers: 'Dr. Miriam Schulte',
  });
  await shortFormats.markHeld(admin, past.id);
  return true;
}
