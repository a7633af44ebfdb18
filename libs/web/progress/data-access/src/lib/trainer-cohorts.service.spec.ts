import { nextSessions } from './trainer-cohorts.service';

const session = (id: string, startsAt: string, endsAt: string) => ({ id, title: '', startsAt, endsAt, location: 'Bielefeld', online: false });

describe('next sessions on the trainer start page', () => {
  const now = new Date('2026-03-10T12:00:00.000Z');
  const cohorts = [
    {
      id: 'c1',
      name: 'Durchgang 2026',
      sessions: [
        session('past', '2026-03-09T08:00:00.000Z', '2026-03-09T15:00:00.000Z'),
        session('running', '2026-03-10T08:00:00.000Z', '2026-03-10T15:00:00.000Z'),
        session('later', '2026-04-01T07:00:00.000Z', '2026-04-01T14:00:00.000Z'),
      ],
    },
    { id: 'c2', name: 'Durchgang 2027', sessions: [session('soon', '2026-03-12T08:00:00.000Z', '2026-03-12T15:00:00.000Z')] },
  ];

  it('lists sessions that have not ended, soonest first, across cohorts, with their cohort', () => {
    const next = nextSessions(cohorts, now, 3);
    expect(next.map((s) => s.id)).toEqual(['running', 'soon', 'later']);
    expect(next[1]).toMatchObject({ cohortId: 'c2', cohortName: 'Durchgang 2027' });
  });

  it('keeps only as many as asked for, and none when nothing is ahead', () => {
    expect(nextSessions(cohorts, now, 1).map((s) => s.id)).toEqual(['running']);
    expect(nextSessions(cohorts, new Date('2027-01-01T00:00:00Z'))).toEqual([]);
  });
});
