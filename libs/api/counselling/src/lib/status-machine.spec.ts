import { CounsellingStatus } from './counselling.entity';
import { canMove, TRANSITIONS } from './status-machine';

const S = CounsellingStatus;

describe('counselling status machine', () => {
  it('goes new → accepted → in progress → closed, one step at a time', () => {
    expect(canMove(S.NEW, S.ACCEPTED)).toBe(true);
    expect(canMove(S.ACCEPTED, S.IN_PROGRESS)).toBe(true);
    expect(canMove(S.IN_PROGRESS, S.CLOSED)).toBe(true);
    expect(canMove(S.NEW, S.IN_PROGRESS)).toBe(false);
    expect(canMove(S.NEW, S.CLOSED)).toBe(false);
    expect(canMove(S.ACCEPTED, S.CLOSED)).toBe(false);
  });

  it('declines only before the work has begun', () => {
    expect(canMove(S.NEW, S.DECLINED)).toBe(true);
    expect(canMove(S.ACCEPTED, S.DECLINED)).toBe(true);
    expect(canMove(S.IN_PROGRESS, S.DECLINED)).toBe(false);
  });

  it('never leaves a final status and never stays in place', () => {
    for (const from of Object.values(S)) {
      expect(canMove(from, from)).toBe(false);
    }
    expect(TRANSITIONS[S.CLOSED]).toEqual([]);
    expect(TRANSITIONS[S.DECLINED]).toEqual([]);
  });
});
