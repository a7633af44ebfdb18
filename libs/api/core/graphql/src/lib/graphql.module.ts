import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { AppConfig } from '@koko/api/core/config';
import type { Request, Response } from 'express';
import { GraphQLFormattedError } from 'graphql';
import { FrameworkExceptionFilter } from './framework-exception.filter';
import { LoaderHost } from './request-loaders';
import { requestGuardPlugin } from './request-guard';
import { ErrorCode } from '@koko/shared';

export interface GraphQLContext extends LoaderHost {
  req: Request;
  res: Response;
}

/** Code-first GraphQL on Apollo Server 5 with CSRF prevention, depth and cost limits. */
@Module({})
export class ApiGraphQLModule {
  static forRoot(config: AppConfig): DynamicModule {
    const armor = new ApolloArmor({
      maxDepth: { n: 8 },
      costLimit: { maxCost: 5000 },
      maxAliases: { n: 15 },
      maxDirectives: { n: 20 },
      // The parser's own token limit (parseOptions below) answers 400; armor's would answer 500.
      maxTokens: { enabled: false },
      blockFieldSuggestion: { enabled: config.isProduction },
    });
    const protection = armor.protect();
    return {
      module: ApiGraphQLModule,
      imports: [
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          csrfPrevention: true,
          introspection: config.graphql.introspection,
          playground: false,
          includeStacktraceInErrorResponses: !config.isProduction,
          context: ({ req, res }: GraphQLContext): GraphQLContext => ({ req, res, loaders: new Map() }),
          parseOptions: { maxTokens: 2000 },
          // Apollo installs its cache-control plugin unless told otherwise; its per-field hook makes
          // Apollo wrap every resolver of every request, and no answer of ours is cacheable by hints.
          plugins: [ApolloServerPluginCacheControlDisabled(), ...protection.plugins, requestGuardPlugin()],
          validationRules: [...protection.validationRules],
          formatError: (formatted: GraphQLFormattedError): GraphQLFormattedError => {
            const code = formatted.extensions?.['code'];
            if (config.isProduction && code === undefined) {
              return { message: 'Internal error', extensions: { code: ErrorCode.INTERNAL } };
            }
            if (config.isProduction && code === ErrorCode.INTERNAL) {
              // Already the translated generic message of FrameworkExceptionFilter; keep nothing else.
              return { message: formatted.message, extensions: { code } };
            }
            return formatted;
          },
        }),
      ],
      providers: [{ provide: APP_FILTER, useClass: FrameworkExceptionFilter }],
    };
  }
}
