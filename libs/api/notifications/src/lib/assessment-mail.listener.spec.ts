import { AttemptSubmittedEvent, ReminderDueEvent, Verdict } from '@koko/shared';
import { EntityManager } from 'typeorm';
import { AssessmentMailListener, immediateRecipients, verdictTemplate } from './assessment-mail.listener';
import { MailRecipient } from './mail-recipients';
import { ProgrammeTexts } from './programme-texts';
import { OutboxService } from './outbox.service';

describe('assessment mail choice', () => {
  it('asks for a revision in its own mail; passed and failed share one', () => {
    expect(verdictTemplate(Verdict.REVISION_REQUESTED)).toBe('revision-requested');
    expect(verdictTemplate(Verdict.PASSED)).toBe('feedback-released');
    expect(verdictTemplate(Verdict.FAILED)).toBe('feedback-released');
  });

  it('mails only trainers who want each submission', () => {
    const trainer = (id: string, mode: 'immediate' | 'digest') => ({ id, mode });
    expect(immediateRecipients({ trainers: [trainer('a', 'immediate'), trainer('b', 'digest'), trainer('c', 'immediate')] }).map((t) => t.id)).toEqual(['a', 'c']);
  });
});

describe('AssessmentMailListener', () => {
  const manager = {} as EntityManager;
  const accounts: Record<string, MailRecipient> = {
    p1: { email: 'p1@example.org', displayName: 'Pia', locale: 'de', active: true },
    t1: { email: 't1@example.org', displayName: 'Tina', locale: 'en', active: true },
    t2: { email: 't2@example.org', displayName: 'Tom', locale: 'de', active: true },
    t3: { email: 't3@example.org', displayName: 'Theo', locale: 'de', active: false },
    t4: { email: null, displayName: 'Gelöscht', locale: 'de', active: true },
  };
  const setup = () => {
    const enqueue = jest.fn().mockResolvedValue(undefined);
    const recipients = jest.fn(async (ids: readonly string[]) => new Map(ids.filter((id) => accounts[id]).map((id) => [id, accounts[id]])));
    const programmeTexts = jest.fn(
      async (): Promise<ProgrammeTexts> => ({
        cohorts: new Map([['c1', { de: 'Frühjahr', en: 'Spring' }]]),
        modules: new Map([['m2', { de: 'Interessen', en: '' }]]),
      }),
    );
    return { enqueue, recipients, programmeTexts, listener: new AssessmentMailListener({ enqueue } as unknown as OutboxService, { recipients }, { programmeTexts }) };
  };

  it('queues one mail per active immediate trainer in the event’s transaction, loading the people and the names once', async () => {
    const { enqueue, recipients, programmeTexts, listener } = setup();
    const payload: AttemptSubmittedEvent = {
      attemptId: 'a1',
      enrolmentId: 'e1',
      participantId: 'p1',
      cohortId: 'c1',
      moduleId: 'm2',
      modulePosition: 2,
      attemptNo: 1,
      late: true,
      submittedAt: '2026-03-01T10:00:00.000Z',
      gradingUrl: 'http://campus.test/trainer/bewertung/1',
      trainers: [
        { id: 't1', mode: 'immediate' },
        { id: 't2', mode: 'digest' },
        { id: 't3', mode: 'immediate' },
        { id: 't4', mode: 'immediate' },
      ],
    };
    await listener.onSubmitted({ payload, manager });
    expect(recipients).toHaveBeenCalledTimes(1);
    expect(programmeTexts).toHaveBeenCalledTimes(1);
    expect(enqueue).toHaveBeenCalledTimes(1);
    expect(enqueue).toHaveBeenCalledWith(manager, expect.objectContaining({ to: 't1@example.org', locale: 'en', template: 'submission-received' }));
    // An English reader gets the English cohort name, and the German module title where no English one is written.
    expect(enqueue.mock.calls[0][1].context).toMatchObject({ displayName: 'Tina', participantName: 'Pia', cohortName: 'Spring', moduleTitle: 'Interessen', late: true, gradingUrl: payload.gradingUrl });
  });

  it('marks the reminder a day before as the last one', async () => {
    const { enqueue, listener } = setup();
    const payload = { participantId: 'p1', cohortId: 'c1', moduleId: 'm2', kind: '1d', extended: false } as ReminderDueEvent;
    await listener.onReminderDue({ payload, manager });
    expect(enqueue.mock.calls[0][1]).toMatchObject({ to: 'p1@example.org', template: 'deadline-reminder', context: { displayName: 'Pia', lastCall: true, kind: '1d' } });
  });

  it('reminds no deactivated account', async () => {
    const { enqueue, listener } = setup();
    await listener.onReminderDue({ payload: { participantId: 't3', kind: '7d', extended: false } as ReminderDueEvent, manager });
    expect(enqueue).not.toHaveBeenCalled();
  });

  it('names each submission’s participant in the digest from one lookup', async () => {
    const { enqueue, recipients, programmeTexts, listener } = setup();
    const submission = { attemptId: 'a1', attemptNo: 1, cohortId: 'c1', moduleId: 'm2', modulePosition: 2, participantId: 'p1', submittedAt: '', late: false, gradingUrl: 'g' };
    await listener.onSubmissionDigestDue({ payload: { trainerId: 't2', since: '', until: '', submissions: [submission, { ...submission, attemptId: 'a2' }], queueUrl: 'q' }, manager });
    expect(recipients).toHaveBeenCalledTimes(1);
    expect(programmeTexts).toHaveBeenCalledTimes(1);
    expect(enqueue.mock.calls[0][1]).toMatchObject({ to: 't2@example.org', context: { count: 2, submissions: [{ participantName: 'Pia', attemptId: 'a1', cohortName: 'Frühjahr', moduleTitle: 'Interessen' }, { participantName: 'Pia', attemptId: 'a2' }] } });
    expect(enqueue.mock.calls[0][1].context.submissions[0]).not.toHaveProperty('participantId');
  });

  it('sends no empty digest', async () => {
    const { enqueue, listener } = setup();
    await listener.onSubmissionDigestDue({
      payload: { trainerId: 't1', since: '', until: '', submissions: [], queueUrl: '' },
      manager,
    });
    expect(enqueue).not.toHaveBeenCalled();
  });
});
