import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Generates typed documents for the web app from the API schema and the `.graphql` operation files.
 * Run: npx graphql-codegen --config tools/codegen/codegen.ts
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: 'apps/api/schema.graphql',
  documents: ['libs/web/**/*.graphql'],
  generates: {
    'libs/web/shared/data-access-graphql/src/lib/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
        nonOptionalTypename: false,
        skipTypename: false,
        dedupeFragments: true,
      },
    },
  },
};

export default config;
