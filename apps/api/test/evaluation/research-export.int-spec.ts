import { addSurveyResponses, signInAs, createUser, TestApp } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from '../support/app';
import { evaluationSetup, openSurvey } from './support';

const RAW = `query($id: ID!) { surveyRawExport(surveyId: $id) { csv { filename content } sps { filename content } r { filename content } codebook { filename content } } }`;

interface Raw {
  surveyRawExport: Record<'csv' | 'sps' | 'r' | 'codebook', { filename: string; content: string }>;
}

describe('evaluation: research export', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('Evaluation downloads CSV + SPSS syntax (audit-logged, no unpublished text, not below the minimum); GNU PSPP turns them into a .sav with the labels', async () => {
    const s = await evaluationSetup(t, [6, 0]);
    const survey = await openSurvey(s.evaluation, s.version.id, s.cohort.cohortId);
    const { a } = s.municipalities;
    const one = (v: number, text: string, hidden = false) => ({
      municipalityId: a,
      code: v === 1 ? 'MJ07K2' : null,
      answers: [
        { itemId: s.ids['prep'], value: v },
        { itemId: s.ids['topics'], choices: [1, 3] },
        { itemId: s.ids['wish'], text, notForPublication: hidden },
      ],
    });
    await addSurveyResponses(t.db, survey.id, [one(1, 'Erster Wunsch'), one(2, 'Zweiter'), one(3, 'Dritter'), one(4, 'Vierter')]);
    expect((await s.evaluation.error(RAW, { id: survey.id })).code).toBe('TOO_FEW_RESPONSES');
    await addSurveyResponses(t.db, survey.id, [one(5, 'Geheim: nur für die Begleitforschung', true), { municipalityId: a, code: null, answers: [{ itemId: s.ids['prep'], noAnswer: true }] }]);
    const raw = (await s.evaluation.ok<Raw>(RAW, { id: survey.id })).surveyRawExport;
    const lines = raw.csv.content.trim().split('\n');
    expect(lines[0]).toBe('wave,code,prep,conf,role,topics_1,topics_2,topics_3,years,wish');
    expect(lines).toHaveLength(7);
    expect(raw.csv.content).not.toContain('Geheim');
    expect(raw.csv.content).not.toContain(a);
    expect(lines.filter((l) => l.startsWith('"pre","MJ07K2",1,'))).toHaveLength(1);
    expect(lines.filter((l) => l.includes(',-9,'))).toHaveLength(1);
    const audit = (await t.db.query(`SELECT action, after FROM audit_events WHERE entity_id = $1 AND action = 'evaluation-survey.raw-exported'`, [survey.id])) as Array<{ after: { responses: number } }>;
    expect(audit).toEqual([{ action: 'evaluation-survey.raw-exported', after: { responses: 6 } }]);

    const dir = mkdtempSync(join(tmpdir(), 'koko-pspp-'));
    try {
      writeFileSync(join(dir, raw.csv.filename), raw.csv.content);
      writeFileSync(join(dir, raw.sps.filename), raw.sps.content);
      execFileSync('pspp', ['-b', '-o', join(dir, 'import.txt'), raw.sps.filename], { cwd: dir });
      const sav = raw.sps.filename.replace(/\.sps$/, '.sav');
      writeFileSync(join(dir, 'read.sps'), `GET FILE='${sav}'.\nDISPLAY DICTIONARY.\nFREQUENCIES prep.\n`);
      execFileSync('pspp', ['-b', '-o', join(dir, 'read.txt'), 'read.sps'], { cwd: dir });
      const out = readFileSync(join(dir, 'read.txt'), 'utf8');
      expect(out).toContain('Ich fühle mich auf Konflikte gut vorbereitet.');
      expect(out).toContain('trifft nicht zu');
      expect(out).toContain('trifft voll zu');
      expect(out).toContain('keine Angabe');
      expect(out).toContain('Welche Konflikte kennen Sie?: Schule');
      expect(out).toMatch(/Missing/i);
      // The R script reads the same CSV with its labels; "keine Angabe" becomes NA.
      writeFileSync(join(dir, raw.r.filename), raw.r.content);
      const r = execFileSync('Rscript', ['-e', `source("${raw.r.filename}", encoding = "UTF-8"); cat(attr(d$prep, "label"), sum(d$prep_keine_angabe), sum(is.na(d$prep)), nrow(d))`], { cwd: dir, encoding: 'utf8' });
      expect(r).toBe('Ich fühle mich auf Konflikte gut vorbereitet. 1 1 6');
      expect(raw.codebook.filename).toMatch(/^codebuch-.+-v1\.md$/);
      expect(raw.codebook.content).toContain('| prep | Ich fühle mich auf Konflikte gut vorbereitet. | I feel well prepared for conflicts. | Zahl |');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    // Only the Evaluation role: admins and the cohort's trainer are refused.
    const admin = await signInAs(t, await createUser(t.db, { roles: [Role.ADMIN] }));
    expect((await admin.error(RAW, { id: survey.id })).code).toBe('FORBIDDEN');
    expect((await (await signInAs(t, s.trainer)).error(RAW, { id: survey.id })).code).toBe('FORBIDDEN');
  });
});
