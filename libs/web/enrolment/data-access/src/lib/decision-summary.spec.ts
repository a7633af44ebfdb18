import { summarizeDecision } from './decision-summary';

describe('summarizeDecision', () => {
  it('counts the decided enrolments and names the refused ones with the API message', () => {
    const summary = summarizeDecision(
      {
        decided: [
          { id: 'e1', state: 'ADMITTED' },
          { id: 'e2', state: 'ADMITTED' },
        ],
        failed: [
          { enrolmentId: 'e3', code: 'COHORT_FULL', message: 'Der Durchgang ist voll: alle 20 Plätze sind vergeben.' },
          { enrolmentId: 'e4', code: 'TRANSITION_NOT_ALLOWED', message: 'Nicht möglich.' },
        ],
      },
      (id) => (id === 'e3' ? 'Sarah Klein' : undefined),
    );
    expect(summary).toEqual({
      decided: 2,
      refused: [
        { enrolmentId: 'e3', name: 'Sarah Klein', message: 'Der Durchgang ist voll: alle 20 Plätze sind vergeben.' },
        { enrolmentId: 'e4', name: 'e4', message: 'Nicht möglich.' },
      ],
    });
  });
});
