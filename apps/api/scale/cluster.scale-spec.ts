import { sqlOne, sqlRows } from '@koko/api/core/database';
import { multipartBody, samplePdf } from '@koko/api/core/storage/testing';
import { completeModules, createRunningCohort, createUser, emailOf, setCohortModule, TEST_PASSWORD } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Cluster, ClusterDatabase, createClusterDatabase, startCluster } from './support/cluster';
import { send, Session, Target } from './support/http-client';
import { INSTANCE_NODE, sleep } from './support/instances';

const SAVE = `mutation($input: SaveDraftInput!) { saveAssignmentDraft(input: $input) { id } }`;
const SUBMIT = `mutation($input: SubmitAttemptInput!) { submitAssignment(input: $input) { id state } }`;
const CLAIM = `mutation($input: ClaimAttemptInput!) { claimAttempt(input: $input) { id version } }`;
const FEEDBACK = `mutation($input: SaveFeedbackInput!) { saveFeedback(input: $input) { id state } }`;
const OVERVIEW = `query($e: ID!, $m: ID!) { assignment(enrolmentId: $e, moduleId: $m) { attempts { state feedback { verdict text } } } }`;
const ISSUE = `mutation($id: ID!) { issueCertificate(enrolmentId: $id) { id number sha256 verificationCode downloadUrl } }`;
const VERIFY = `query($code: String!) { verifyCertificate(code: $code) { state number } }`;
/** The scheduled job of the assessment library that queues deadline reminders (checked to exist below). */
const REMINDER_JOB = 'assessment-deadline-reminders';
/** How long instance C keeps answering after SIGTERM with readiness already 503. */
const READINESS_DELAY_MS = 6000;
const DAY = 86_400_000;
const METRICS_TOKEN = 'scale-metrics-token-0123456789abcdef0123';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function waitFor<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`${what}: not reached within ${timeoutMs / 1000} s (last: ${JSON.stringify(value)})`);
    await sleep(250);
  }
}

/**
 * Three instances of the built server on one PostgreSQL and one S3 bucket, behind nginx with the
 * shipped site. Each test calls instances directly where the step must happen "on instance X" and
 * goes through nginx where the proxy's choice is the subject. The last test stops instance C.
 */
describe('three instances behind nginx', () => {
  let database: ClusterDatabase;
  let cluster: Cluster;
  let a: Target, b: Target, c: Target, proxy: Target;
  const world = {} as {
    trainer: string;
    participant: { email: string; enrolmentId: string; moduleId: string };
    other: string;
    admins: string[];
    reminded: string[];
    graduates: string[];
  };

  beforeAll(async () => {
    database = await createClusterDatabase();
    const { db } = database;
    // Arranged before the instances start: the reminder job finds its work at its first tick.
    const trainer = await createUser(db, { roles: [Role.TRAINER] });
    const journey = await createRunningCohort(db, { participants: 2, trainerIds: [trainer.id] });
    const reminded = await createRunningCohort(db, { participants: 3 });
    await setCohortModule(db, reminded.cohortId, { assignmentDueAt: new Date(Date.now() + 3 * DAY) }, reminded.moduleIds[0]);
    const graduates = await createRunningCohort(db, { participants: 50 });
    await completeModules(db, graduates, graduates.enrolmentIds);
    world.trainer = trainer.email;
    world.participant = { email: await emailOf(db, journey.participantIds[0]), enrolmentId: journey.enrolmentIds[0], moduleId: journey.moduleIds[0] };
    world.other = await emailOf(db, journey.participantIds[1]);
    world.admins = await Promise.all(Array.from({ length: 5 }, async () => (await createUser(db, { roles: [Role.ADMIN] })).email));
    world.reminded = await Promise.all(reminded.participantIds.map((id) => emailOf(db, id)));
    world.graduates = graduates.enrolmentIds;

    cluster = await startCluster(database.url, {
      size: 3,
      // Every minute, so that the reminder job ticks while the test runs (the default is hourly).
      env: { JOBS_CRON_REMINDERS: '* * * * *', METRICS_TOKEN },
      envOf: (i): Record<string, string> => (i === 2 ? { SHUTDOWN_READINESS_DELAY_MS: String(READINESS_DELAY_MS) } : {}),
    });
    [a, b, c] = cluster.instances;
    proxy = cluster.proxy.target;
  }, 300_000);

  afterAll(async () => {
    const codes = await cluster?.stop();
    await database?.drop();
    if (codes?.some((code) => code !== 0)) throw new Error(`An instance did not stop cleanly: exit codes ${codes.join(', ')}`);
  }, 120_000);

  /** Proxied requests for `path` logged by nginx since entry `from`, once `count` of them are there. */
  const proxied = (from: number, path: string, count: number) =>
    waitFor(`nginx logged ${count} requests for ${path}`, async () => cluster.proxy.upstreamLog().slice(from).filter((l) => l.path === path), (l) => l.length >= count, 10_000);

  it('runs every instance on the Node of the container image (npm run test:scale fetches it)', async () => {
    const version = execFileSync(INSTANCE_NODE, ['--version'], { encoding: 'utf8' }).trim();
    for (const instance of [a, b, c]) {
      const res = await send(instance, '/metrics', { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
      expect(res.body.toString('utf8')).toContain(`nodejs_version_info{version="${version}"`);
    }
    if (process.env['SCALE_NODE']) {
      const major = /^ARG NODE_IMAGE=node:(\d+)[-.]/m.exec(readFileSync(resolve(__dirname, '../../../Dockerfile'), 'utf8'))?.[1];
      expect(version).toMatch(new RegExp(`^v${major}\\.`));
    }
  });

  it('serves one person across instances: signed in on A, uploads on B, graded on C, the file served by every instance', async () => {
    const { email, enrolmentId, moduleId } = world.participant;
    const participant = await Session.signIn(a, email, TEST_PASSWORD);
    const attemptId = (await participant.ok<{ saveAssignmentDraft: { id: string } }>(b, SAVE, { input: { enrolmentId, moduleId, body: 'Konfliktanalyse für die Kommune' } })).saveAssignmentDraft.id;
    const pdf = samplePdf('Transferaufgabe – Łukasz Żółć');
    const upload = multipartBody([{ field: 'file', filename: 'Reflexion.pdf', content: pdf }]);
    const uploaded = await participant.post(b, `/api/attempts/${attemptId}/files`, { 'content-type': upload.contentType, 'x-koko-upload': '1' }, upload.body);
    expect(uploaded.status).toBe(201);
    const fileId = uploaded.json<{ id: string }>().id;
    expect((await participant.ok<{ submitAssignment: { state: string } }>(b, SUBMIT, { input: { attemptId, confirmOwnWork: true } })).submitAssignment.state).toBe('SUBMITTED');

    const trainer = await Session.signIn(c, world.trainer, TEST_PASSWORD);
    const { version } = (await trainer.ok<{ claimAttempt: { version: number } }>(c, CLAIM, { input: { attemptId } })).claimAttempt;
    const graded = await trainer.ok<{ saveFeedback: { state: string } }>(c, FEEDBACK, { input: { attemptId, version, verdict: 'PASSED', text: 'Sehr gut.', scores: [], release: true } });
    expect(graded.saveFeedback.state).toBe('PASSED');

    const path = `/api/files/${fileId}`;
    for (const target of [a, b, c]) {
      const res = await participant.get(target, path);
      expect({ on: target.name, status: res.status, sha256: sha256(res.body) }).toEqual({ on: target.name, status: 200, sha256: sha256(pdf) });
    }
    const logged = cluster.proxy.upstreamLog().length;
    for (let i = 0; i < 6; i++) {
      const res = await (i % 2 ? trainer : participant).get(proxy, path);
      expect({ status: res.status, sha256: sha256(res.body) }).toEqual({ status: 200, sha256: sha256(pdf) });
    }
    // nginx spread the six downloads over all three instances.
    const upstreams = (await proxied(logged, path, 6)).map((l) => l.upstream);
    expect(new Set(upstreams)).toEqual(new Set(cluster.instances.map((i) => `127.0.0.1:${i.port}`)));

    const other = await Session.signIn(proxy, world.other, TEST_PASSWORD);
    expect((await other.get(proxy, path)).status).toBe(404);
    expect((await send(proxy, path)).status).toBe(401);
    const seen = await participant.ok<{ assignment: { attempts: { state: string; feedback: { verdict: string } | null }[] } }>(proxy, OVERVIEW, { e: enrolmentId, m: moduleId });
    expect(seen.assignment.attempts).toEqual([{ state: 'PASSED', feedback: { verdict: 'PASSED', text: 'Sehr gut.' } }]);
  });

  it('50 parallel certificate issues spread over the instances give 50 consecutive numbers', async () => {
    const { db } = database;
    const before = (await sqlRows<{ n: number }>(db, `SELECT coalesce(max(last_number), 0)::int AS n FROM certificate_counters`))[0].n;
    const admins = await Promise.all(world.admins.map((email, i) => Session.signIn(cluster.instances[i % 3], email, TEST_PASSWORD)));
    const results = await Promise.all(
      world.graduates.map((id, i) => admins[i % admins.length].run<{ issueCertificate: { id: string; number: string; sha256: string; verificationCode: string; downloadUrl: string } }>(cluster.instances[i % 3], ISSUE, { id })),
    );

    expect(results.filter((r) => r.errors)).toEqual([]);
    const issued = results.map((r) => r.data?.issueCertificate).filter((x) => x !== undefined);
    const sequences = issued.map((x) => Number(/^KOKO-\d{4}-(\d{6})$/.exec(x.number)?.[1])).sort((x, y) => x - y);
    expect(sequences).toEqual(Array.from({ length: 50 }, (_, i) => before + 1 + i));
    expect(await sqlOne<{ n: number }>(db, `SELECT count(DISTINCT number)::int AS n FROM certificates`)).toEqual({ n: 50 });

    // Each PDF is served by an instance other than the one that stored it, with the recorded hash.
    for (const [i, certificate] of issued.slice(0, 6).entries()) {
      const elsewhere = cluster.instances[(i + 1) % 3];
      const res = await admins[0].get(elsewhere, certificate.downloadUrl);
      expect({ status: res.status, sha256: sha256(res.body) }).toEqual({ status: 200, sha256: certificate.sha256 });
    }
    const anonymous = new Session('');
    expect((await anonymous.ok<{ verifyCertificate: { state: string; number: string } }>(proxy, VERIFY, { code: issued[0].verificationCode })).verifyCertificate).toEqual({ state: 'VALID', number: issued[0].number });
    // One signing key for the cluster: every instance publishes the same DID document.
    const documents = await Promise.all(cluster.instances.map(async (instance) => (await send(instance, '/.well-known/did.json')).body.toString('utf8')));
    expect(new Set(documents).size).toBe(1);
  });

  it('runs a scheduled job once per tick for the whole cluster: one deadline reminder per participant', async () => {
    const { db } = database;
    expect(await sqlRows(db, `SELECT name FROM pgboss.queue WHERE name = $1`, [REMINDER_JOB])).toEqual([{ name: REMINDER_JOB }]);
    const captured = () => sqlRows<{ recipient: string }>(db, `SELECT recipient FROM captured_mail WHERE recipient = ANY($1) ORDER BY recipient`, [world.reminded]);
    // The first tick comes within pg-boss's cron check interval (30 s) of the schedule being stored.
    await waitFor('a reminder captured for each participant', captured, (rows) => rows.length >= world.reminded.length, 120_000);
    const jobs = await sqlRows<{ created: Date }>(
      db,
      `SELECT created_on AS created FROM pgboss.job WHERE name = $1 UNION ALL SELECT created_on FROM pgboss.archive WHERE name = $1`,
      [REMINDER_JOB],
    );
    // pg-boss sends a schedule's job at most once per minute across all instances.
    const minutes = Math.floor(Date.now() / 60_000) - Math.floor(cluster.startedAt / 60_000) + 1;
    expect(jobs.length).toBeGreaterThanOrEqual(1);
    expect(jobs.length).toBeLessThanOrEqual(minutes);
    const outbox = await sqlRows<{ recipient: string }>(db, `SELECT recipient FROM mail_outbox WHERE template = 'deadline-reminder' ORDER BY recipient`);
    expect(outbox).toEqual([...world.reminded].sort().map((recipient) => ({ recipient })));
    expect(await captured()).toEqual([...world.reminded].sort().map((recipient) => ({ recipient })));
  });

  it('delivers each mail exactly once, whichever instance’s worker took it', async () => {
    const { db } = database;
    await waitFor('the outbox drained', () => sqlRows<{ n: number }>(db, `SELECT count(*)::int AS n FROM mail_outbox WHERE status = 'pending'`), (r) => r[0].n === 0, 60_000);
    const rows = await sqlRows<{ template: string; status: string; captured: number }>(
      db,
      `SELECT o.template, o.status, (SELECT count(*)::int FROM captured_mail m WHERE m.outbox_id = o.id) AS captured FROM mail_outbox o`,
    );
    // Certificates (50), reminders (3) and the graded submission at least.
    expect(rows.length).toBeGreaterThanOrEqual(53);
    expect(rows.filter((r) => r.status !== 'sent' || r.captured !== 1)).toEqual([]);
    expect(await sqlOne(db, `SELECT count(*)::int AS n FROM captured_mail WHERE outbox_id IS NULL`)).toEqual({ n: 0 });
  });

  it('on SIGTERM, instance C answers /health/ready 503 while /health/live still answers, and nginx keeps serving', async () => {
    const instance = cluster.instances[2];
    expect((await send(c, '/health/ready')).status).toBe(200);
    const signalledAt = Date.now();
    instance.signal('SIGTERM');
    const ready = await waitFor('readiness 503', () => send(c, '/health/ready'), (r) => r.status === 503, READINESS_DELAY_MS);
    const live = await send(c, '/health/live');
    const within = Date.now() - signalledAt;
    expect({ ready: ready.status, instance: ready.json<{ error: { instance: { status: string; message: string } } }>().error.instance, live: live.status }).toEqual({
      ready: 503,
      instance: { status: 'down', message: 'shutting down' },
      live: 200,
    });
    expect(within).toBeLessThan(READINESS_DELAY_MS);

    // Through nginx, requests keep being answered while C drains and after its port is closed.
    const statuses: number[] = [];
    const logged = cluster.proxy.upstreamLog().length;
    while (instance.running()) {
      statuses.push((await send(proxy, '/.well-known/did.json')).status);
      await sleep(50); // pacing, not waiting: a steady trickle of requests during the stop
    }
    expect(await instance.exited).toBe(0);
    for (let i = 0; i < 4; i++) statuses.push((await send(proxy, '/.well-known/did.json')).status);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    const after = (await proxied(logged, '/.well-known/did.json', statuses.length)).slice(-4).map((l) => l.upstream);
    expect(after.every((u) => u === `127.0.0.1:${cluster.instances[0].port}` || u === `127.0.0.1:${cluster.instances[1].port}` || u.includes(','))).toBe(true);
  });
});
