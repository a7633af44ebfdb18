import { apiSources } from './table-ownership';

/**
 * Raw SQL outside migrations goes through the typed helpers of `@koko/api/core/database`
 * (`sqlRows<Row>`, `sqlOne<Row>`, `sqlRun`), so every row has a declared type and TypeORM's
 * `[rows, count]` answer to UPDATE and DELETE cannot be mistaken for a row list.
 */
const HELPER_FILE = 'libs/api/core/database/src/lib/sql.ts';

/** Libraries still calling `query()` directly: seeding and test arrangement, to convert next. Only shrinks. */
export const UNTYPED_SQL_LIBRARIES: readonly string[] = ['demo', 'testing'];

export interface UntypedQuery {
  file: string;
  line: number;
  text: string;
}

/** `x.query(` or `x.query<…>(` on a data source, manager or query runner; a request's `req.query[…]` is not SQL. */
const QUERY_CALL = /\.query\s*(<[^>]*>)?\s*\(/;

export function untypedQueriesIn(file: string, source: string): UntypedQuery[] {
  return source.split('\n').flatMap((text, i) => (QUERY_CALL.test(text) ? [{ file, line: i + 1, text: text.trim() }] : []));
}

export function findUntypedQueries(root: string): UntypedQuery[] {
  return apiSources(root)
    .filter((s) => s.file !== HELPER_FILE && !UNTYPED_SQL_LIBRARIES.includes(s.library))
    .filter((s) => !s.file.endsWith('embedded-postgres.ts')) // a bare pg client before any data source exists
    .flatMap((s) => untypedQueriesIn(s.file, s.source));
}
