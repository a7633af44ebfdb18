import { AttemptSubmittedEvent, ReminderDueEvent, Verdict } from '@koko/shared';
import { EntityManager } from 'typeorm';
import { AssessmentMailListener, immediateRecipients, verdictTemplate } from './assessment-mail.listener';
import { OutboxService } from './outbox.service';

describe('assessment mail choice', () => {
  it('asks for a revision in its own mail; passed and failed share one', () => {
    expect(verdictTemplate(Verdict.REVISION_REQUESTED)).toBe('revision-requested');
    expect(verdictTemplate(Verdict.PASSED)).toBe('feedback-released');
    expect(verdictTemplate(Verdict.FAILED)).toBe('feedback-released');
  });

  it('mails only trainers who want each submission', () => {
    const trainer = (id: string, mode: 'immediate' | 'digest') => ({ id, email: `${id}@example.org`, displayName: id, locale: 'de' as const, mode });
    expect(immediateRecipients({ trainers: [trainer('a', 'immediate'), trainer('b', 'digest'), trainer('c', 'immediate')] }).map((t) => t.id)).toEqual(['a', 'c']);
  });
});

describe('AssessmentMailListener', () => {
  const manager = {} as EntityManager;
  const setup = () => {
    const enqueue = jest.fn().mockResolvedValue(undefined);
    return { enqueue, listener: new AssessmentMailListener({ enqueue } as unknown as OutboxService) };
  };

  it('queues one mail per immediate trainer in the event’s transaction', async () => {
    const { enqueue, listener } = setup();
    const payload = {
      participantName: 'Pia',
      cohortName: 'Frühjahr',
      modulePosition: 2,
      moduleTitle: 'Interessen',
      attemptNo: 1,
      late: true,
      submittedAt: '2026-03-01T10:00:00.000Z',
      gradingUrl: 'http://campus.test/trainer/bewertung/1',
      trainers: [
        { id: 't1', email: 't1@example.org', displayName: 'Tina', locale: 'en', mode: 'immediate' },
        { id: 't2', email: 't2@example.org', displayName: 'Tom', locale: 'de', mode: 'digest' },
      ],
    } as AttemptSubmittedEvent;
    await listener.onSubmitted({ payload, manager });
    expect(enqueue).toHaveBeenCalledTimes(1);
    expect(enqueue).toHaveBeenCalledWith(manager, expect.objectContaining({ to: 't1@example.org', locale: 'en', template: 'submission-received' }));
    expect(enqueue.mock.calls[0][1].context).toMatchObject({ displayName: 'Tina', late: true, gradingUrl: payload.gradingUrl });
  });

  it('marks the reminder a day before as the last one', async () => {
    const { enqueue, listener } = setup();
    const payload = { participantEmail: 'p@example.org', participantLocale: 'de', participantName: 'Pia', kind: '1d', extended: false } as ReminderDueEvent;
    await listener.onReminderDue({ payload, manager });
    expect(enqueue.mock.calls[0][1]).toMatchObject({ template: 'deadline-reminder', context: { lastCall: true, kind: '1d' } });
  });

  it('sends no empty digest', async () => {
    const { enqueue, listener } = setup();
    await listener.onSubmissionDigestDue({
      payload: { trainerId: 't', trainerEmail: 't@example.org', trainerName: 'T', trainerLocale: 'de', since: '', until: '', submissions: [], queueUrl: '' },
      manager,
    });
    expect(enqueue).not.toHaveBeenCalled();
  });
});
