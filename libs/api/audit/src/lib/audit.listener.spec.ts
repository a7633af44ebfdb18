import { ClaimTakenOverEvent, ExtensionGrantedEvent, FeedbackReleasedEvent } from '@koko/shared';
import { EntityManager } from 'typeorm';
import { AuditListener } from './audit.listener';
import { AuditService } from './audit.service';

describe('AuditListener: transfer assignments', () => {
  const manager = {} as EntityManager;
  const setup = () => {
    const append = jest.fn().mockResolvedValue(undefined);
    return { append, listener: new AuditListener({ append } as unknown as AuditService) };
  };

  it('records a released verdict with its scores', async () => {
    const { append, listener } = setup();
    const scores = { c1: { criterionId: 'c1', levelId: 'l2', points: 3 } };
    const payload = { attemptId: 'a1', cohortId: 'c', participantId: 'p', actorId: 't', verdict: 'revision_requested', scores } as unknown as FeedbackReleasedEvent;
    await listener.onFeedbackReleased({ payload, manager });
    expect(append).toHaveBeenCalledWith(manager, {
      actorId: 't',
      action: 'assessment.verdict-released',
      entityType: 'attempt',
      entityId: 'a1',
      cohortId: 'c',
      subjectUserId: 'p',
      before: { state: 'submitted' },
      after: { state: 'revision_requested', scores },
    });
  });

  it('records an extension with the old and the new due date', async () => {
    const { append, listener } = setup();
    const payload = {
      enrolmentId: 'e',
      moduleId: 'm',
      cohortId: 'c',
      participantId: 'p',
      actorId: 't',
      dueAt: '2026-04-10T21:59:00.000Z',
      previousDueAt: null,
      reason: 'Krankheit',
    } as unknown as ExtensionGrantedEvent;
    await listener.onExtensionGranted({ payload, manager });
    expect(append.mock.calls[0][1]).toMatchObject({
      action: 'assessment.extension-granted',
      entityId: 'e:m',
      before: { dueAt: null },
      after: { dueAt: '2026-04-10T21:59:00.000Z', reason: 'Krankheit' },
    });
  });

  it('records who took over a claim from whom', async () => {
    const { append, listener } = setup();
    const payload: ClaimTakenOverEvent = { attemptId: 'a1', cohortId: 'c', participantId: 'p', fromUserId: 'old', actorId: 'new' };
    await listener.onClaimTakenOver({ payload, manager });
    expect(append.mock.calls[0][1]).toMatchObject({
      actorId: 'new',
      action: 'assessment.claim-taken-over',
      entityType: 'attempt',
      entityId: 'a1',
      cohortId: 'c',
      subjectUserId: 'p',
      before: { claimedBy: 'old' },
      after: { claimedBy: 'new' },
    });
  });
});
