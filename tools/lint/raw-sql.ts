import { apiSources } from './table-ownership';

/**
 * Raw SQL outside migrations goes through the typed helpers of `@koko/api/core/database`
 * (`sqlRows<Row>`, `sqlOne<Row>`, `sqlRun`), so every row has a declared type and TypeORM's
 * `[rows, count]` answer to UPDATE and DELETE cannot be mistaken for a row list.
 */
const HELPER_FILE = 'libs/api/core/database/src/lib/sql.ts';

/**
 * Files that talk to a bare `pg` client before any data source exists (no TypeORM, no rows to type):
 * starting the embedded server, and creating or dropping the test databases.
 */
const BARE_CLIENT_FILES: readonly string[] = ['libs/api/core/database/src/lib/embedded-postgres.ts', 'libs/api/testing/src/lib/test-database.ts'];

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
    .filter((s) => s.file !== HELPER_FILE && !BARE_CLIENT_FILES.includes(s.file))
    .flatMap((s) => untypedQueriesIn(s.file, s.source));
}
