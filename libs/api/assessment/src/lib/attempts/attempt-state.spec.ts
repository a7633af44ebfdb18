import { AttemptState, canEditAssignment, defaultRevisionDueAt, opensNextAttempt, personalDueAt, stateAfterVerdict, submissionTiming, Verdict } from './attempt-state';

const at = (iso: string) => new Date(iso);

describe('attempt rules', () => {
  it('releases verdicts only on submitted attempts', () => {
    expect(stateAfterVerdict(AttemptState.SUBMITTED, Verdict.PASSED)).toBe(AttemptState.PASSED);
    expect(stateAfterVerdict(AttemptState.SUBMITTED, Verdict.REVISION_REQUESTED)).toBe(AttemptState.REVISION_REQUESTED);
    expect(stateAfterVerdict(AttemptState.SUBMITTED, Verdict.FAILED)).toBe(AttemptState.FAILED);
    for (const s of [AttemptState.DRAFT, AttemptState.PASSED, AttemptState.FAILED, AttemptState.REVISION_REQUESTED]) {
      expect(stateAfterVerdict(s, Verdict.PASSED)).toBeNull();
    }
  });

  it('lets an admitted participant write with no attempt, a draft, or a revision request below the limit', () => {
    const of = (...states: AttemptState[]) => states.map((state) => ({ state }));
    expect(canEditAssignment(true, [], 3)).toBe(true);
    expect(canEditAssignment(true, of(AttemptState.DRAFT), 3)).toBe(true);
    expect(canEditAssignment(true, of(AttemptState.REVISION_REQUESTED), 3)).toBe(true);
    expect(canEditAssignment(true, of(AttemptState.REVISION_REQUESTED, AttemptState.REVISION_REQUESTED, AttemptState.REVISION_REQUESTED), 3)).toBe(false);
    for (const s of [AttemptState.SUBMITTED, AttemptState.PASSED, AttemptState.FAILED]) expect(canEditAssignment(true, of(s), 3)).toBe(false);
    expect(canEditAssignment(false, [], 3)).toBe(false);
    expect(canEditAssignment(false, of(AttemptState.DRAFT), 3)).toBe(false);
  });

  it('opens a next attempt on a revision request until the limit', () => {
    expect(opensNextAttempt(Verdict.REVISION_REQUESTED, 1, 3)).toBe(true);
    expect(opensNextAttempt(Verdict.REVISION_REQUESTED, 3, 3)).toBe(false);
    expect(opensNextAttempt(Verdict.FAILED, 1, 3)).toBe(false);
  });

  it('marks late submissions and refuses them after the cut-off unless an extension allows it', () => {
    const due = at('2026-05-01T22:00:00Z');
    const cutoff = at('2026-05-15T22:00:00Z');
    expect(submissionTiming(at('2026-04-30T10:00:00Z'), due, cutoff, null)).toEqual({ allowed: true, late: false });
    expect(submissionTiming(at('2026-05-10T10:00:00Z'), due, cutoff, null)).toEqual({ allowed: true, late: true });
    expect(submissionTiming(at('2026-05-20T10:00:00Z'), due, cutoff, null)).toEqual({ allowed: false, late: true });
    expect(submissionTiming(at('2026-05-20T10:00:00Z'), due, cutoff, at('2026-05-25T22:00:00Z'))).toEqual({ allowed: true, late: false });
    expect(submissionTiming(at('2026-05-26T10:00:00Z'), due, cutoff, at('2026-05-25T22:00:00Z'))).toEqual({ allowed: false, late: true });
    expect(submissionTiming(at('2027-01-01T00:00:00Z'), due, null, null)).toEqual({ allowed: true, late: true });
    expect(submissionTiming(at('2027-01-01T00:00:00Z'), null, null, null)).toEqual({ allowed: true, late: false });
    expect(submissionTiming(at('2026-05-12T10:00:00Z'), due, cutoff, at('2026-05-08T22:00:00Z'))).toEqual({ allowed: true, late: true });
  });

  it('takes a revision’s own due date, unless an extension was granted after the revision was requested', () => {
    const revision = { dueAt: at('2026-06-10T21:59:00Z'), createdAt: at('2026-05-27T09:00:00Z') };
    expect(personalDueAt(revision, null)).toEqual(at('2026-06-10T21:59:00Z'));
    expect(personalDueAt(revision, { dueAt: at('2026-05-20T21:59:00Z'), grantedAt: at('2026-05-10T09:00:00Z') })).toEqual(at('2026-06-10T21:59:00Z'));
    expect(personalDueAt(revision, { dueAt: at('2026-06-20T21:59:00Z'), grantedAt: at('2026-06-01T09:00:00Z') })).toEqual(at('2026-06-20T21:59:00Z'));
    // A first attempt has no date of its own: the extension, or none (the cohort's applies).
    const first = { dueAt: null, createdAt: at('2026-05-01T09:00:00Z') };
    expect(personalDueAt(first, { dueAt: at('2026-05-20T21:59:00Z'), grantedAt: at('2026-05-10T09:00:00Z') })).toEqual(at('2026-05-20T21:59:00Z'));
    expect(personalDueAt(first, null)).toBeNull();
    expect(personalDueAt(null, null)).toBeNull();
  });

  it('proposes a revision’s due date at 23:59 Berlin time, the cohort’s days later', () => {
    const berlinDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(d);
    // Enough for the test: Berlin is UTC+2 in summer, UTC+1 in winter.
    const berlinInstant = (day: string, time: string) => new Date(`${day}T${time}:00${day < '2026-10-25' ? '+02:00' : '+01:00'}`);
    expect(defaultRevisionDueAt(at('2026-06-01T23:30:00Z'), 14, berlinDay, berlinInstant)).toEqual(at('2026-06-16T21:59:00Z'));
    expect(defaultRevisionDueAt(at('2026-10-20T10:00:00Z'), 7, berlinDay, berlinInstant)).toEqual(at('2026-10-27T22:59:00Z'));
  });
});
