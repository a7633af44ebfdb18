import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createUser, GraphQLClient, TestApp } from '@koko/api/testing';
import { Locale } from '@koko/shared';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { audienceLabel, Caller, CALLERS, isAllowed, MATRIX } from './authorization';
import { startApp } from './support/app';

/**
 * Runs THE authorization matrix: every Query and Mutation field of the running schema has one row
 * in `./authorization/<domain>.rows.ts`. A new operation without a row fails this test, so nobody
 * ships an operation without deciding who may call it. Keep docs/authorization.md in step (checked
 * below).
 */
describe('authorization matrix', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('has exactly one row per Query and Mutation field of the running schema', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const inSchema = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((f) => `query ${f}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `mutation ${f}`),
      ...Object.keys(schema.getSubscriptionType()?.getFields() ?? {}).map((f) => `subscription ${f}`),
    ].sort();
    const inMatrix = MATRIX.map((r) => `${r.kind} ${r.operation}`).sort();
    expect(new Set(inMatrix).size).toBe(inMatrix.length);
    expect({ missingRows: inSchema.filter((o) => !inMatrix.includes(o)) }).toEqual({ missingRows: [] });
    expect({ rowsWithoutOperation: inMatrix.filter((o) => !inSchema.includes(o)) }).toEqual({ rowsWithoutOperation: [] });
  });

  it('the introspected schema lists the same operations (what clients see)', async () => {
    const data = await t.client().ok<{ __schema: { queryType: { fields: Array<{ name: string }> }; mutationType: { fields: Array<{ name: string }> } } }>(
      `{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`,
    );
    expect(data.__schema.queryType.fields.map((f) => f.name).sort()).toEqual(MATRIX.filter((r) => r.kind === 'query').map((r) => r.operation).sort());
    expect(data.__schema.mutationType.fields.map((f) => f.name).sort()).toEqual(MATRIX.filter((r) => r.kind === 'mutation').map((r) => r.operation).sort());
  });

  it('docs/authorization.md shows the same table', () => {
    const doc = readFileSync(join(__dirname, '../../../docs/authorization.md'), 'utf8');
    const documented = new Map<string, string>();
    for (const line of doc.split('\n')) {
      const m = /^\|\s*`(\w+)`\s*\(\s*(query|mutation)\s*\)\s*\|\s*(.+?)\s*\|\s*$/.exec(line);
      if (m) documented.set(`${m[2]} ${m[1]}`, m[3]);
    }
    const expected = new Map(MATRIX.map((r) => [`${r.kind} ${r.operation}`, audienceLabel(r.audience)]));
    expect(Object.fromEntries([...documented].sort())).toEqual(Object.fromEntries([...expected].sort()));
  });

  async function clientFor(caller: Caller): Promise<GraphQLClient> {
    const client = t.client('en');
    if (caller === 'anonymous') return client;
    const user = await createUser(t.db, { roles: [caller], locale: Locale.EN });
    await client.signIn(user.email, user.password);
    return client;
  }

  describe.each(MATRIX.map((r) => [r.operation, r] as const))('%s', (_name, row) => {
    it.each(CALLERS)(`caller %s`, async (caller) => {
      // A fresh client (and user) per call: signOut, changePassword … affect the caller's session.
      const client = await clientFor(caller);
      const res = await client.run<Record<string, unknown>>(row.document, row.variables?.() ?? {});
      expect(res.status).toBe(200);
      const codes = (res.errors ?? []).map((e) => e.extensions?.code);
      if (isAllowed(row.audience, caller)) {
        expect(codes).not.toContain('UNAUTHENTICATED');
        expect(codes).not.toContain('FORBIDDEN');
        if (row.allowedOutcome === 'null') {
          expect(res.errors).toBeUndefined();
          expect(res.data).toHaveProperty(row.operation);
          expect(res.data?.[row.operation]).toBeNull();
        } else if (row.allowedOutcome === 'data') {
          expect(res.errors).toBeUndefined();
          expect(res.data).toHaveProperty(row.operation);
          if (row.operation !== 'me') expect(res.data?.[row.operation]).not.toBeNull();
          else expect(res.data?.['me'] === null).toBe(caller === 'anonymous');
        } else {
          expect(codes).toEqual([row.allowedOutcome]);
        }
      } else {
        expect(codes).toEqual([caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
        expect(res.errors?.[0].message).toBe(caller === 'anonymous' ? 'Please sign in.' : 'You are not allowed to do this.');
        expect(res.data?.[row.operation] ?? null).toBeNull();
      }
    });
  });
});
