import fc from 'fast-check';
import {
  GraphQLField,
  GraphQLInputType,
  GraphQLOutputType,
  GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';

/** Strings an attacker or a careless client sends: injections, control and broken characters, extremes. */
const HOSTILE_STRINGS = [
  '',
  ' ',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  '1; SELECT pg_sleep(5)',
  '{{constructor.constructor("return process")()}}',
  '${process.env.JWT_SECRET}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%00%27',
  'مرحبا بالعالم',
  '\u202egnp.exe',
  '👩🏽‍💻🇩🇪🏳️‍🌈',
  'Łukasz Żółć Ağa Nguyễn',
  'null',
  'NaN',
  '-1',
  '1e309',
  '0000-01-01',
  '2026-02-30',
  '9999-12-31',
  'admin@koko-campus.example',
  'x'.repeat(10_001),
  'x'.repeat(100_000),
  'ä'.repeat(4_001),
];

const DATE_TIMES = [
  '1970-01-01T00:00:00.000Z',
  '0001-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '2028-02-29T12:00:00Z',
  '2026-03-29T01:30:00+01:00',
  '2026-13-01T00:00:00Z',
  'not-a-date',
  '',
];

const hostileString = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.emailAddress() },
  { weight: 1, arbitrary: fc.base64String({ maxLength: 200 }) },
);

const int32 = fc.oneof(fc.constantFrom(0, -1, 1, 2147483647, -2147483648, 20, 101, 1001), fc.integer());
const float = fc.oneof(fc.constantFrom(0, -0, 1.5, 1e308, -1e308, 5e-324), fc.double({ noNaN: true, noDefaultInfinity: true }));
const dateTime = fc.oneof(
  fc.constantFrom(...DATE_TIMES),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
);

/** The value with every string cut to 100 characters (objects and lists followed). */
function shortStrings(value: unknown): unknown {
  if (typeof value === 'string') return value.slice(0, 100);
  if (Array.isArray(value)) return value.map(shortStrings);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shortStrings(v)]));
  return value;
}

/** Values of the given input type that GraphQL accepts, chosen to hurt what lies behind it. */
export function valueOf(type: GraphQLInputType, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return required(type.ofType, ids, depth);
  return fc.option(required(type, ids, depth), { nil: null, freq: 5 });
}

function required(type: GraphQLInputType, ids: string[], depth: number): fc.Arbitrary<unknown> {
  if (isListType(type)) {
    const item = valueOf(type.ofType, ids, depth + 1);
    return fc.oneof(
      { weight: 8, arbitrary: fc.array(item, { maxLength: 3 }) },
      // Far more items than any list takes. Its strings are cut to 100 characters: this case is about
      // the item count; 2,001 copies of a 100,000-character string would be a 200 MB body, which
      // only tests the body limit (bad-input.int-spec.ts) and costs seconds per call.
      { weight: 1, arbitrary: item.map((v) => Array.from({ length: 2_001 }, () => shortStrings(v))) },
    );
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    if (depth > 4) return fc.constant({});
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of fields) record[f.name] = valueOf(f.type, ids, depth + 1);
    const requiredKeys = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name);
    return fc.record(record, { requiredKeys });
  }
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ids) }, { weight: 2, arbitrary: fc.uuid() }, { weight: 3, arbitrary: hostileString });
      case 'Int':
        return int32;
      case 'Float':
        return float;
      case 'Boolean':
        return fc.boolean();
      case 'DateTime':
        return dateTime;
      default:
        return hostileString;
    }
  }
  return fc.constant(null);
}

/** `{ __typename scalar… }` for an object result, nothing for a leaf. */
export function selectionOf(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const leaves = Object.values(named.getFields())
    .filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)))
    .map((f) => f.name);
  return `{ __typename ${leaves.join(' ')} }`;
}

export interface FuzzOperation {
  kind: 'query' | 'mutation';
  name: string;
  document: string;
  args: fc.Arbitrary<Record<string, unknown>>;
}

/** One document per Query and Mutation field, its arguments passed as variables. */
export function operationsOf(schema: GraphQLSchema, ids: string[]): FuzzOperation[] {
  const roots: ['query' | 'mutation', Record<string, GraphQLField<unknown, unknown>>][] = [
    ['query', schema.getQueryType()?.getFields() ?? {}],
    ['mutation', schema.getMutationType()?.getFields() ?? {}],
  ];
  return roots.flatMap(([kind, fields]) =>
    Object.values(fields).map((field) => {
      const declared = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
      const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const document = `${kind} Fuzz${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selectionOf(field.type)} }`;
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const a of field.args) record[a.name] = valueOf(a.type, ids);
      const requiredKeys = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => a.name);
      return { kind, name: field.name, document, args: fc.record(record, { requiredKeys }) };
    }),
  );
}
