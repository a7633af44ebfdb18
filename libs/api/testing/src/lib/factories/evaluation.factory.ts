import { sqlOne, sqlRun } from '@koko/api/core/database';
import { DataSource } from 'typeorm';

export interface TestResponse {
  municipalityId?: string | null;
  code?: string | null;
  /** Per item: a value (Likert point, option, number), choices or a text. */
  answers: Array<{ itemId: string; value?: number | null; choices?: number[] | null; text?: string | null; noAnswer?: boolean; notForPublication?: boolean }>;
}

/**
 * Anonymous responses to a survey inserted directly (for results and exports; answering itself is
 * what the API tests test). Marks as many not yet answered invitations as answered.
 */
export async function addSurveyResponses(db: DataSource, surveyId: string, responses: TestResponse[]): Promise<void> {
  const survey = await sqlOne<{ version_id: string; wave: string }>(db, `SELECT version_id, wave FROM evaluation_surveys WHERE id = $1`, [surveyId]);
  for (const r of responses) {
    const row = await sqlOne<{ id: string }>(
      db,
      `INSERT INTO evaluation_responses (survey_id, version_id, wave, municipality_id, code) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [surveyId, survey.version_id, survey.wave, r.municipalityId ?? null, r.code ?? null],
    );
    for (const a of r.answers) {
      await sqlRun(
        db,
        `INSERT INTO evaluation_answers (response_id, item_id, value, choices, text, no_answer, not_for_publication) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [row.id, a.itemId, a.value ?? null, a.choices ?? null, a.text ?? null, a.noAnswer ?? false, a.notForPublication ?? false],
      );
    }
  }
  await sqlRun(
    db,
    `UPDATE evaluation_invitations SET answered = true, token_hash = NULL, reminder_token_hash = NULL
      WHERE (survey_id, user_id) IN (SELECT survey_id, user_id FROM evaluation_invitations WHERE survey_id = $1 AND NOT answered LIMIT $2)`,
    [surveyId, responses.length],
  );
}
