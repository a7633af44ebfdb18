import { PersonalDataRegistry, sqlOne, sqlRows } from '@koko/api/core/database';
import { multipartBody, samplePdf } from '@koko/api/core/storage/testing';
import { createRunningCohort, createUser, emailOf, programmeModuleId, signInAs, TestApp, waitForMail } from '@koko/api/testing';
import { Locale, Role } from '@koko/shared';
import { download, readZip } from './certificates/support';
import { startApp } from './support/app';

const REQUEST = `mutation { requestDataExport { id status progress } }`;
const MINE = `{ myDataExports { id status progress expiresAt size downloadUrl } }`;
type ExportRow = { id: string; status: string; progress: number; expiresAt: string | null; size: number | null; downloadUrl: string | null };

/**
 * A column that points at a person: a foreign key to `users`, a `user_id`/`…_user_id`, an author,
 * actor, grader or `…_by`, or an e-mail address / mail recipient.
 */
const PERSONAL_COLUMN = /^(user_id|.+_user_id|author_id|actor_id|grader_id|.+_by|email|recipient)$/;

describe('download all my data (Meine Daten)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('covers every table of the migrated schema that holds a personal reference', async () => {
    const columns = await sqlRows<{ table_name: string; column_name: string }>(
      t.db,
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> 'schema_migrations'`,
    );
    const foreignKeys = await sqlRows<{ table_name: string }>(
      t.db,
      `SELECT DISTINCT tc.table_name
         FROM information_schema.table_constraints tc
         JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
        WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public' AND ccu.table_name = 'users'`,
    );
    const personal = new Set([...columns.filter((c) => PERSONAL_COLUMN.test(c.column_name)).map((c) => c.table_name), ...foreignKeys.map((f) => f.table_name)]);
    // The detection itself finds what it must (so the check below cannot pass by finding nothing).
    for (const known of ['users', 'enrolments', 'assignment_attempts', 'certificates', 'mail_outbox', 'audit_events', 'barrier_reports', 'data_exports']) {
      expect(personal).toContain(known);
    }
    const covered = t.app.get(PersonalDataRegistry, { strict: false }).coveredTables;
    const missing = [...personal].filter((table) => !covered.has(table)).sort();
    expect(missing).toEqual([]);
  });

  it('builds one ZIP with data.json, the summary in the person’s language and their files, mails the link and serves it only to them', async () => {
    const f = await createRunningCohort(t.db, { participants: 1 });
    const userId = f.participantIds[0];
    const email = await emailOf(t.db, userId);
    const me = await signInAs(t, { email });
    const moduleId = await programmeModuleId(t.db, 1);
    const draft = await me.ok<{ saveAssignmentDraft: { id: string } }>(`mutation($input: SaveDraftInput!) { saveAssignmentDraft(input: $input) { id } }`, {
      input: { enrolmentId: f.enrolmentIds[0], moduleId, body: 'Mein <b>Konflikt</b> in der Kommune' },
    });
    const { body, contentType } = multipartBody([{ field: 'file', filename: 'Konfliktanalyse.pdf', contentType: 'application/pdf', content: samplePdf('Analyse') }]);
    const upload = await me.agent.post(`/api/attempts/${draft.saveAssignmentDraft.id}/files`).set('content-type', contentType).set('x-koko-upload', '1').send(body);
    expect(upload.status).toBe(201);

    // A note the person wrote on their Kommune's development path (accompaniment).
    const admin = await signInAs(t, await createUser(t.db, { roles: [Role.ADMIN] }));
    const path = await admin.ok<{ startAccompaniment: { milestones: Array<{ id: string; title: string }> } }>(
      `mutation($id: ID!) { startAccompaniment(municipalityId: $id) { milestones { id title } } }`,
      { id: f.municipalityId },
    );
    const milestone = path.startAccompaniment.milestones[0];
    await me.ok(`mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { stage } }`, {
      input: { milestoneId: milestone.id, title: milestone.title, status: 'IN_PROGRESS', note: 'Gespräche mit dem Ordnungsamt vereinbart.' },
    });

    const { requestDataExport } = await me.ok<{ requestDataExport: ExportRow }>(REQUEST);
    expect(['QUEUED', 'RUNNING', 'READY']).toContain(requestDataExport.status);
    // Asking again while it is being built answers the same export.
    const again = (await me.ok<{ requestDataExport: ExportRow }>(REQUEST)).requestDataExport;
    if (again.status !== 'READY') expect(again.id).toBe(requestDataExport.id);

    let ready: ExportRow | undefined;
    for (let i = 0; i < 200 && !ready; i++) {
      const rows = (await me.ok<{ myDataExports: ExportRow[] }>(MINE)).myDataExports;
      ready = rows.find((r) => r.id === requestDataExport.id && r.status === 'READY');
      if (!ready) await new Promise((r) => setTimeout(r, 100));
    }
    expect(ready).toMatchObject({ progress: 100, downloadUrl: `/api/data-exports/${requestDataExport.id}/download` });
    const days = (new Date(ready!.expiresAt!).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);

    const mail = await waitForMail(t.db, email, { subject: /Daten stehen zum Herunterladen bereit/ });
    expect(mail.text).toContain('/profil/meine-daten');

    const res = await download(me.agent, ready!.downloadUrl!);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toMatch(/KoKo-Campus-Meine-Daten-\d{4}-\d{2}-\d{2}\.zip/);
    const entries = readZip(res.body as Buffer);
    const names = entries.map((e) => e.name);
    expect(names).toContain('data.json');
    expect(names).toContain('zusammenfassung.html');
    expect(names).toContain(`files/assessment/abgabe-${draft.saveAssignmentDraft.id.slice(0, 8)}-Konfliktanalyse.pdf`);
    const json = JSON.parse(entries.find((e) => e.name === 'data.json')!.content.toString('utf8'));
    expect(json.subject).toEqual({ userId });
    expect(json.sections.account.account.email).toBe(email);
    expect(json.sections.enrolments.enrolments).toHaveLength(1);
    expect(json.sections.assessment.attempts[0].text).toBe('Mein <b>Konflikt</b> in der Kommune');
    expect(json.sections.accompaniment.milestoneNotes).toEqual([expect.objectContaining({ milestoneId: milestone.id, note: 'Gespräche mit dem Ordnungsamt vereinbart.' })]);
    expect(Object.keys(json.sections).sort()).toEqual(['accompaniment', 'account', 'assessment', 'audit', 'certificates', 'content', 'counselling', 'enrolments', 'mails', 'progress', 'shortFormats', 'surveys', 'teaching']);
    // No secrets: neither the password hash nor a token hash nor a storage key.
    const raw = entries.find((e) => e.name === 'data.json')!.content.toString('utf8');
    expect(raw).not.toMatch(/argon2|password_?hash|token_?hash|storageKey/i);
    const html = entries.find((e) => e.name === 'zusammenfassung.html')!.content.toString('utf8');
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('Ihre Daten bei KoKo Campus');
    expect(html).toContain('Mein &lt;b&gt;Konflikt&lt;/b&gt; in der Kommune');
    expect(html).not.toContain('<b>Konflikt</b>');

    // Nobody else reaches it: another participant, anonymous callers, guessed ids.
    const other = await createUser(t.db);
    const stranger = t.client();
    await stranger.signIn(other.email, other.password);
    expect((await download(stranger.agent, ready!.downloadUrl!)).status).toBe(404);
    expect((await download(t.http(), ready!.downloadUrl!)).status).toBe(401);
    expect((await download(me.agent, `/api/data-exports/00000000-0000-4000-8000-000000000000/download`)).status).toBe(404);
    expect((await stranger.ok<{ myDataExports: ExportRow[] }>(MINE)).myDataExports).toEqual([]);

    // After the account is deleted, the export is gone for good.
    await me.ok(`mutation($input: DeleteOwnAccountInput!) { deleteMyAccount(input: $input) }`, { input: { password: 'Sicheres-Test-Passwort-42' } });
    const row = await sqlOne<{ expired: boolean }>(t.db, `SELECT expires_at <= now() AS expired FROM data_exports WHERE id = $1`, [requestDataExport.id]);
    expect(row.expired).toBe(true);
  });

  it('writes the summary in English for an English account', async () => {
    const person = await createUser(t.db, { locale: Locale.EN });
    const c = t.client('en');
    await c.signIn(person.email, person.password);
    const { requestDataExport } = await c.ok<{ requestDataExport: ExportRow }>(REQUEST);
    let url: string | null = null;
    for (let i = 0; i < 200 && !url; i++) {
      url = (await c.ok<{ myDataExports: ExportRow[] }>(MINE)).myDataExports.find((r) => r.id === requestDataExport.id)?.downloadUrl ?? null;
      if (!url) await new Promise((r) => setTimeout(r, 100));
    }
    const res = await download(c.agent, url!);
    expect(res.headers['content-disposition']).toMatch(/KoKo-Campus-My-data-/);
    const html = readZip(res.body as Buffer).find((e) => e.name === 'summary.html')!.content.toString('utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Your data at KoKo Campus');
  });
});
