import { EventEmitter2 } from '@nestjs/event-emitter';
import { sqlRows } from '@koko/api/core/database';
import { createEnrolment, createRunningCohort, createUser, setTrainerMailPreference, TestApp, TestUser, waitForMail } from '@koko/api/testing';
import {
  AssessmentEvents,
  AttemptSubmittedEvent,
  ClaimTakenOverEvent,
  ExtensionGrantedEvent,
  FeedbackReleasedEvent,
  Locale,
  Role,
  Verdict,
} from '@koko/shared';
import { randomUUID } from 'node:crypto';
import { startApp } from './support/app';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const exactly = (subject: string) => new RegExp(`^${escape(subject)}$`);

/**
 * The mails (and audit entries) that transfer-assignment events cause. The events are emitted as
 * the assessment domain does: through the app's event bus, inside a transaction.
 */
describe('transfer assignment mails', () => {
  let t: TestApp;
  let emit: <T>(name: string, payload: T, rollback?: boolean) => Promise<void>;
  let cohort: Awaited<ReturnType<typeof createRunningCohort>>;
  let participants: Record<Locale, TestUser & { enrolmentId: string }>;
  let trainers: { de: TestUser; en: TestUser; digest: TestUser };
  let cohortName: string;
  let cohortNameEn: string;

  beforeAll(async () => {
    t = await startApp();
    const events = t.app.get(EventEmitter2);
    emit = async (name, payload, rollback = false) => {
      await t.db
        .transaction(async (manager) => {
          await events.emitAsync(name, { payload, manager });
          if (rollback) throw new Error('rolled back on purpose');
        })
        .catch((error: Error) => {
          if (!rollback) throw error;
        });
    };
    trainers = {
      de: await createUser(t.db, { roles: [Role.TRAINER], displayName: 'Tamara Trainerin' }),
      en: await createUser(t.db, { roles: [Role.TRAINER], locale: Locale.EN, displayName: 'Theo Trainer' }),
      digest: await createUser(t.db, { roles: [Role.TRAINER], displayName: 'Dora Digest' }),
    };
    await setTrainerMailPreference(t.db, trainers.digest.id, 'digest');
    cohortName = `Durchgang <Frühjahr> ${randomUUID().slice(0, 6)}`;
    cohortNameEn = `Spring <cohort> ${randomUUID().slice(0, 6)}`;
    cohort = await createRunningCohort(t.db, { participants: 0, trainerIds: Object.values(trainers).map((u) => u.id), name: cohortName, nameEn: cohortNameEn });
    const enrol = async (locale: Locale) => {
      const user = await createUser(t.db, { locale, displayName: locale === Locale.DE ? 'Paula Probst' : 'Peter Park' });
      const { id } = await createEnrolment(t.db, cohort.cohortId, { user, municipalityId: cohort.municipalityId, state: 'admitted', decidedAt: new Date() });
      return { ...user, enrolmentId: id };
    };
    participants = { de: await enrol(Locale.DE), en: await enrol(Locale.EN) };
  });
  afterAll(() => t.close());

  const context = (locale: Locale) => {
    const p = participants[locale];
    return {
      attemptId: randomUUID(),
      attemptNo: 1,
      enrolmentId: p.enrolmentId,
      cohortId: cohort.cohortId,
      moduleId: cohort.moduleIds[1],
      modulePosition: 2,
      participantId: p.id,
    };
  };
  const assignmentUrl = (locale: Locale) => `http://campus.test/mein-weg/modul/2?enrolment=${participants[locale].enrolmentId}`;
  const outbox = async (to: string): Promise<string[]> =>
    (await sqlRows<{ template: string }>(t.db, `SELECT template FROM mail_outbox WHERE recipient = $1 ORDER BY created_at`, [to])).map((r) => r.template);
  const audit = (entityId: string) =>
    sqlRows<{ actor_id: string | null; action: string; entity_type: string; cohort_id: string | null; subject_user_id: string | null; before: unknown; after: unknown }>(
      t.db,
      `SELECT actor_id, action, entity_type, cohort_id, subject_user_id, before, after FROM audit_events WHERE entity_id = $1 ORDER BY id`,
      [entityId],
    );

  it('tell each trainer who wants it about a new submission, in their language (programme names too); digest readers wait', async () => {
    const payload: AttemptSubmittedEvent = {
      ...context(Locale.DE),
      late: true,
      submittedAt: '2030-03-02T09:30:00.000Z',
      trainers: Object.entries(trainers).map(([key, u]) => ({ id: u.id, mode: key === 'digest' ? 'digest' : 'immediate' })),
      gradingUrl: 'http://campus.test/trainer/bewertung/attempt-1',
    };
    await emit(AssessmentEvents.Submitted, payload);

    const de = await waitForMail(t.db, trainers.de.email, { subject: exactly('Neue Einreichung (verspätet): Modul 2 – Paula Probst') });
    expect(de.text).toContain(`Guten Tag Tamara Trainerin,\n\nPaula Probst hat im Durchgang „${cohortName}“ die Transferaufgabe zu Modul 2 „Interessen, Werte und Verhandlung“ eingereicht (1. Versuch, 2. März 2030 um 10:30).`);
    expect(de.text).toContain('als verspätet markiert');
    expect(de.text).toContain('http://campus.test/trainer/bewertung/attempt-1');
    expect(de.html).toContain('Durchgang &lt;Frühjahr&gt;');
    const en = await waitForMail(t.db, trainers.en.email, { subject: exactly('New submission (late): module 2 – Paula Probst') });
    expect(en.text).toContain(`module 2 “Interests, values and negotiation” in the cohort “${cohortNameEn}” (attempt 1, 2 March 2030 at 10:30)`);
    expect(en.html).toContain('Spring &lt;cohort&gt;');
    expect(en.html).toContain('href="http://campus.test/trainer/bewertung/attempt-1"');
    expect(await outbox(trainers.digest.email)).toEqual([]);
  });

  it('tell the participant a verdict: passed or failed, and a revision request with the next attempt', async () => {
    const release = (locale: Locale, verdict: FeedbackReleasedEvent['verdict'], nextAttemptNo: number | null): FeedbackReleasedEvent => ({
      ...context(locale),
      verdict,
      actorId: trainers.de.id,
      nextAttemptNo,
      revisionDueAt: nextAttemptNo ? '2026-05-04T21:59:00.000Z' : null,
      assignmentUrl: assignmentUrl(locale),
      scores: {},
    });
    await emit(AssessmentEvents.FeedbackReleased, release(Locale.DE, Verdict.PASSED, null));
    const passed = await waitForMail(t.db, participants.de.email, { subject: exactly('Bestanden: Ihre Transferaufgabe zu Modul 2') });
    expect(passed.text).toContain('wurde bewertet: bestanden. Herzlichen Glückwunsch!');
    expect(passed.text).toContain(assignmentUrl(Locale.DE));

    await emit(AssessmentEvents.FeedbackReleased, release(Locale.EN, Verdict.FAILED, null));
    const failed = await waitForMail(t.db, participants.en.email, { subject: exactly('Result of your transfer assignment for module 2') });
    expect(failed.text).toContain('has been graded: not passed.');
    // Handlebars writes '=' in attribute values as &#x3D;, which a mail client reads as '='.
    expect(failed.html.replaceAll('&#x3D;', '=')).toContain(`href="${assignmentUrl(Locale.EN)}"`);

    await emit(AssessmentEvents.FeedbackReleased, release(Locale.DE, Verdict.REVISION_REQUESTED, 2));
    const revise = await waitForMail(t.db, participants.de.email, { subject: exactly('Bitte überarbeiten: Ihre Transferaufgabe zu Modul 2') });
    expect(revise.text).toContain('Für Ihre Überarbeitung ist der 2. Versuch geöffnet; bitte reichen Sie ihn bis 4. Mai 2026 um 23:59 ein.');
    await emit(AssessmentEvents.FeedbackReleased, release(Locale.EN, Verdict.REVISION_REQUESTED, 3));
    const reviseEn = await waitForMail(t.db, participants.en.email, { subject: exactly('Please revise: your transfer assignment for module 2') });
    expect(reviseEn.text).toContain('Attempt 3 is now open for your revision; please submit it by 4 May 2026 at 23:59.');
  });

  it('tell the participant about an extension: the new date and the reason', async () => {
    const grant = (locale: Locale): ExtensionGrantedEvent => ({
      enrolmentId: participants[locale].enrolmentId,
      cohortId: cohort.cohortId,
      moduleId: cohort.moduleIds[3],
      participantId: participants[locale].id,
      dueAt: '2030-04-10T21:59:00.000Z',
      previousDueAt: '2030-03-31T21:59:00.000Z',
      reason: 'Krankheit, ärztlich bescheinigt',
      actorId: trainers.en.id,
      assignmentUrl: assignmentUrl(locale),
    });
    await emit(AssessmentEvents.ExtensionGranted, grant(Locale.DE));
    const de = await waitForMail(t.db, participants.de.email, { subject: exactly('Verlängerung: neuer Abgabetermin für Ihre Transferaufgabe „Eskalation, Radikalisierung, Rechtspopulismus und Krisenfestigkeit“') });
    expect(de.text).toContain('Ihr neuer Abgabetermin ist 10. April 2030 um 23:59 (bisher: 31. März 2030 um 23:59).');
    expect(de.text).toContain('Begründung:\nKrankheit, ärztlich bescheinigt');
    await emit(AssessmentEvents.ExtensionGranted, grant(Locale.EN));
    const en = await waitForMail(t.db, participants.en.email, { subject: exactly('Extension: new due date for your transfer assignment “Escalation, radicalisation, right-wing populism and crisis resilience”') });
    expect(en.text).toContain('Your new due date is 10 April 2030 at 23:59 (previously: 31 March 2030 at 23:59).');
    expect(en.text).toContain('Reason:\nKrankheit, ärztlich bescheinigt');

    const [entry] = await audit(`${participants.en.enrolmentId}:${cohort.moduleIds[3]}`);
    expect(entry).toEqual({
      actor_id: trainers.en.id,
      action: 'assessment.extension-granted',
      entity_type: 'assignment',
      cohort_id: cohort.cohortId,
      subject_user_id: participants.en.id,
      before: { dueAt: '2030-03-31T21:59:00.000Z' },
      after: { dueAt: '2030-04-10T21:59:00.000Z', reason: 'Krankheit, ärztlich bescheinigt' },
    });
  });

  it('put released verdicts and claim take-overs into the audit trail', async () => {
    const scores = { c1: { criterionId: 'c1', criterionTitle: 'Analyse', levelId: 'l3', levelLabel: 'gut', points: 3 } };
    const verdict: FeedbackReleasedEvent = {
      ...context(Locale.DE),
      verdict: Verdict.REVISION_REQUESTED,
      actorId: trainers.de.id,
      nextAttemptNo: 2,
      revisionDueAt: '2026-05-04T21:59:00.000Z',
      assignmentUrl: assignmentUrl(Locale.DE),
      scores,
    };
    await emit(AssessmentEvents.FeedbackReleased, verdict);
    expect(await audit(verdict.attemptId)).toEqual([
      {
        actor_id: trainers.de.id,
        action: 'assessment.verdict-released',
        entity_type: 'attempt',
        cohort_id: cohort.cohortId,
        subject_user_id: participants.de.id,
        before: { state: 'submitted' },
        after: { state: 'revision_requested', scores },
      },
    ]);

    const takeOver: ClaimTakenOverEvent = { attemptId: randomUUID(), cohortId: cohort.cohortId, participantId: participants.en.id, fromUserId: trainers.de.id, actorId: trainers.en.id };
    const mailsBefore = await outbox(trainers.de.email);
    await emit(AssessmentEvents.ClaimTakenOver, takeOver);
    expect(await audit(takeOver.attemptId)).toEqual([
      {
        actor_id: trainers.en.id,
        action: 'assessment.claim-taken-over',
        entity_type: 'attempt',
        cohort_id: cohort.cohortId,
        subject_user_id: participants.en.id,
        before: { claimedBy: trainers.de.id },
        after: { claimedBy: trainers.en.id },
      },
    ]);
    expect(await outbox(trainers.de.email)).toEqual(mailsBefore);
  });

  it('leave neither mail nor audit entry when the change rolls back', async () => {
    const loner = await createUser(t.db, { displayName: 'Rolf Rollback' });
    const payload: FeedbackReleasedEvent = {
      ...context(Locale.DE),
      participantId: loner.id,
      verdict: Verdict.PASSED,
      actorId: trainers.de.id,
      nextAttemptNo: null,
      revisionDueAt: null,
      assignmentUrl: assignmentUrl(Locale.DE),
      scores: {},
    };
    await emit(AssessmentEvents.FeedbackReleased, payload, true);
    expect(await outbox(loner.email)).toEqual([]);
    expect(await audit(payload.attemptId)).toEqual([]);
  });
});
