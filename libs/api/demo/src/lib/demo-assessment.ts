import { berlinDay, berlinInstant } from '@koko/api/catalogue';
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

/**
 * One attempt of the plan. `offsetDays` places the submission relative to the module's due date
 * (negative: before it); a late one lies after it. Feedback is released a few days later.
 */
type AttemptPlan = {
  state: 'draft' | 'submitted' | 'passed' | 'revision_requested' | 'failed';
  offsetDays: number;
  body: string;
  feedback?: { verdict: string; text: string; levels: number[] };
};

/** A transfer report in the sections the brief asks for, several paragraphs long like a real one. */
function report(sections: Record<string, string>): string {
  return Object.entries(sections)
    .map(([heading, text]) => `${heading}\n${text}`)
    .join('\n\n');
}

const KLEVE_1 = report({
  Ausgangslage:
    'In Kleve eskalierte im Frühjahr der Streit um eine Sammelunterkunft am Stadtrand. Anwohner:innen sammelten Unterschriften, in den sozialen Medien kursierten Gerüchte über Polizeieinsätze, und in der Ratssitzung kam es zu lauten Wortwechseln. Die Verwaltung reagierte zunächst nur mit Pressemitteilungen.',
  'Beteiligte und Interessen':
    'Ich habe eine Akteurslandkarte erstellt: Nachbarschaft, Bewohner:innen der Unterkunft, Träger, Ordnungsamt, Sozialamt, Polizei, Politik und zwei Kirchengemeinden. Hinter der Forderung „Unterkunft schließen“ stehen vor allem Sorgen um Sicherheit auf dem Schulweg und das Gefühl, nicht gefragt worden zu sein.',
  Einordnung:
    'Nach dem Phasenmodell von Glasl befand sich der Konflikt auf Stufe drei bis vier: Die Seiten sprachen nicht mehr miteinander, sondern übereinander, und suchten Verbündete. Ein Gespräch über Sachfragen war so noch möglich, aber nur mit einer neutralen Moderation.',
  'Transfer in die Kommune':
    'Wir haben einen Runden Tisch mit fester Moderation eingerichtet, eine Ansprechperson im Kommunalen Integrationszentrum benannt und mit dem Träger einen monatlichen offenen Nachmittag vereinbart. Der Schulweg wird durch eine zusätzliche Beleuchtung sicherer.',
  Reflexion:
    'Ich habe gelernt, früher zu fragen, wer sich übergangen fühlt. Offen bleibt, wie wir die Bewohner:innen der Unterkunft stärker beteiligen, ohne sie zu überfordern.',
});

const KLEVE_2 = report({
  Ausgangslage:
    'Nach dem Runden Tisch stand ein Gespräch zwischen Anwohner:innen und dem Träger der Unterkunft über Ruhezeiten und die Nutzung des Außengeländes an. Beide Seiten kamen mit festen Positionen: Die Nachbarschaft wollte eine Ruhezeit ab 20 Uhr, der Träger keine Einschränkung.',
  Vorbereitung:
    'Wir haben das Gespräch als Verhandlung nach dem Harvard-Konzept vorbereitet: Interessen statt Positionen, Optionen sammeln, bevor entschieden wird, und objektive Kriterien wie die Hausordnung und die Lärmschutzverordnung heranziehen. Vorab habe ich mit beiden Seiten einzeln gesprochen.',
  Verlauf:
    'Im Gespräch wurde deutlich, dass es der Nachbarschaft vor allem um die Abende unter der Woche ging und dem Träger um Platz für die Kinder am Nachmittag. Gemeinsam entstand ein Vorschlag: Spielzeiten bis 19 Uhr, eine Ansprechperson des Trägers mit Telefonnummer, ein Treffen nach drei Monaten.',
  'Transfer in die Kommune':
    'Die Vorlage für solche Gespräche nutzen wir jetzt auch im Ordnungsamt. Sie liegt im gemeinsamen Laufwerk, und neue Kolleg:innen werden darin eingewiesen.',
  Reflexion:
    'Schwer fiel mir, neutral zu bleiben, als ein Anwohner die Bewohner:innen pauschal beschuldigte. Das werde ich im nächsten Modul noch einmal ansprechen.',
});

const BIELEFELD = report({
  Ausgangslage:
    'In unserem Stadtteil gibt es seit dem Sommer Konflikte um den Spielplatz an der Grundschule. Jugendliche treffen sich dort abends, Eltern beschweren sich über Müll und Lärm, und die Jugendlichen fühlen sich vertrieben. Die Polizei wurde mehrfach gerufen.',
  'Beteiligte und Interessen':
    'Beteiligt sind Eltern, die Schule, die Jugendlichen, das Jugendamt, das Ordnungsamt und die Bezirksvertretung. Die Eltern wünschen sich einen sauberen, sicheren Spielplatz; die Jugendlichen einen Ort, an dem sie sich ohne Konsumzwang treffen können.',
  Vorgehen:
    'Ich habe mit der Schulleitung und der Jugendarbeit gesprochen und ein Treffen im Stadtteilbüro vorbereitet. Die Jugendlichen wurden über die Streetworker:innen eingeladen.',
  'Nächste Schritte':
    'Wir prüfen, ob ein anderer Platz im Stadtteil für Jugendliche gestaltet werden kann, und vereinbaren bis dahin Regeln für den Spielplatz, die beide Seiten mittragen.',
});

const BIELEFELD_REVISED = `${BIELEFELD}\n\nÜberarbeitung\nEinordnung nach Glasl: Der Konflikt liegt auf Stufe zwei bis drei. Die Interessen der Eltern und der Jugendlichen beschreibe ich nun getrennt und ordne sie den Optionen zu, die beim Treffen genannt wurden.`;

const DUISBURG = report({
  Ausgangslage:
    'Konflikte um Müll und Lärm in einem Wohnblock in Marxloh: Seit dem Einzug mehrerer Familien aus Südosteuropa häufen sich Beschwerden bei der Wohnungsgesellschaft und beim Ordnungsamt. In einer Mieterversammlung fielen abwertende Äußerungen, die Stimmung im Haus ist angespannt.',
  Analyse:
    'Die Beschwerden betreffen vor allem die Mülltrennung und Treffen im Hof am späten Abend. Viele neue Mieter:innen kennen die Hausordnung nicht, weil sie nur auf Deutsch aushängt. Die Wohnungsgesellschaft sieht die Stadt in der Pflicht, die Stadt die Wohnungsgesellschaft.',
  Einordnung:
    'Es handelt sich um einen Verteilungskonflikt um Raum und Ruhe, der durch Vorurteile zu einem Identitätskonflikt zu werden droht. Nach Glasl liegt er zwischen Stufe drei und vier.',
  'Transfer in die Kommune':
    'Mit der Wohnungsgesellschaft vereinbaren wir eine mehrsprachige Hausordnung, Sprechstunden der Quartiersarbeit im Haus und einen Hausbeirat, in dem alte und neue Mieter:innen vertreten sind. Das Ordnungsamt verweist Beschwerden zunächst an die Quartiersarbeit.',
  Reflexion:
    'Die Abgabe hat sich verzögert, weil die Gespräche mit der Wohnungsgesellschaft länger gedauert haben als geplant. Dadurch ist der Transfer aber konkreter geworden.',
});

const KREFELD_FAILED =
  'Konflikt im Quartier\nIn einem Quartier in Krefeld gab es im letzten Jahr mehrere Auseinandersetzungen zwischen Gruppen von Jugendlichen, über die auch die Lokalzeitung berichtet hat. Das Ordnungsamt hat daraufhin die Kontrollen verstärkt, und seitdem ist es ruhiger geworden. Die Beteiligten sind die Jugendlichen, ihre Familien, die Polizei und das Ordnungsamt. Aus meiner Sicht ist der Konflikt damit erledigt, weil es seit einigen Monaten keine Beschwerden mehr gibt. Im Modul haben wir über Eskalationsstufen gesprochen, und ich denke, dass der Konflikt auf einer hohen Stufe war. Weitere Schritte sind aus meiner Sicht im Moment nicht nötig, da die Lage ruhig ist und die Kontrollen weiterlaufen. Sollte es wieder zu Vorfällen kommen, würde ich mich mit dem Ordnungsamt und der Polizei abstimmen und die Schulen informieren.';

const GELSENKIRCHEN_DRAFT =
  'Entwurf: Konflikt um einen Moscheeneubau in Gelsenkirchen. Eine Gemeinde plant einen Neubau mit Gemeindezentrum, eine Bürgerinitiative sammelt Einwendungen gegen den Bebauungsplan. Gliederung: Ausgangslage, Beteiligte, Einordnung, nächste Schritte – noch zu schreiben.';

/** Submissions in every state for the running cohort (by participant e-mail and module position). */
const PLAN: Record<string, Record<number, AttemptPlan[]>> = {
  'lukasz.zolc@kleve.example': {
    1: [{ state: 'passed', offsetDays: -4, body: KLEVE_1, feedback: { verdict: 'passed', text: 'Eine klare, gut begründete Analyse. Die Akteurslandkarte ist vorbildlich.', levels: [2, 2, 1] } }],
    2: [{ state: 'submitted', offsetDays: -2, body: KLEVE_2 }],
  },
  'anna.mueller@bielefeld.example': {
    1: [
      { state: 'revision_requested', offsetDays: -3, body: BIELEFELD, feedback: { verdict: 'revision_requested', text: 'Bitte ordnen Sie den Konflikt noch mit einem Modell aus dem Modul ein und beschreiben Sie die Interessen der Beteiligten genauer.', levels: [0, 1, 1] } },
      { state: 'draft', offsetDays: 0, body: BIELEFELD_REVISED },
    ],
  },
  'aga.celik@duisburg.example': { 1: [{ state: 'submitted', offsetDays: 2, body: DUISBURG }] },
  'jan.hoffmann@krefeld.example': {
    1: [{ state: 'failed', offsetDays: -1, body: KREFELD_FAILED, feedback: { verdict: 'failed', text: 'Die Ausarbeitung erfüllt die Anforderungen nicht; der Transfer in die Kommune fehlt.', levels: [0, 0, 0] } }],
  },
  'fatma.oezdemir@gelsenkirchen.example': { 1: [{ state: 'draft', offsetDays: 0, body: GELSENKIRCHEN_DRAFT }] },
};

const DAY = 86_400_000;

/** An afternoon time on the Berlin day `offsetDays` from the due date's day. */
function dayFromDue(due: Date, offsetDays: number, time: string): Date {
  return berlinInstant(berlinDay(new Date(Date.parse(`${berlinDay(due)}T12:00:00Z`) + offsetDays * DAY)), time);
}

/** Rubrics for the five modules (when none exist) and demo submissions for the running cohort. */
export async function seedDemoAssessment(m: EntityManager, cohortId: string, graderId: string | null, now: Date): Promise<void> {
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

  const dueOf = new Map(
    (await sqlRows<{ module_id: string; due: Date }>(m, `SELECT module_id, assignment_due_at AS due FROM cohort_modules WHERE cohort_id = $1`, [cohortId])).map((r) => [r.module_id, r.due]),
  );
  const { revision_days: revisionDays } = await sqlOne<{ revision_days: number }>(m, `SELECT revision_days FROM cohorts WHERE id = $1`, [cohortId]);
  for (const [email, perModule] of Object.entries(PLAN)) {
    const enrolment = (await sqlRows<{ id: string }>(m, `SELECT e.id FROM enrolments e JOIN users u ON u.id = e.user_id WHERE e.cohort_id = $1 AND lower(u.email) = $2`, [cohortId, email])).at(0);
    if (!enrolment) continue;
    for (const [position, attempts] of Object.entries(perModule)) {
      const mod = modules.find((x) => x.position === Number(position));
      const due = mod && dueOf.get(mod.id);
      if (!mod || !due) continue;
      // A revision starts when the feedback is released and is due `revision_days` later (end of the day).
      let started = dayFromDue(due, -12, '10:15');
      let attemptDue: Date | null = null;
      for (const [i, plan] of attempts.entries()) {
        const submittedAt = plan.state === 'draft' ? null : dayFromDue(attemptDue ?? due, plan.offsetDays, `1${4 + i}:${20 + 9 * i}`);
        const savedAt = submittedAt ?? new Date(Math.min(started.getTime() + 2 * DAY, now.getTime() - 3_600_000));
        const late = !!submittedAt && submittedAt.getTime() > (attemptDue ?? due).getTime();
        const attempt = await sqlOne<{ id: string }>(
          m,
          `INSERT INTO assignment_attempts (enrolment_id, module_id, attempt_no, state, body, draft_saved_at, own_work_confirmed_at, submitted_at, late, due_at, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8, $9, $10) RETURNING id`,
          [enrolment.id, mod.id, i + 1, plan.state, plan.body, savedAt, submittedAt, late, attemptDue, started],
        );
        if (plan.feedback && submittedAt) {
          const scores: Record<string, unknown> = {};
          for (const [k, c] of (rubric.get(mod.id) ?? []).entries()) {
            const level = c.levels[plan.feedback.levels[k] ?? 0];
            if (level) scores[c.id] = { position: c.position, criterionId: c.id, criterionTitle: c.title, levelId: level.id, levelLabel: level.label, points: level.points };
          }
          const released = berlinInstant(berlinDay(new Date(submittedAt.getTime() + 3 * DAY)), '11:00');
          await sqlRun(m, `INSERT INTO attempt_feedback (attempt_id, grader_id, verdict, text, scores, released_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
            attempt.id, graderId, plan.feedback.verdict, plan.feedback.text, JSON.stringify(scores), released,
          ]);
          started = released;
          attemptDue = berlinInstant(berlinDay(new Date(released.getTime() + revisionDays * DAY)), '23:59');
        }
      }
    }
  }
}
