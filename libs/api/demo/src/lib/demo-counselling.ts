import { AuthUser } from '@koko/api/core/auth';
import { sqlRows } from '@koko/api/core/database';
import { CounsellingFormat, CounsellingOutcome, CounsellingService, CounsellingStatus, CounsellingUrgency } from '@koko/api/counselling';
import { Locale, Role } from '@koko/shared';
import { DataSource } from 'typeorm';

export const DEMO_ADVISOR = 'beraterin@koko-campus.example';
const ACUTE_DESCRIPTION =
  'Nach einer Schlägerei vor der Sammelunterkunft an der Hafenstraße kursieren in sozialen Medien Aufrufe zu einer Demonstration am Wochenende. Anwohnende und Bewohner:innen sind verunsichert, die Leitung der Unterkunft bittet um kurzfristige Unterstützung.';

/**
 * Counselling requests for the demo, through the real service (audited): an acute crisis nobody has
 * taken yet, one in progress with the demo advisor, and one closed with its outcome. Skipped when
 * they exist or the accounts or municipalities are missing.
 */
export async function seedDemoCounselling(db: DataSource, counselling: CounsellingService, admin: AuthUser): Promise<boolean> {
  if ((await sqlRows<{ found: number }>(db, `SELECT 1 AS found FROM counselling_requests WHERE description = $1`, [ACUTE_DESCRIPTION])).length) return false;
  const people = await sqlRows<{ id: string; email: string; roles: Role[] }>(db, `SELECT id, email, roles FROM users WHERE email = ANY($1)`, [
    [DEMO_ADVISOR, 'fatma.oezdemir@gelsenkirchen.example', 'anna.mueller@bielefeld.example', 'lukasz.zolc@kleve.example'],
  ]);
  const actor = (email: string): AuthUser | undefined => {
    const p = people.find((x) => x.email === email);
    return p && { id: p.id, sessionId: 'demo-seed', email: p.email, roles: p.roles, locale: Locale.DE };
  };
  const advisor = actor(DEMO_ADVISOR);
  const fatma = actor('fatma.oezdemir@gelsenkirchen.example');
  const anna = actor('anna.mueller@bielefeld.example');
  const lukasz = actor('lukasz.zolc@kleve.example');
  if (!advisor || !fatma || !anna || !lukasz) return false;
  const places = await sqlRows<{ id: string; name: string }>(db, `SELECT id, name FROM municipalities WHERE name = ANY($1) AND kind <> 'kreis'`, [['Gelsenkirchen', 'Bielefeld', 'Kleve']]);
  const place = (name: string) => places.find((p) => p.name === name)?.id;
  const topics = await sqlRows<{ id: string }>(db, `SELECT id FROM short_format_topics WHERE NOT archived ORDER BY position`);
  const [gelsenkirchen, bielefeld, kleve] = [place('Gelsenkirchen'), place('Bielefeld'), place('Kleve')];
  if (!gelsenkirchen || !bielefeld || !kleve || topics.length < 3) return false;

  await counselling.request(fatma, {
    municipalityId: gelsenkirchen,
    topicId: topics[0].id,
    description: ACUTE_DESCRIPTION,
    urgency: CounsellingUrgency.ACUTE,
    format: CounsellingFormat.ON_SITE,
    availability: 'Jederzeit mobil erreichbar, gern auch heute Abend',
  });

  const ongoing = await counselling.request(anna, {
    municipalityId: bielefeld,
    topicId: topics[1].id,
    description:
      'Im Stadtteil Sennestadt gibt es seit Monaten Streit um die Nutzung eines Jugendtreffs zwischen zwei Gruppen junger Erwachsener. Wir möchten ein moderiertes Gespräch vorbereiten und wissen nicht, wen wir dazu einladen sollten.',
    urgency: CounsellingUrgency.SOON,
    format: CounsellingFormat.ONLINE,
    availability: 'Dienstags und donnerstags zwischen 9 und 12 Uhr',
  });
  await counselling.assign(admin, { requestId: ongoing.id, advisorIds: [advisor.id] });
  await counselling.setStatus(advisor, { requestId: ongoing.id, status: CounsellingStatus.ACCEPTED });
  await counselling.setStatus(advisor, { requestId: ongoing.id, status: CounsellingStatus.IN_PROGRESS });

  const closed = await counselling.request(lukasz, {
    municipalityId: kleve,
    topicId: topics[2].id,
    description:
      'Der Integrationsrat und die Verwaltung sind sich uneinig, wie Beschwerden von Eltern über den Schwimmunterricht bearbeitet werden sollen. Wir suchen ein Verfahren mit klaren Zuständigkeiten.',
    urgency: CounsellingUrgency.NORMAL,
    format: CounsellingFormat.PHONE,
    availability: 'Werktags ab 14 Uhr',
  });
  await counselling.assign(admin, { requestId: closed.id, advisorIds: [advisor.id] });
  await counselling.setStatus(advisor, { requestId: closed.id, status: CounsellingStatus.ACCEPTED });
  await counselling.setStatus(advisor, { requestId: closed.id, status: CounsellingStatus.IN_PROGRESS });
  await counselling.setStatus(advisor, {
    requestId: closed.id,
    status: CounsellingStatus.CLOSED,
    outcomeCategories: [CounsellingOutcome.ADVICE, CounsellingOutcome.PROCESS_SUPPORT],
    outcomeSummary:
      'In zwei Telefonaten haben wir ein Beschwerdeverfahren mit einer festen Ansprechperson im Schulamt entworfen. Der Integrationsrat wird vierteljährlich beteiligt.',
  });
  return true;
}
