import { createUser, GraphQLClient, TestApp, TestUser } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { certificateHelpers, CertificateRow, download, emailOf, readZip, REISSUE, REVOKE, sha256, signedIn, startCertificatesApp, TRAIL, TrailItem } from './support';

describe('certificates', () => {
  let t: TestApp, admin: GraphQLClient, adminUser: TestUser, anonymous: GraphQLClient;
  beforeAll(async () => ({ t, admin, adminUser, anonymous } = await startCertificatesApp()));
  afterAll(() => t.close());
  const { issue, cohortWith } = certificateHelpers(() => ({ t, admin, anonymous }));

  describe('cohort ZIP and audit trail', () => {
    it('zips one PDF per valid certificate for admins only, and audits issue, revoke, reissue and downloads', async () => {
      const f = await cohortWith(4, 3);
      const [a, b, c] = [await issue(f.enrolmentIds[0]), await issue(f.enrolmentIds[1]), await issue(f.enrolmentIds[2])];
      await admin.ok(REVOKE, { input: { certificateId: a.id, reason: 'MISCONDUCT', note: 'Täuschung' } });
      const b2 = (await admin.ok<{ reissueCertificate: CertificateRow }>(REISSUE, { input: { certificateId: b.id, printedName: 'Berta Beispiel', reason: 'Tippfehler im Namen' } })).reissueCertificate;

      const res = await download(admin.agent, `/api/cohorts/${f.cohortId}/certificates.zip`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/zip');
      const entries = readZip(res.body);
      expect(entries).toHaveLength(2);
      expect(entries.map((e) => e.name.slice(0, 16)).sort()).toEqual([b2.number, c.number].sort());
      expect(entries.map((e) => sha256(e.content)).sort()).toEqual([b2.sha256, c.sha256].sort());
      for (const e of entries) expect(e.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');

      const participant = await signedIn(t, await emailOf(t.db, f.participantIds[2]));
      const trainer = await signedIn(t, (await createUser(t.db, { roles: [Role.TRAINER] })).email);
      expect((await download(participant.agent, `/api/cohorts/${f.cohortId}/certificates.zip`)).status).toBe(403);
      expect((await download(trainer.agent, `/api/cohorts/${f.cohortId}/certificates.zip`)).status).toBe(403);
      expect((await download(t.http(), `/api/cohorts/${f.cohortId}/certificates.zip`)).status).toBe(401);

      // An admin's single download is audited too; the holder's own is not.
      await download(participant.agent, c.downloadUrl);
      await download(admin.agent, c.downloadUrl);

      const items = (await admin.ok<{ auditTrail: { items: TrailItem[] } }>(TRAIL, { cohortId: f.cohortId })).auditTrail.items.filter((i) => i.action.startsWith('certificate.'));
      const parse = (i: TrailItem) => ({ ...i, before: i.before ? JSON.parse(i.before) : null, after: i.after ? JSON.parse(i.after) : null });
      const of = (action: string) => items.filter((i) => i.action === action).map(parse);

      // A reissue is its own entry (below), not a second issue.
      expect(of('certificate.issued')).toHaveLength(3);
      expect(of('certificate.issued').find((i) => i.entityId === c.id)).toEqual({
        actorId: adminUser.id,
        action: 'certificate.issued',
        entityType: 'certificate',
        entityId: c.id,
        cohortId: f.cohortId,
        subjectUserId: f.participantIds[2],
        before: null,
        after: { state: 'valid', number: c.number, printedName: 'Teilnehmer:in 3', automatic: false },
      });
      expect(of('certificate.revoked')).toEqual([
        expect.objectContaining({
          actorId: adminUser.id,
          entityType: 'certificate',
          entityId: a.id,
          subjectUserId: f.participantIds[0],
          before: { state: 'valid' },
          after: { state: 'revoked', reason: 'misconduct', note: 'Täuschung' },
        }),
      ]);
      expect(of('certificate.reissued')).toEqual([
        expect.objectContaining({
          actorId: adminUser.id,
          entityId: b2.id,
          subjectUserId: f.participantIds[1],
          before: { certificateId: b.id, number: b.number, printedName: 'Teilnehmer:in 2' },
          after: { number: b2.number, printedName: 'Berta Beispiel', reason: 'Tippfehler im Namen' },
        }),
      ]);
      const downloads = of('certificate.downloaded');
      expect(downloads).toHaveLength(2);
      expect(downloads).toContainEqual(
        expect.objectContaining({ actorId: adminUser.id, entityId: `cohort:${f.cohortId}`, subjectUserId: null, after: { kind: 'zip', certificateIds: expect.arrayContaining([b2.id, c.id]) } }),
      );
      expect(downloads).toContainEqual(expect.objectContaining({ actorId: adminUser.id, entityId: c.id, subjectUserId: f.participantIds[2], after: { kind: 'pdf', certificateIds: [c.id] } }));
      // The holder's trail shows their certificate's history.
      const holderTrail = (await admin.ok<{ auditTrail: { items: TrailItem[] } }>(`query($u: ID) { auditTrail(subjectUserId: $u, limit: 50) { items { action } } }`, { u: f.participantIds[1] })).auditTrail.items;
      expect(holderTrail.map((i) => i.action)).toEqual(expect.arrayContaining(['certificate.issued', 'certificate.reissued']));
    });
  });
});
