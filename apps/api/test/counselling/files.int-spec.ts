import { multipartBody, sampleExecutable, samplePdf, samplePng } from '@koko/api/core/storage/testing';
import { sqlRows } from '@koko/api/core/database';
import { createUser, GraphQLClient, signInAs, TestApp } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { startApp } from '../support/app';
import { ASSIGN, counsellingSetup, SET_STATUS } from './support';

const THREAD = `query($id: ID!) { counsellingThread(requestId: $id) { body confidential files { id displayName contentType sizeBytes downloadUrl } } }`;
const POST = `mutation($input: PostCounsellingMessageInput!) { postCounsellingMessage(input: $input) { id files { id displayName } } }`;
const MAX = 64 * 1024;

interface Thread {
  counsellingThread: Array<{ body: string; confidential: boolean; files: Array<{ id: string; displayName: string; downloadUrl: string }> }>;
}

describe('counselling: files in the thread', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ UPLOAD_MAX_BYTES: String(MAX), UPLOAD_MAX_FILES: '2' });
  });
  afterAll(() => t.close());

  const upload = (client: GraphQLClient, requestId: string, file: { name: string; content: Buffer }) => {
    const { body, contentType } = multipartBody([{ field: 'file', filename: file.name, contentType: 'application/pdf', content: file.content }]);
    return client.agent.post(`/api/counselling/requests/${requestId}/files`).set('content-type', contentType).set('x-koko-upload', '1').set('accept-language', 'de').send(body);
  };

  it('requester and advisors exchange files with their messages; a confidential note’s file and an unsent upload reach no one else', async () => {
    const s = await counsellingSetup(t);
    const request = await s.file();
    await s.admin.ok(ASSIGN, { input: { requestId: request.id, advisorIds: [s.advisors.a.id, s.advisors.b.id] } });
    const advisor = await signInAs(t, s.advisors.b);

    // The requester uploads a PDF: until it is sent, only they can fetch it.
    const uploaded = await upload(s.requester, request.id, { name: 'Protokoll Runder Tisch.pdf', content: samplePdf() });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ displayName: 'Protokoll Runder Tisch.pdf', contentType: 'application/pdf' });
    expect((await s.requester.agent.get(uploaded.body.downloadUrl)).status).toBe(200);
    expect((await advisor.agent.get(uploaded.body.downloadUrl)).status).toBe(404);

    const sent = (await s.requester.ok<{ postCounsellingMessage: { files: Array<{ id: string }> } }>(POST, { input: { requestId: request.id, body: 'Anbei das Protokoll.', fileIds: [uploaded.body.id] } }))
      .postCounsellingMessage;
    expect(sent.files.map((f) => f.id)).toEqual([uploaded.body.id]);
    const forAdvisor = (await advisor.ok<Thread>(THREAD, { id: request.id })).counsellingThread;
    expect(forAdvisor[0].files.map((f) => f.displayName)).toEqual(['Protokoll Runder Tisch.pdf']);
    const fetched = await advisor.agent.get(uploaded.body.downloadUrl).buffer(true);
    expect(fetched.status).toBe(200);
    expect(Buffer.compare(fetched.body as Buffer, samplePdf())).toBe(0);
    expect(fetched.headers['content-disposition']).toMatch(/^attachment/);
    expect(fetched.headers['x-content-type-options']).toBe('nosniff');

    // An advisor's confidential note with a file: other staff read it, the requester never.
    const noteFile = await upload(advisor, request.id, { name: 'einschaetzung.png', content: samplePng() });
    expect(noteFile.status).toBe(201);
    await advisor.ok(POST, { input: { requestId: request.id, body: 'Meine Einschätzung als Skizze.', confidential: true, fileIds: [noteFile.body.id] } });
    expect((await s.requester.ok<Thread>(THREAD, { id: request.id })).counsellingThread.flatMap((m) => m.files.map((f) => f.id))).toEqual([uploaded.body.id]);
    expect((await s.requester.agent.get(noteFile.body.downloadUrl)).status).toBe(404);
    expect((await (await signInAs(t, s.advisors.a, 'en')).agent.get(noteFile.body.downloadUrl)).status).toBe(200);
    expect((await s.admin.agent.get(noteFile.body.downloadUrl)).status).toBe(200);

    // Outsiders: another advisor, another participant, nobody signed in.
    expect((await (await signInAs(t, s.advisors.other)).agent.get(uploaded.body.downloadUrl)).status).toBe(404);
    const stranger = await signInAs(t, await createUser(t.db, { roles: [Role.PARTICIPANT] }));
    expect((await stranger.agent.get(uploaded.body.downloadUrl)).status).toBe(404);
    expect((await upload(stranger, request.id, { name: 'x.pdf', content: samplePdf() })).status).toBe(404);
    expect((await t.http().get(uploaded.body.downloadUrl)).status).toBe(401);

    // Someone else's upload cannot be sent by another person, nor a file sent twice.
    const advisorsUpload = await upload(advisor, request.id, { name: 'entwurf.pdf', content: samplePdf() });
    expect((await s.requester.error(POST, { input: { requestId: request.id, body: 'Das nehme ich mit.', fileIds: [advisorsUpload.body.id] } })).code).toBe('FILES_INVALID');
    expect((await s.requester.error(POST, { input: { requestId: request.id, body: 'Noch einmal.', fileIds: [uploaded.body.id] } })).code).toBe('FILES_INVALID');
  });

  it('applies the checks of assignment uploads: type from the bytes, size, number per message; nothing stays behind', async () => {
    const s = await counsellingSetup(t);
    const request = await s.file();
    const count = async () => (await sqlRows<{ n: number }>(t.db, `SELECT count(*)::int AS n FROM counselling_message_files WHERE request_id = $1`, [request.id]))[0].n;
    const exe = await upload(s.requester, request.id, { name: 'bericht.pdf', content: sampleExecutable('mz') });
    expect(exe.status).toBe(415);
    expect(exe.body.message).toMatch(/PDF/);
    expect((await upload(s.requester, request.id, { name: 'gross.pdf', content: Buffer.concat([samplePdf(), Buffer.alloc(MAX)]) })).status).toBe(413);
    expect(await count()).toBe(0);
    expect((await upload(s.requester, request.id, { name: 'a.pdf', content: samplePdf() })).status).toBe(201);
    expect((await upload(s.requester, request.id, { name: 'b.pdf', content: samplePdf() })).status).toBe(201);
    const third = await upload(s.requester, request.id, { name: 'c.pdf', content: samplePdf() });
    expect(third.status).toBe(409);
    expect(third.body).toMatchObject({ code: 'TOO_MANY_FILES', message: 'Es sind höchstens 2 Dateien je Nachricht möglich.' });
    expect(await count()).toBe(2);
    // Removing an unsent upload frees its place; only its uploader may.
    const [pendingFile] = await sqlRows<{ id: string }>(t.db, `SELECT id FROM counselling_message_files WHERE request_id = $1 ORDER BY created_at LIMIT 1`, [request.id]);
    expect((await s.admin.agent.delete(`/api/counselling/files/${pendingFile.id}`)).status).toBe(404);
    expect((await s.requester.agent.delete(`/api/counselling/files/${pendingFile.id}`)).status).toBe(204);
    expect(await count()).toBe(1);
    expect((await upload(s.requester, request.id, { name: 'c.pdf', content: samplePdf() })).status).toBe(201);
    // Without the upload header (a cross-site form could not set it) nothing is read.
    const { body, contentType } = multipartBody([{ field: 'file', filename: 'x.pdf', contentType: 'application/pdf', content: samplePdf() }]);
    expect((await s.requester.agent.post(`/api/counselling/requests/${request.id}/files`).set('content-type', contentType).send(body)).status).toBe(400);

    // A finished request takes no more files.
    await s.admin.ok(ASSIGN, { input: { requestId: request.id, advisorIds: [s.advisors.a.id] } });
    await s.admin.ok(SET_STATUS, { input: { requestId: request.id, status: 'DECLINED', reason: 'Kein Beratungsanliegen im Sinne des Programms.' } });
    expect((await upload(s.admin, request.id, { name: 'd.pdf', content: samplePdf() })).status).toBe(409);
  });
});
