import { FormControl, FormGroup } from '@angular/forms';
import { dateOfDay, dateOfTime } from '@koko/web/shared/util';
import { dueInFuture } from './extension-dialog';

describe('extension due date', () => {
  // 2026-11-25 12:00 UTC = 13:00 in Berlin (winter time).
  const now = () => Date.UTC(2026, 10, 25, 12, 0);
  // The pickers give local Dates; only their day and time of day count.
  const check = (day: string, time: string) =>
    dueInFuture(now)(new FormGroup({ day: new FormControl(dateOfDay(day)), time: new FormControl(dateOfTime(time)) }));

  it('is read as Berlin time and must lie in the future', () => {
    expect(check('2026-11-25', '12:59')).toEqual({ inPast: true });
    expect(check('2026-11-25', '13:00')).toEqual({ inPast: true });
    expect(check('2026-11-25', '13:01')).toBeNull();
    expect(check('2026-12-15', '23:59')).toBeNull();
  });

  it('leaves empty fields to the required check', () => {
    expect(check('', '23:59')).toBeNull();
    expect(check('2026-11-25', '')).toBeNull();
  });
});
