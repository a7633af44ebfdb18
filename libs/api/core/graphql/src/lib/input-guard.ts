import {
  DocumentNode,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/**
 * Limits every GraphQL input is held to before any resolver runs, read from the schema's types so
 * that each new operation is covered without a line of its own.
 */
export const INPUT_LIMITS = {
  /** Characters in any string argument or input field, unless listed below. */
  maxStringLength: 10_000,
  /** Items in any list argument or input field, unless listed below. */
  maxListLength: 1_000,
  listLengthExceptions: {
    'RecordAttendanceInput.entries': 2_000, // a whole attendance grid in one save
  } as Record<string, number>,
  /**
   * The documented exceptions (schema coordinate → characters). Each one also has its own, usually
   * smaller, `@MaxLength` in the input class; this is the outer bound checked first.
   */
  stringLengthExceptions: {
    'VerifyFileInput.fileBase64': 14_000_000, // a certificate PDF (10 MB), base64-encoded
    'ImportMunicipalitiesInput.fileBase64': 2_000_000, // the municipality CSV, base64-encoded
    'SaveDraftInput.body': 200_000, // a transfer assignment's text
    'SaveFeedbackInput.text': 50_000, // a trainer's written feedback
    'SaveContentPageInput.body': 100_000, // a public page's Markdown (privacy statement)
  } as Record<string, number>,
} as const;

/** Every `ID` the API hands out and accepts is a UUID. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// eslint-disable-next-line no-control-regex
const NUL = /\u0000/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type InputProblemReason = 'invalidId' | 'nulCharacter' | 'loneSurrogate' | 'tooLong' | 'tooManyItems';

export interface InputProblem {
  reason: InputProblemReason;
  /** Where the value sits, e.g. `input.criteria.2.title`. */
  field: string;
  max?: number;
}

function checkString(value: string, field: string, coordinate: string, isId: boolean): InputProblem | null {
  if (isId) return UUID.test(value) ? null : { reason: 'invalidId', field };
  if (NUL.test(value)) return { reason: 'nulCharacter', field };
  if (LONE_SURROGATE.test(value)) return { reason: 'loneSurrogate', field };
  const max = INPUT_LIMITS.stringLengthExceptions[coordinate] ?? INPUT_LIMITS.maxStringLength;
  if (value.length > max) return { reason: 'tooLong', field, max };
  return null;
}

/** Walks a value along its input type; answers the first problem found. */
function checkValue(value: unknown, type: GraphQLInputType, field: string, coordinate: string): InputProblem | null {
  if (value === null || value === undefined) return null;
  if (isNonNullType(type)) return checkValue(value, type.ofType, field, coordinate);
  if (isListType(type)) {
    if (!Array.isArray(value)) return checkValue(value, type.ofType, field, coordinate);
    const max = INPUT_LIMITS.listLengthExceptions[coordinate] ?? INPUT_LIMITS.maxListLength;
    if (value.length > max) return { reason: 'tooManyItems', field, max };
    for (let i = 0; i < value.length; i++) {
      const problem = checkValue(value[i], type.ofType, `${field}.${i}`, coordinate);
      if (problem) return problem;
    }
    return null;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object') return null; // the type check answers that one
    const fields = type.getFields();
    for (const [name, fieldValue] of Object.entries(value as Record<string, unknown>)) {
      const def = fields[name];
      if (!def) continue;
      const problem = checkValue(fieldValue, def.type, `${field}.${name}`, `${type.name}.${name}`);
      if (problem) return problem;
    }
    return null;
  }
  if (isEnumType(type)) return null;
  const isId = isScalarType(type) && type.name === 'ID';
  if (typeof value === 'string') return checkString(value, field, coordinate, isId);
  if (isId) return { reason: 'invalidId', field }; // ID also accepts integers; ours never are
  return null;
}

/**
 * Checks every argument of every field the operation selects (literals and variables alike)
 * against the limits above. Answers the first problem, or null.
 */
export function findInputProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): InputProblem | null {
  const typeInfo = new TypeInfo(schema);
  let problem: InputProblem | null = null;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        if (problem) return false;
        const arg = typeInfo.getArgument();
        const fieldDef = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (!arg || !fieldDef || !parent) return false;
        // Variables are substituted as sent (raw JSON); literals are parsed by their scalar.
        const value =
          node.value.kind === Kind.VARIABLE ? variables?.[node.value.name.value] : valueFromAST(node.value, arg.type, variables ?? {});
        problem = checkValue(value, arg.type, arg.name, `${parent.name}.${fieldDef.name}.${arg.name}`);
        return false;
      },
    }),
  );
  return problem;
}
