import { buildSchedule } from './cohort-schedule';

const programme = [
  { id: 'm2', position: 2, title: 'Interessen, Werte und Verhandlung', format: 'IN_PERSON' as const, workloadHours: 16 },
  { id: 'm1', position: 1, title: 'Perspektiven auf kommunale Konflikte', format: 'HYBRID' as const, workloadHours: 12 },
];

const session = (id: string, startsAt: string) => ({ id, title: '', startsAt, endsAt: startsAt, location: 'Krefeld', online: false });

describe('buildSchedule', () => {
  it('orders modules by their programme position and sessions by time', () => {
    const schedule = buildSchedule(
      [
        { moduleId: 'm2', sessions: [session('b', '2027-03-02T08:00:00.000Z'), session('a', '2027-03-01T08:00:00.000Z')] },
        { moduleId: 'm1', sessions: [] },
      ],
      programme,
    );
    expect(schedule.map((m) => [m.position, m.title, m.format, m.workloadHours])).toEqual([
      [1, 'Perspektiven auf kommunale Konflikte', 'HYBRID', 12],
      [2, 'Interessen, Werte und Verhandlung', 'IN_PERSON', 16],
    ]);
    expect(schedule[1].sessions.map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('keeps a module the programme does not know, last and without a title', () => {
    const schedule = buildSchedule([{ moduleId: 'unknown', sessions: [] }, { moduleId: 'm1', sessions: [] }], programme);
    expect(schedule.map((m) => m.moduleId)).toEqual(['m1', 'unknown']);
    expect(schedule[1]).toMatchObject({ title: '', format: null, workloadHours: null });
  });
});
