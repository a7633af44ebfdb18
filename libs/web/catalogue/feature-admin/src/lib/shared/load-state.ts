import { catchError, map, type Observable, of, startWith } from 'rxjs';

/** What a page shows while it loads data: the previous data stays visible during a reload or after an error. */
export type LoadState<T> =
  | { kind: 'loading'; data: T | null }
  | { kind: 'loaded'; data: T }
  | { kind: 'error'; message: string; code: string; data: T | null };

/** Wraps a request into loading → loaded | error states. */
export function withLoadState<T>(
  request: Observable<T>,
  previous: T | null,
  describe: (error: unknown) => { code: string; message: string },
): Observable<LoadState<T>> {
  return request.pipe(
    map((data): LoadState<T> => ({ kind: 'loaded', data })),
    catchError((error: unknown) => of<LoadState<T>>({ kind: 'error', ...describe(error), data: previous })),
    startWith<LoadState<T>>({ kind: 'loading', data: previous }),
  );
}

/** The error message of a state, or null (templates narrow unions poorly). */
export function errorOf<T>(state: LoadState<T>): string | null {
  return state.kind === 'error' ? state.message : null;
}
