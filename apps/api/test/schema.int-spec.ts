import { GraphQLSchemaHost } from '@nestjs/graphql';
import { TestApp } from '@koko/api/testing';
import { printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApp } from './support/app';

const SCHEMA_FILE = join(__dirname, '..', 'schema.graphql');
const HEADER = '# Generated from the code-first API. Do not edit: run `npm run schema:export`.\n\n';

describe('schema.graphql', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('is the schema the API serves (run `npm run schema:export` after changing the API)', () => {
    const current = HEADER + printSchema(t.app.get(GraphQLSchemaHost).schema) + '\n';
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, current);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(current);
  });
});
