import { firstValueFrom, of, Subject, throwError, toArray } from 'rxjs';
import { errorOf, type LoadState, retryHelps, withLoadState } from './load-state';

const describe_ = (error: unknown) => ({ code: 'X', message: String((error as Error).message) });

describe('withLoadState', () => {
  it('starts loading with the previous data, then is loaded', async () => {
    const states = await firstValueFrom(withLoadState(of([1, 2]), [0], describe_).pipe(toArray()));
    expect(states).toEqual([
      { kind: 'loading', data: [0] },
      { kind: 'loaded', data: [1, 2] },
    ]);
  });

  it('keeps the previous data after an error and describes it', async () => {
    const states = await firstValueFrom(withLoadState(throwError(() => new Error('down')), 'old', describe_).pipe(toArray()));
    expect(states[1]).toEqual({ kind: 'error', code: 'X', message: 'down', data: 'old' });
    expect(errorOf(states[1])).toBe('down');
    expect(errorOf(states[0])).toBeNull();
  });

  it('emits loading synchronously before the request answers', () => {
    const answer = new Subject<number>();
    const seen: LoadState<number>[] = [];
    withLoadState(answer, null, describe_).subscribe((s) => seen.push(s));
    expect(seen).toEqual([{ kind: 'loading', data: null }]);
    answer.next(3);
    expect(seen[1]).toEqual({ kind: 'loaded', data: 3 });
  });
});

describe('retryHelps', () => {
  it('is false for a missing entry or a refused permission, true otherwise', () => {
    expect(retryHelps('ATTEMPT_NOT_FOUND')).toBe(false);
    expect(retryHelps('NOT_FOUND')).toBe(false);
    expect(retryHelps('FORBIDDEN')).toBe(false);
    expect(retryHelps('SERVICE_UNAVAILABLE')).toBe(true);
    expect(retryHelps('NETWORK_ERROR')).toBe(true);
    expect(retryHelps(null)).toBe(true);
  });
});
