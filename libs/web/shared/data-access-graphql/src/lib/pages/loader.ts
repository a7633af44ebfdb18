import { computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { I18nService, type Loader, type LoadState, withLoadState } from '@koko/web/shared/util';
import { defer, from, type Observable, switchMap } from 'rxjs';
import { ApiErrorService } from '../api-error';

export interface LoaderOptions<P, T> {
  /** What the request depends on (signals read here trigger a new request); omit for a fixed request. */
  params?: () => P;
  /** The request; an Observable (Apollo watch/query) or a Promise. */
  load: (params: P) => Observable<T> | Promise<T>;
  /** When loaded data counts as "nothing to show"; by default null, an empty array or an empty `items` list. */
  isEmpty?: (data: T) => boolean;
}

/** Null, `[]` and `{ items: [] }` (a page of a list) are empty. */
export function isEmptyByDefault(data: unknown): boolean {
  if (data === null || data === undefined) return true;
  if (Array.isArray(data)) return data.length === 0;
  const items = (data as { items?: unknown }).items;
  return Array.isArray(items) && items.length === 0;
}

/**
 * The page's data as signals: loading, loaded, empty, or error with retry (`reload()`). A change of the
 * params starts a new request and cancels the running one; the last data stays visible meanwhile. So does a
 * change of the UI language: programme content (module titles, briefs, cohort names) comes in the page's language.
 * Call in an injection context (a field initialiser or constructor of a component).
 */
export function createLoader<T, P = void>(options: LoaderOptions<P, T>): Loader<T> {
  const errors = inject(ApiErrorService);
  const i18n = inject(I18nService);
  const destroyRef = inject(DestroyRef);
  const describe = (error: unknown) => errors.describe(error);
  const isEmpty = options.isEmpty ?? isEmptyByDefault;
  const params = options.params ?? (() => undefined as P);

  const reloads = signal(0);
  const state = signal<LoadState<T>>({ kind: 'loading', data: null });
  const request = computed(() => ({ params: params(), reload: reloads(), locale: i18n.locale() }));

  toObservable(request)
    .pipe(
      switchMap(({ params: p }) => withLoadState(defer(() => from(options.load(p))), state().data, describe)),
      takeUntilDestroyed(destroyRef),
    )
    .subscribe((next) => state.set(next));

  const data = computed(() => state().data);
  return {
    state: state.asReadonly(),
    data,
    loading: computed(() => state().kind === 'loading'),
    error: computed(() => {
      const current = state();
      return current.kind === 'error' ? current.message : null;
    }),
    empty: computed(() => {
      const current = state();
      return current.kind === 'loaded' && isEmpty(current.data);
    }),
    hasData: computed(() => data() !== null && !isEmpty(data() as T)),
    reload: () => reloads.update((n) => n + 1),
    fail: (error: unknown) => state.set({ kind: 'error', ...describe(error), data: state().data }),
  };
}
