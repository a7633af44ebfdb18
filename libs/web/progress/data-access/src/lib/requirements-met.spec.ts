import { requirementsMet } from './requirements-met';

describe('requirementsMet', () => {
  it('counts attendance and assignment per module, two of each module', () => {
    const modules = [
      { attendanceMet: true, assignmentMet: true },
      { attendanceMet: true, assignmentMet: false },
      ...[3, 4, 5].map(() => ({ attendanceMet: false, assignmentMet: false })),
    ];
    expect(requirementsMet(modules)).toEqual({ met: 3, total: 10 });
    expect(requirementsMet([])).toEqual({ met: 0, total: 0 });
  });
});
