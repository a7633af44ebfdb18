import { buildSchema, parse } from 'graphql';
import { findInputProblem, INPUT_LIMITS } from './input-guard';

const schema = buildSchema(`
  input CriterionInput { title: String!, ids: [ID!] }
  input SaveDraftInput { body: String! }
  enum Kind { A B }
  type Query {
    cohort(id: ID!): String
    search(text: String, kind: Kind): String
    rubric(criteria: [CriterionInput!]!): String
    draft(input: SaveDraftInput!): String
  }
`);
const UUID = '0b6f1c1e-3c1a-4c7e-9f55-0d9c1e0a4b21';

function problem(query: string, variables?: Record<string, unknown>) {
  return findInputProblem(schema, parse(query), variables);
}

describe('findInputProblem', () => {
  it('accepts UUIDs, ordinary text, emoji and right-to-left script', () => {
    expect(problem(`{ cohort(id: "${UUID}") }`)).toBeNull();
    expect(problem(`query($t: String) { search(text: $t, kind: A) }`, { t: 'Grüße 👋🏽 مرحبا' })).toBeNull();
  });

  it('refuses an ID that is not a UUID, as literal, integer or variable, naming the field', () => {
    expect(problem(`{ cohort(id: "abc") }`)).toEqual({ reason: 'invalidId', field: 'id' });
    expect(problem(`{ cohort(id: 7) }`)).toEqual({ reason: 'invalidId', field: 'id' });
    expect(problem(`query($id: ID!) { cohort(id: $id) }`, { id: "1' OR 1=1 --" })).toEqual({ reason: 'invalidId', field: 'id' });
  });

  it('finds IDs deep in lists of input objects, through fragments and nested variables', () => {
    const q = `query($c: [CriterionInput!]!) { ...F } fragment F on Query { rubric(criteria: $c) }`;
    expect(problem(q, { c: [{ title: 'a', ids: [UUID] }, { title: 'b', ids: [UUID, 'x'] }] })).toEqual({
      reason: 'invalidId',
      field: 'criteria.1.ids.1',
    });
    expect(problem(`query($t: String!) { rubric(criteria: [{ title: $t }]) }`, { t: 'a\u0000' })).toEqual({
      reason: 'nulCharacter',
      field: 'criteria.0.title',
    });
  });

  it('refuses NUL characters and lone surrogates but not a paired one', () => {
    expect(problem(`query($t: String) { search(text: $t) }`, { t: 'a\u0000b' })).toEqual({ reason: 'nulCharacter', field: 'text' });
    expect(problem(`query($t: String) { search(text: $t) }`, { t: 'a\ud800b' })).toEqual({ reason: 'loneSurrogate', field: 'text' });
    expect(problem(`query($t: String) { search(text: $t) }`, { t: '\udc00' })).toEqual({ reason: 'loneSurrogate', field: 'text' });
    expect(problem(`query($t: String) { search(text: $t) }`, { t: '\ud83d\ude00' })).toBeNull();
  });

  it('holds strings to the global maximum unless the field is a documented exception', () => {
    const max = INPUT_LIMITS.maxStringLength;
    expect(problem(`query($t: String) { search(text: $t) }`, { t: 'x'.repeat(max) })).toBeNull();
    expect(problem(`query($t: String) { search(text: $t) }`, { t: 'x'.repeat(max + 1) })).toEqual({ reason: 'tooLong', field: 'text', max });
    const draft = INPUT_LIMITS.stringLengthExceptions['SaveDraftInput.body'];
    expect(problem(`query($b: String!) { draft(input: { body: $b }) }`, { b: 'x'.repeat(draft) })).toBeNull();
    expect(problem(`query($i: SaveDraftInput!) { draft(input: $i) }`, { i: { body: 'x'.repeat(draft + 1) } })).toMatchObject({ reason: 'tooLong', field: 'input.body' });
  });

  it('holds lists to the maximum number of items', () => {
    const many = Array.from({ length: INPUT_LIMITS.maxListLength + 1 }, () => ({ title: 't' }));
    expect(problem(`query($c: [CriterionInput!]!) { rubric(criteria: $c) }`, { c: many })).toMatchObject({ reason: 'tooManyItems', field: 'criteria' });
  });
});
