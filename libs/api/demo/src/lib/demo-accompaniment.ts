import { AccompanimentService, MilestoneStatus } from '@koko/api/accompaniment';
import { AuthUser } from '@koko/api/core/auth';
import { sqlRows } from '@koko/api/core/database';
import { berlinDay } from '@koko/api/catalogue';
import { Locale, Role } from '@koko/shared';
import { DataSource } from 'typeorm';
import { DEMO_ADVISOR } from './demo-counselling';

const daysAgo = (n: number) => berlinDay(new Date(Date.now() - n * 86_400_000));
const daysAhead = (n: number) => berlinDay(new Date(Date.now() + n * 86_400_000));

interface Step {
  position: number;
  status: MilestoneStatus;
  datedOn: string | null;
  note?: string;
  evidenceUrl?: string;
}

/** Where each demo Kommune stands: Krefeld anchored, Köln and Kleve advanced, Bielefeld and Gelsenkirchen started, the rest not started. */
const PLAN: Record<string, Step[]> = {
  Krefeld: [1, 2, 3, 4, 5, 6].map((position) => ({ position, status: MilestoneStatus.REACHED, datedOn: daysAgo(400 - position * 50) })).map((s, i) =>
    i === 5 ? { ...s, note: 'Der Rat hat die Konfliktberatungsstelle im Stellenplan verankert; die Geschäftsordnung regelt die Zuständigkeiten.', evidenceUrl: 'https://www.krefeld.de/' } : s,
  ),
  Köln: [
    { position: 1, status: MilestoneStatus.REACHED, datedOn: daysAgo(300) },
    { position: 2, status: MilestoneStatus.REACHED, datedOn: daysAgo(240) },
    { position: 3, status: MilestoneStatus.REACHED, datedOn: daysAgo(150), note: 'Runder Tisch mit Polizei, Jugendamt, Moscheegemeinden und Quartiersbüros trifft sich monatlich.' },
    { position: 4, status: MilestoneStatus.REACHED, datedOn: daysAgo(60) },
    { position: 5, status: MilestoneStatus.IN_PROGRESS, datedOn: daysAhead(45) },
  ],
  Kleve: [
    { position: 1, status: MilestoneStatus.REACHED, datedOn: daysAgo(120), note: 'Bestandsaufnahme mit 14 Fachbereichen und dem Kommunalen Integrationszentrum.' },
    { position: 2, status: MilestoneStatus.REACHED, datedOn: daysAgo(70) },
    { position: 3, status: MilestoneStatus.REACHED, datedOn: daysAgo(20) },
    { position: 4, status: MilestoneStatus.IN_PROGRESS, datedOn: daysAhead(60) },
  ],
  Bielefeld: [
    { position: 1, status: MilestoneStatus.REACHED, datedOn: daysAgo(45), note: 'Interviews mit Ordnungsamt, Sozialamt und drei Stadtteilbüros geführt.' },
    { position: 2, status: MilestoneStatus.IN_PROGRESS, datedOn: daysAhead(30), note: 'Schwerpunkt: Nutzungskonflikte im Stadtteil Sennestadt.' },
  ],
  Gelsenkirchen: [{ position: 1, status: MilestoneStatus.IN_PROGRESS, datedOn: daysAhead(21) }],
};

/**
 * Accompaniment for the demo, through the real service (audited): every Kommune with participants
 * gets its path, five of them at different stages, the demo advisor accompanies Bielefeld, Kleve
 * and Gelsenkirchen, and Łukasz Żółć shares his passed module-1 assignment as evidence for Kleve's
 * stocktaking. Skipped once the demo advisor accompanies a Kommune, or when people are missing.
 */
export async function seedDemoAccompaniment(db: DataSource, accompaniment: AccompanimentService, admin: AuthUser): Promise<boolean> {
  const people = await sqlRows<{ id: string; email: string; roles: Role[] }>(db, `SELECT id, email, roles FROM users WHERE email = ANY($1)`, [
    [DEMO_ADVISOR, 'lukasz.zolc@kleve.example'],
  ]);
  const actor = (email: string): AuthUser | undefined => {
    const p = people.find((x) => x.email === email);
    return p && { id: p.id, sessionId: 'demo-seed', email: p.email, roles: p.roles, locale: Locale.DE };
  };
  const advisor = actor(DEMO_ADVISOR);
  const lukasz = actor('lukasz.zolc@kleve.example');
  if (!advisor || !lukasz) return false;
  if ((await sqlRows(db, `SELECT 1 AS found FROM accompaniment_advisors WHERE advisor_id = $1`, [advisor.id])).length) return false;
  const seated = await sqlRows<{ id: string; name: string }>(
    db,
    `SELECT DISTINCT m.id, m.name FROM enrolments e JOIN municipalities m ON m.id = e.municipality_id WHERE e.state IN ('admitted', 'completed')`,
  );
  if (!seated.length) return false;
  await db.transaction(async (m) => {
    for (const k of seated) await accompaniment.ensurePath(m, k.id, admin.id);
  });
  const byName = new Map(seated.map((k) => [k.name, k.id]));
  for (const name of ['Bielefeld', 'Kleve', 'Gelsenkirchen']) {
    const id = byName.get(name);
    if (id) await accompaniment.setAdvisors(admin, { municipalityId: id, advisorIds: [advisor.id] });
  }
  for (const [name, steps] of Object.entries(PLAN)) {
    const id = byName.get(name);
    if (!id) continue;
    const path = await accompaniment.path(admin, id);
    for (const step of steps) {
      const milestone = path.milestones.find((x) => x.position === step.position);
      if (!milestone) continue;
      // Advisors record what they accompany; the programme team the rest.
      const by = ['Bielefeld', 'Kleve', 'Gelsenkirchen'].includes(name) ? advisor : admin;
      await accompaniment.updateMilestone(by, {
        milestoneId: milestone.id,
        title: milestone.title,
        status: step.status,
        datedOn: step.datedOn,
        note: step.note ?? null,
        evidenceUrl: step.evidenceUrl ?? null,
      });
    }
  }
  const kleve = byName.get('Kleve');
  const modules = await sqlRows<{ id: string }>(db, `SELECT id FROM programme_modules WHERE position = 1`);
  if (kleve && modules[0]) {
    const path = await accompaniment.path(lukasz, kleve);
    await accompaniment.shareAssignment(lukasz, { milestoneId: path.milestones[0].id, moduleId: modules[0].id }).catch(() => undefined);
  }
  return true;
}
