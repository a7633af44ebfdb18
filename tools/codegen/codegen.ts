import type { CodegenConfig } from '@graphql-codegen/cli';

/** The data-access libraries with `.graphql` operations; each gets its own generated file (see below). */
const OPERATION_LIBRARIES: Record<string, string> = {
  accompaniment: 'accompaniment/data-access',
  assessment: 'assessment/data-access',
  'assessment-grading': 'assessment/data-access-grading',
  catalogue: 'catalogue/data-access',
  certificates: 'certificates/data-access',
  content: 'content/data-access',
  counselling: 'counselling/data-access',
  enrolment: 'enrolment/data-access',
  evaluation: 'evaluation/data-access',
  events: 'events/data-access',
  identity: 'identity/data-access',
  progress: 'progress/data-access',
};

const GENERATED = 'libs/web/shared/data-access-graphql/src/lib/generated';
const SHARED_CONFIG = {
  enumsAsTypes: true,
  useTypeImports: true,
  scalars: { DateTime: 'string' },
  nonOptionalTypename: false,
  skipTypename: false,
  dedupeFragments: true,
};

/**
 * Generates typed documents for the web app from the API schema and the `.graphql` operation files:
 * the schema's types in `schema.ts` (types only, nothing at run time) and each library's operations
 * and documents in a file of their own, so the bundler can put a page's documents into that page's
 * chunk (it splits by file: one file of every document was a sixth of the first page's JavaScript).
 * Run: npx graphql-codegen --config tools/codegen/codegen.ts
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: 'apps/api/schema.graphql',
  generates: {
    [`${GENERATED}/schema.ts`]: {
      plugins: ['typescript'],
      config: SHARED_CONFIG,
    },
    ...Object.fromEntries(
      Object.entries(OPERATION_LIBRARIES).map(([file, library]) => [
        `${GENERATED}/${file}.ts`,
        {
          documents: [`libs/web/${library}/**/*.graphql`],
          plugins: [{ add: { content: "import type * as Types from './schema';" } }, 'typescript-operations', 'typed-document-node'],
          config: { ...SHARED_CONFIG, namespacedImportName: 'Types' },
        },
      ]),
    ),
  },
};

export default config;
