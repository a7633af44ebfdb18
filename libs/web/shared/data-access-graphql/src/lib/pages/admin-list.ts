import { computed, DestroyRef, effect, inject, type Signal, signal, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl } from '@angular/forms';
import { ActivatedRoute, type Params, Router } from '@angular/router';
import type { ExportFile, ListPage, Loader, PagedListView } from '@koko/web/shared/util';
import { debounceTime, distinctUntilChanged, map, type Observable } from 'rxjs';
import { ApiErrorService } from '../api-error';
import { createLoader } from './loader';

/** One filter of the bar: the query parameter it lives in; text fields wait for a pause in typing. */
export interface AdminListFilter {
  param: string;
  /** Typed text: trimmed, and applied 300 ms after the last key. */
  text?: boolean;
}

/** Filter values ('' = not set) and the slice of the list to load. */
export interface AdminListQuery<F extends string> {
  filters: Record<F, string>;
  offset: number;
  limit: number;
}

export interface AdminListOptions<F extends string, T> {
  filters: Record<F, AdminListFilter>;
  load: (query: AdminListQuery<F>) => Observable<ListPage<T>>;
  /** Skip the request and show this page instead (e.g. a list that needs a filter first). */
  placeholder?: (filters: Record<F, string>) => ListPage<T> | null;
  pageSize?: number;
  pageSizeOptions?: readonly number[];
  /** The CSV export of the filtered list; the list offers a download button when given. */
  csv?: (filters: Record<F, string>) => Promise<ExportFile>;
  /** The same export as XLSX (typed cells); the list offers a second button when given. */
  xlsx?: (filters: Record<F, string>) => Promise<ExportFile>;
}

/** The state behind `<koko-admin-list>`: filters, page and page size live in the URL's query parameters. */
export interface AdminList<F extends string, T> extends PagedListView {
  readonly controls: Record<F, FormControl<string>>;
  readonly filters: Signal<Record<F, string>>;
  readonly loader: Loader<ListPage<T>>;
  readonly items: Signal<T[]>;
  /** Sets filters (e.g. one without a form control) and goes back to the first page. */
  setFilters(change: Partial<Record<F, string>>): void;
}

/** `?seite=` counts from 1 like people do; `?anzahl=` only when it differs from the default. */
export const PAGE_PARAM = 'seite';
export const PAGE_SIZE_PARAM = 'anzahl';

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/**
 * Builds an admin list: a form control per filter bound to its query parameter (so a filtered list can be
 * linked to and the back button works), paging in the URL, the loader with loading / empty / error states
 * and an optional CSV export. Call in an injection context of a routed component.
 */
export function createAdminList<F extends string, T>(options: AdminListOptions<F, T>): AdminList<F, T> {
  const router = inject(Router);
  const route = inject(ActivatedRoute);
  const errors = inject(ApiErrorService);
  const destroyRef = inject(DestroyRef);
  const keys = Object.keys(options.filters) as F[];
  const defaultSize = options.pageSize ?? 20;
  const pageSizeOptions = options.pageSizeOptions ?? [10, 20, 50, 100];

  const query = toSignal(route.queryParamMap, { requireSync: true });
  const filters = computed(
    () => Object.fromEntries(keys.map((k) => [k, query().get(options.filters[k].param) ?? ''])) as Record<F, string>,
    { equal: (a, b) => keys.every((k) => a[k] === b[k]) },
  );
  const pageSize = computed(() => positiveInt(query().get(PAGE_SIZE_PARAM), defaultSize));
  const pageIndex = computed(() => positiveInt(query().get(PAGE_PARAM), 1) - 1);

  const navigate = (params: Params, replaceUrl = false) =>
    void router.navigate([], { relativeTo: route, queryParams: params, queryParamsHandling: 'merge', replaceUrl });

  const setFilters = (change: Partial<Record<F, string>>, replaceUrl = false) => {
    const params: Params = { [PAGE_PARAM]: null };
    for (const key of Object.keys(change) as F[]) params[options.filters[key].param] = change[key] || null;
    navigate(params, replaceUrl);
  };

  // Controls follow the URL (back button, links); what a control wrote comes back unchanged and is skipped.
  const controls = Object.fromEntries(keys.map((k) => [k, new FormControl(untracked(filters)[k], { nonNullable: true })])) as Record<
    F,
    FormControl<string>
  >;
  const written: Partial<Record<F, string>> = {};
  for (const key of keys) {
    const { text } = options.filters[key];
    const values = controls[key].valueChanges.pipe(
      map((v) => (text ? v.trim() : v)),
      text ? debounceTime(300) : map((v) => v),
      distinctUntilChanged(),
      takeUntilDestroyed(destroyRef),
    );
    values.subscribe((value) => {
      if (value === untracked(filters)[key]) return;
      written[key] = value;
      setFilters({ [key]: value } as Partial<Record<F, string>>, !!text);
    });
  }
  effect(() => {
    const current = filters();
    untracked(() => {
      for (const key of keys) {
        if (written[key] !== undefined) {
          // Our own navigation arriving; the user may have typed on meanwhile.
          const ours = written[key] === current[key];
          delete written[key];
          if (ours) continue;
        }
        const control = controls[key];
        const shown = options.filters[key].text ? control.value.trim() : control.value;
        if (shown !== current[key]) control.setValue(current[key], { emitEvent: false });
      }
    });
  });

  const loader = createLoader<ListPage<T>, AdminListQuery<F>>({
    params: () => ({ filters: filters(), offset: pageIndex() * pageSize(), limit: pageSize() }),
    load: (q) => {
      const placeholder = options.placeholder?.(q.filters);
      return placeholder ? Promise.resolve(placeholder) : options.load(q);
    },
  });

  const exporting = signal(false);
  const exportError = signal<string | null>(null);
  const exportWith = (build: ((filters: Record<F, string>) => Promise<ExportFile>) | undefined) =>
    build
      ? async (): Promise<ExportFile | null> => {
          exporting.set(true);
          exportError.set(null);
          try {
            return await build(filters());
          } catch (error) {
            exportError.set(errors.describe(error).message);
            return null;
          } finally {
            exporting.set(false);
          }
        }
      : null;
  const exportCsv = exportWith(options.csv);
  const exportXlsx = exportWith(options.xlsx);

  return {
    controls,
    filters,
    pageIndex,
    pageSize,
    pageSizeOptions,
    loader,
    items: computed(() => loader.data()?.items ?? []),
    total: computed(() => loader.data()?.total ?? 0),
    setFilters: (change) => setFilters(change),
    setPage: ({ pageIndex: index, pageSize: size }) =>
      navigate({ [PAGE_PARAM]: index > 0 ? index + 1 : null, [PAGE_SIZE_PARAM]: size === defaultSize ? null : size }),
    exporting: exporting.asReadonly(),
    exportError: exportError.asReadonly(),
    exportCsv,
    exportXlsx,
  };
}
