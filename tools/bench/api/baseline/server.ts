/**
 * The hand-written baseline of the API benchmark: `node:http` + `pg`, no framework. For each
 * scenario it does the same work the API does for the same GraphQL operation: reads the session
 * cookie, verifies its JWT (HS256, same secret), checks and slides the session row with the very
 * statement the API uses, runs hand-written SQL and answers the same JSON the API answers for the
 * scenario's selection set (apps/api/test/bench-baseline.int-spec.ts compares them). What it leaves
 * out is the framework: no GraphQL parsing or validation, no Nest pipeline, no ORM.
 *
 * Routes: POST /baseline/<scenario> with the same JSON body ({ query, variables }) the API gets.
 */
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { ASSIGNMENT_HANDLERS } from './assignments';
import { CERTIFICATE_HANDLERS } from './certificates';
import { BaselineOptions, Handler, Refused } from './context';
import { PROGRESS_HANDLERS } from './progress';
import { PUBLIC_LIST_HANDLERS } from './public-lists';
import { authenticate, SESSION_HANDLERS } from './session';

export type { BaselineOptions } from './context';

/** The scenarios by name (one file per area). */
export const BASELINE_HANDLERS: Record<string, Handler> = {
  ...SESSION_HANDLERS,
  ...PUBLIC_LIST_HANDLERS,
  ...PROGRESS_HANDLERS,
  ...ASSIGNMENT_HANDLERS,
  ...CERTIFICATE_HANDLERS,
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

export function createBaselineServer(opts: BaselineOptions): Server {
  return createServer((req, res) => {
    const name = req.url?.startsWith('/baseline/') ? req.url.slice('/baseline/'.length) : '';
    const handler = BASELINE_HANDLERS[name];
    if (req.method !== 'POST' || !handler) return send(res, 404, { errors: [{ message: 'unknown scenario' }] });
    void (async () => {
      try {
        const body = JSON.parse(await readBody(req)) as { variables?: Record<string, unknown> };
        const viewer = await authenticate(req, res, opts);
        const data = await handler({ req, res, viewer, variables: body.variables ?? {}, opts });
        send(res, 200, { data });
      } catch (error) {
        const code = error instanceof Refused ? error.code : 'INTERNAL_SERVER_ERROR';
        send(res, 200, { errors: [{ message: code, extensions: { code } }], data: null });
      }
    })();
  });
}
