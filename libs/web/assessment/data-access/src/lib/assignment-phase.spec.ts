import type { AssignmentAttempt } from './assignment.service';
import { assignmentPhase, earlierAttempts, submissionTiming, textStats } from './assignment-phase';

function attempt(attemptNo: number, state: AssignmentAttempt['state'], body = `Fassung ${attemptNo}`): AssignmentAttempt {
  return { id: `a${attemptNo}`, attemptNo, state, body, draftSavedAt: null, submittedAt: null, late: false, version: 1, files: [], feedback: null, feedbackFiles: [] };
}

describe('assignmentPhase', () => {
  it('starts the first attempt empty', () => {
    expect(assignmentPhase({ attempts: [], canEdit: true })).toEqual({ kind: 'writing', attemptNo: 1, draft: null, body: '', revisionOf: null });
  });

  it('continues an open draft, naming the attempt it revises', () => {
    const draft = attempt(2, 'DRAFT');
    const revised = attempt(1, 'REVISION_REQUESTED');
    const overview = { attempts: [draft, revised], canEdit: true };
    const phase = assignmentPhase(overview);
    expect(phase).toEqual({ kind: 'writing', attemptNo: 2, draft, body: 'Fassung 2', revisionOf: revised });
    expect(earlierAttempts(overview, phase)).toEqual([revised]);
  });

  it('pre-fills the next attempt after a revision request', () => {
    const revised = attempt(1, 'REVISION_REQUESTED', 'Mein Text');
    const overview = { attempts: [revised], canEdit: true };
    const phase = assignmentPhase(overview);
    expect(phase).toEqual({ kind: 'writing', attemptNo: 2, draft: null, body: 'Mein Text', revisionOf: revised });
    expect(earlierAttempts(overview, phase)).toEqual([revised]);
  });

  it('shows a submitted attempt read-only', () => {
    const submitted = attempt(1, 'SUBMITTED');
    const overview = { attempts: [submitted], canEdit: false };
    const phase = assignmentPhase(overview);
    expect(phase).toEqual({ kind: 'submitted', attempt: submitted });
    expect(earlierAttempts(overview, phase)).toEqual([]);
  });

  it('names why the assignment is closed', () => {
    expect(assignmentPhase({ attempts: [attempt(2, 'PASSED'), attempt(1, 'REVISION_REQUESTED')], canEdit: false })).toMatchObject({ kind: 'closed', reason: 'PASSED' });
    expect(assignmentPhase({ attempts: [attempt(1, 'FAILED')], canEdit: false })).toMatchObject({ kind: 'closed', reason: 'FAILED' });
    expect(assignmentPhase({ attempts: [attempt(3, 'REVISION_REQUESTED')], canEdit: false })).toMatchObject({ kind: 'closed', reason: 'LIMIT_REACHED' });
    expect(assignmentPhase({ attempts: [], canEdit: false })).toEqual({ kind: 'closed', reason: 'UNAVAILABLE', attempt: null });
    const draft = attempt(1, 'DRAFT');
    expect(assignmentPhase({ attempts: [draft], canEdit: false })).toEqual({ kind: 'closed', reason: 'UNAVAILABLE', attempt: draft });
  });
});

describe('submissionTiming', () => {
  const overview = { effectiveDueAt: '2026-03-10T22:59:00Z', cutoffAt: '2026-03-17T22:59:00Z', extension: null };

  it('is on time until the due date, late until the cut-off, closed after it', () => {
    expect(submissionTiming(overview, new Date('2026-03-10T12:00:00Z'))).toEqual({ late: false, closed: false });
    expect(submissionTiming(overview, new Date('2026-03-12T12:00:00Z'))).toEqual({ late: true, closed: false });
    expect(submissionTiming(overview, new Date('2026-03-18T12:00:00Z'))).toEqual({ late: true, closed: true });
  });

  it('keeps submission open until an extension beyond the cut-off', () => {
    const extended = { ...overview, effectiveDueAt: '2026-03-24T22:59:00Z', extension: { id: 'x', dueAt: '2026-03-24T22:59:00Z', reason: 'Krankheit', grantedAt: '2026-03-01T00:00:00Z' } };
    expect(submissionTiming(extended, new Date('2026-03-20T12:00:00Z'))).toEqual({ late: false, closed: false });
  });

  it('has no deadline when none is set', () => {
    expect(submissionTiming({ effectiveDueAt: null, cutoffAt: null, extension: null }, new Date())).toEqual({ late: false, closed: false });
  });
});

describe('textStats', () => {
  it('counts words and characters', () => {
    expect(textStats('')).toEqual({ words: 0, characters: 0 });
    expect(textStats('  Konflikt um den\nSpielplatz  ')).toEqual({ words: 4, characters: 30 });
  });
});
