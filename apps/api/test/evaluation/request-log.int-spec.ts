import { sqlRows } from '@koko/api/core/database';
import { signInAs, TestApp, waitForMail } from '@koko/api/testing';
import fs from 'node:fs';
import { startApp } from '../support/app';
import { ANSWER, evaluationSetup, openSurvey } from './support';

const ANSWER_BY_LINK = `mutation($token: String!, $input: AnswerSurveyInput!) { answerSurveyByLink(token: $token, input: $input) }`;

/**
 * The request and statement logs at their most talkative (LOG_LEVEL=trace, DB_LOG_QUERIES=true)
 * while people answer: nothing in them may tie a response to a person, the way Moodle's log ties
 * user and "anonymous" feedback together.
 */
describe('evaluation: the logs hold nothing that links a response to a person', () => {
  let t: TestApp;
  const written: string[] = [];
  const toText = (chunk: unknown) => (typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk));

  beforeAll(async () => {
    // pino writes to standard output (through the stream in this runtime, through `fs` on file
    // descriptor 1 elsewhere): keep what it writes instead.
    for (const stream of [process.stdout, process.stderr]) {
      jest.spyOn(stream, 'write').mockImplementation(((chunk: unknown) => {
        written.push(toText(chunk));
        return true;
      }) as typeof stream.write);
    }
    const writeSync = fs.writeSync;
    jest.spyOn(fs, 'writeSync').mockImplementation(((fd: number, chunk: unknown, ...rest: unknown[]) => {
      if (fd !== 1 && fd !== 2) return (writeSync as (...a: unknown[]) => number)(fd, chunk, ...rest);
      const text = toText(chunk);
      written.push(text);
      return Buffer.byteLength(text);
    }) as typeof fs.writeSync);
    t = await startApp({ LOG_LEVEL: 'trace', DB_LOG_QUERIES: 'true' });
    // `listen` ends Nest's start-up log buffer; the test app only calls `init`.
    t.app.flushLogs();
  });
  afterAll(async () => {
    await t.close();
    jest.restoreAllMocks();
  });

  it('signed in or through a mail link: no response id, answer, code or token appears in any log line', async () => {
    const s = await evaluationSetup(t, [1, 1]);
    const [signedIn, byLink] = s.participants;
    const survey = await openSurvey(s.evaluation, s.version.id, s.cohort.cohortId);
    const mail = await waitForMail(t.db, byLink.user.email, { subject: /Ihre Meinung/ });
    const token = /#([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] ?? '';
    const from = written.length;

    const secretA = `Antwort-${signedIn.user.id.slice(0, 8)}-geheim`;
    const secretB = `Antwort-${byLink.user.id.slice(0, 8)}-geheim`;
    await (await signInAs(t, signedIn.user)).ok(ANSWER, {
      input: { surveyId: survey.id, code: 'QX29Z4', answers: [{ itemId: s.ids['prep'], value: 3 }, { itemId: s.ids['wish'], text: secretA }] },
    });
    await t.client().ok(ANSWER_BY_LINK, { token, input: { surveyId: survey.id, code: 'JV17P0', answers: [{ itemId: s.ids['prep'], value: 5 }, { itemId: s.ids['wish'], text: secretB }] } });

    const log = written.slice(from).join('');
    // The capture works and is talkative: requests, statements and their parameters, the respondents' ids among them.
    expect(log).toContain('"url":"/graphql"');
    expect(log).toContain('INSERT INTO evaluation_responses');
    expect(log).toContain(signedIn.user.id);
    expect(log).toContain(byLink.user.id);

    const responseIds = (await sqlRows<{ id: string }>(t.db, `SELECT id FROM evaluation_responses WHERE survey_id = $1`, [survey.id])).map((r) => r.id);
    expect(responseIds).toHaveLength(2);
    for (const forbidden of [...responseIds, secretA, secretB, 'QX29Z4', 'JV17P0', token]) expect(log).not.toContain(forbidden);
    // The statement that stores the answers is logged without its parameters.
    const inserts = log.split('\n').filter((line) => line.includes('INSERT INTO evaluation_responses'));
    expect(inserts).toHaveLength(2);
    for (const line of inserts) expect(JSON.parse(line)).toMatchObject({ parameters: '6 not logged' });
  });
});
