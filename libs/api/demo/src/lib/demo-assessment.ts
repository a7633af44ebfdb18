import { sqlOne, sqlRows, sqlRun } from '@koko/api/core/database';
import { EntityManager } from 'typeorm';

/** Rubric criteria per module: the same three questions, asked of each module's transfer. */
const CRITERIA = [
  { title: 'Analyse des Konflikts', description: 'Beteiligte, Interessen und Strukturen sind nachvollziehbar beschrieben und mit Modellen aus dem Modul eingeordnet.', required: true },
  { title: 'Transfer in die eigene Kommune', description: 'Die Ausarbeitung zeigt konkrete, umsetzbare Schritte für die eigene Verwaltung und das Netzwerk.', required: true },
  { title: 'Reflexion', description: 'Die eigene Rolle, Grenzen und offene Fragen werden reflektiert.', required: false },
];
const LEVELS = [
  { label: 'nicht erfüllt', points: 0, descriptor: 'Wesentliche Teile fehlen oder bleiben unklar.' },
  { label: 'erfüllt', points: 2, descriptor: 'Die Anforderung ist vollständig und nachvollziehbar erfüllt.' },
  { label: 'übertroffen', points: 3, descriptor: 'Besonders gründlich, mit eigenen, weiterführenden Gedanken.' },
];

type AttemptPlan = { state: 'draft' | 'submitted' | 'passed' | 'revision_requested' | 'failed'; late?: boolean; body: string; feedback?: { verdict: string; text: string; levels: number[] } };

/** Submissions in every state for the running cohort (by participant e-mail and module position). */
const PLAN: Record<string, Record<number, AttemptPlan[]>> = {
  'lukasz.zolc@kleve.example': {
    1: [{ state: 'passed', body: 'In Kleve eskalierte der Streit um eine Sammelunterkunft …', feedback: { verdict: 'passed', text: 'Eine klare, gut begründete Analyse. Die Akteurslandkarte ist vorbildlich.', levels: [2, 2, 1] } }],
    2: [{ state: 'submitted', body: 'Das Gespräch mit Anwohner:innen und Träger haben wir als Verhandlung vorbereitet …' }],
  },
  'anna.mueller@bielefeld.example': {
    1: [
      { state: 'revision_requested', body: 'In unserem Stadtteil gibt es Konflikte um den Spielplatz …', feedback: { verdict: 'revision_requested', text: 'Bitte ordnen Sie den Konflikt noch mit einem Modell aus dem Modul ein und beschreiben Sie die Interessen der Beteiligten genauer.', levels: [0, 1, 1] } },
      { state: 'draft', body: 'In unserem Stadtteil gibt es Konflikte um den Spielplatz … (überarbeitet: Eskalationsstufen nach Glasl)' },
    ],
  },
  'aga.celik@duisburg.example': { 1: [{ state: 'submitted', late: true, body: 'Konflikte um Müll und Lärm in einem Wohnblock in Marxloh …' }] },
  'jan.hoffmann@krefeld.example': {
    1: [{ state: 'failed', body: 'Kurze Notiz.', feedback: { verdict: 'failed', text: 'Die Ausarbeitung erfüllt die Anforderungen nicht; der Transfer in die Kommune fehlt.', levels: [0, 0, 0] } }],
  },
  'fatma.oezdemir@gelsenkirchen.example': { 1: [{ state: 'draft', body: 'Entwurf: Konflikt um Moscheeneubau …' }] },
};

/** Rubrics for the five modules (when none exist) and demo submissions for the running cohort. */
export async function seedDemoAssessment(m: EntityManager, cohortId: string, graderId: string | null): Promise<void> {
  const modules = await sqlRows<{ id: string; position: number }>(m, `SELECT id, position FROM programme_modules ORDER BY position`);
  const rubric = new Map<string, { id: string; title: string; position: number; levels: { id: string; label: string; points: number }[] }[]>();
  for (const mod of modules) {
    const existing = await sqlRows<{ found: number }>(m, `SELECT 1 AS found FROM rubric_criteria WHERE module_id = $1`, [mod.id]);
    if (!existing.length) {
      for (const [i, c] of CRITERIA.entries()) {
        const row = await sqlOne<{ id: string }>(m, `INSERT INTO rubric_criteria (module_id, position, title, description, required) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
          mod.id, i + 1, c.title, c.description, c.required,
        ]);
        for (const [k, l] of LEVELS.entries()) {
          await sqlRun(m, `INSERT INTO rubric_levels (criterion_id, position, label, points, descriptor) VALUES ($1, $2, $3, $4, $5)`, [row.id, k + 1, l.label, l.points, l.descriptor]);
        }
      }
    }
    const criteria = await sqlRows<{ id: string; title: string; position: number }>(m, `SELECT id, title, position FROM rubric_criteria WHERE module_id = $1 ORDER BY position`, [mod.id]);
    const levels = await sqlRows<{ id: string; criterion_id: string; label: string; points: number }>(
      m,
      `SELECT id, criterion_id, label, points FROM rubric_levels WHERE criterion_id = ANY($1) ORDER BY position`,
      [criteria.map((c) => c.id)],
    );
    rubric.set(mod.id, criteria.map((c) => ({ ...c, levels: levels.filter((l) => l.criterion_id === c.id) })));
  }

  const now = Date.now();
  for (const [email, perModule] of Object.entries(PLAN)) {
    const enrolment = (await sqlRows<{ id: string }>(m, `SELECT e.id FROM enrolments e JOIN users u ON u.id = e.user_id WHERE e.cohort_id = $1 AND lower(u.email) = $2`, [cohortId, email])).at(0);
    if (!enrolment) continue;
    for (const [position, attempts] of Object.entries(perModule)) {
      const mod = modules.find((x) => x.position === Number(position));
      if (!mod) continue;
      for (const [i, plan] of attempts.entries()) {
        const submittedAt = plan.state === 'draft' ? null : new Date(now - (20 - i * 5) * 86_400_000);
        const attempt = await sqlOne<{ id: string }>(
          m,
          `INSERT INTO assignment_attempts (enrolment_id, module_id, attempt_no, state, body, draft_saved_at, own_work_confirmed_at, submitted_at, late)
           VALUES ($1, $2, $3, $4, $5, now(), $6, $6, $7) RETURNING id`,
          [enrolment.id, mod.id, i + 1, plan.state, plan.body, submittedAt, plan.late ?? false],
        );
        if (plan.feedback) {
          const scores: Record<string, unknown> = {};
          for (const [k, c] of (rubric.get(mod.id) ?? []).entries()) {
            const level = c.levels[plan.feedback.levels[k] ?? 0];
            if (level) scores[c.id] = { position: c.position, criterionId: c.id, criterionTitle: c.title, levelId: level.id, levelLabel: level.label, points: level.points };
          }
          await sqlRun(m, `INSERT INTO attempt_feedback (attempt_id, grader_id, verdict, text, scores, released_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
            attempt.id, graderId, plan.feedback.verdict, plan.feedback.text, JSON.stringify(scores), new Date((submittedAt?.getTime() ?? now) + 3 * 86_400_000),
          ]);
        }
      }
    }
  }
}
