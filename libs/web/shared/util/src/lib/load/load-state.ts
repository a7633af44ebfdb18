import type { Signal } from '@angular/core';
import { catchError, map, type Observable, of, startWith } from 'rxjs';

/** What a page shows while it loads data: the previous data stays visible during a reload or after an error. */
export type LoadState<T> =
  | { kind: 'loading'; data: T | null }
  | { kind: 'loaded'; data: T }
  | { kind: 'error'; message: string; code: string; data: T | null };

/** A failed request reduced to what the page shows. */
export interface LoadError {
  code: string;
  message: string;
}

/** Wraps a request into loading → loaded | error states; `previous` stays visible meanwhile. */
export function withLoadState<T>(
  request: Observable<T>,
  previous: T | null,
  describe: (error: unknown) => LoadError,
): Observable<LoadState<T>> {
  return request.pipe(
    map((data): LoadState<T> => ({ kind: 'loaded', data })),
    catchError((error: unknown) => of<LoadState<T>>({ kind: 'error', ...describe(error), data: previous })),
    startWith<LoadState<T>>({ kind: 'loading', data: previous }),
  );
}

/**
 * Whether asking again can help with a failure of this code: a missing entry or a refused permission
 * stays so however often the page asks (no "Erneut versuchen" then); an outage or a timeout may not.
 */
export function retryHelps(code: string | null | undefined): boolean {
  return !code || !(code.endsWith('NOT_FOUND') || code === 'FORBIDDEN');
}

/** The error message of a state, or null (templates narrow unions poorly). */
export function errorOf<T>(state: LoadState<T>): string | null {
  return state.kind === 'error' ? state.message : null;
}

/**
 * The read side of a page's data, as `<koko-load-state>` and `<koko-admin-list>` show it:
 * loading (spinner), error (message with retry), empty (loaded, nothing to show) or the content.
 */
export interface LoadView {
  readonly loading: Signal<boolean>;
  readonly error: Signal<string | null>;
  /** Loaded and nothing to show (never true while loading or after an error). */
  readonly empty: Signal<boolean>;
  /** Data is there to show (also while a reload runs or after a failed reload). */
  readonly hasData: Signal<boolean>;
  reload(): void;
}

/** A `LoadView` that also hands out its data and lets actions on the page report a failure in the same place. */
export interface Loader<T> extends LoadView {
  readonly state: Signal<LoadState<T>>;
  readonly data: Signal<T | null>;
  /** Shows the failure of an action (e.g. a mutation started from the page) like a failed load; the data stays. */
  fail(error: unknown): void;
}

/** A page of a list as the API answers it. */
export interface ListPage<T> {
  items: T[];
  total: number;
}

/** A file the API produced for download (e.g. a CSV export that already starts with its BOM). */
export interface ExportFile {
  filename: string;
  content: string;
  /** Binary files (XLSX) come base64-encoded. */
  base64?: boolean;
  contentType?: string;
}

/** What `<koko-admin-list>` shows of a list: its load state, the paginator and the export. */
export interface PagedListView {
  readonly loader: LoadView;
  readonly total: Signal<number>;
  readonly pageIndex: Signal<number>;
  readonly pageSize: Signal<number>;
  readonly pageSizeOptions: readonly number[];
  setPage(page: { pageIndex: number; pageSize: number }): void;
  readonly exporting: Signal<boolean>;
  readonly exportError: Signal<string | null>;
  /** Null when the list has no export; resolves to null when the export failed (see `exportError`). */
  readonly exportCsv: (() => Promise<ExportFile | null>) | null;
  /** The same list as an Excel workbook with typed cells; null when the list offers none. */
  readonly exportXlsx?: (() => Promise<ExportFile | null>) | null;
}
