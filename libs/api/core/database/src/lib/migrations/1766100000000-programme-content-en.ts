import { MigrationInterface, QueryRunner } from 'typeorm';

/** The five seeded module texts in English; only where the German text is still the seeded one (an edited module keeps an empty English text until an admin writes one). */
const MODULES_EN: { position: number; titleDe: string; title: string; outcomes: string; brief: string }[] = [
  {
    position: 1,
    titleDe: 'Perspektiven auf kommunale Konflikte und Konfliktmanagement',
    title: 'Perspectives on municipal conflicts and conflict management',
    outcomes:
      'Participants distinguish types and levels of conflict in a municipality, analyse the parties, roles and structures involved and know approaches to municipal conflict management.',
    brief:
      'Describe a current conflict around migration or integration in your municipality: parties, interests, structures and how it has been handled so far. Place it in one of the analysis models from the module.',
  },
  {
    position: 2,
    titleDe: 'Interessen, Werte und Verhandlung',
    title: 'Interests, values and negotiation',
    outcomes:
      'Participants distinguish positions, interests and values, apply methods of interest-based negotiation and facilitate negotiation processes.',
    brief:
      'Plan a conversation or negotiation about a conflict in your municipality, hold it if possible, and reflect on the interests, values and outcome.',
  },
  {
    position: 3,
    titleDe: 'Demokratie, Vielfalt und Teilhabe; Rassismus und Diskriminierung',
    title: 'Democracy, diversity and participation; racism and discrimination',
    outcomes:
      'Participants recognise forms of racism and discrimination, strengthen the involvement and participation of diverse groups and design dialogue formats.',
    brief:
      'Develop a participation or dialogue format for a group in your municipality that is rarely heard, and explain your choice of target group, method and how you deal with discrimination.',
  },
  {
    position: 4,
    titleDe: 'Eskalation, Radikalisierung, Rechtspopulismus und Krisenfestigkeit',
    title: 'Escalation, radicalisation, right-wing populism and crisis resilience',
    outcomes:
      'Participants recognise the dynamics of escalation, understand radicalisation and right-wing populism and prepare their municipality for crises.',
    brief:
      'Draw up a crisis plan for an escalating conflict in your municipality: early warning signs, responsibilities, lines of communication and network partners.',
  },
  {
    position: 5,
    titleDe: 'Das kommunale Konfliktmanagement-System aufbauen',
    title: 'Building the municipal conflict management system',
    outcomes:
      'Participants design a conflict management system tailored to their municipality, anchor it in the administration and the local network, and plan its implementation.',
    brief:
      'Present the concept of a conflict management system for your municipality: points of contact, procedures, network, resources and next steps.',
  },
];

/** Programme content in English (module texts, cohort names and descriptions, session titles); German stays the fallback. */
export class ProgrammeContentEn1766100000000 implements MigrationInterface {
  name = 'ProgrammeContentEn1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE programme_modules
        ADD COLUMN title_en varchar(200) NOT NULL DEFAULT '',
        ADD COLUMN learning_outcomes_en text NOT NULL DEFAULT '',
        ADD COLUMN assignment_brief_en text NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE cohorts ADD COLUMN name_en varchar(160) NOT NULL DEFAULT '', ADD COLUMN description_en text NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE cohort_sessions ADD COLUMN title_en varchar(200) NOT NULL DEFAULT ''`);
    for (const m of MODULES_EN) {
      await q.query(
        `UPDATE programme_modules SET title_en = $3, learning_outcomes_en = $4, assignment_brief_en = $5 WHERE position = $1 AND title = $2`,
        [m.position, m.titleDe, m.title, m.outcomes, m.brief],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cohort_sessions DROP COLUMN title_en`);
    await q.query(`ALTER TABLE cohorts DROP COLUMN name_en, DROP COLUMN description_en`);
    await q.query(`ALTER TABLE programme_modules DROP COLUMN title_en, DROP COLUMN learning_outcomes_en, DROP COLUMN assignment_brief_en`);
  }
}
