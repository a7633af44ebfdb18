import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode, Locale, pickLocale } from '@koko/shared';
import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import express from 'express';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { findInputProblem, InputProblem } from './input-guard';
import { INPUT_PROBLEM_MESSAGES, REQUEST_MESSAGES } from './input-messages';
import { requestLocale } from './request-locale';
import { translatedError } from './graphql-error';

/** Which limit a refusal of graphql-armor or the parser's token limit names. */
const LIMIT_MESSAGES: [RegExp, string][] = [
  [/Query depth limit of \d+ exceeded/, 'depth'],
  [/Query Cost limit of \d+ exceeded/, 'cost'],
  [/Aliases limit of \d+ exceeded/, 'aliases'],
  [/Directives limit of \d+ exceeded/, 'directives'],
  [/Document contains more that \d+ tokens/, 'tokens'],
];

export function inputProblemError(problem: InputProblem, locale: Locale): GraphQLError {
  const params = { field: problem.field, max: problem.max ?? '' };
  return translatedError(ErrorCode.BAD_USER_INPUT, INPUT_PROBLEM_MESSAGES[problem.reason], locale, params, {
    field: problem.field,
    reason: problem.reason,
    http: { status: 400 },
  });
}

function limitRefusal(error: GraphQLFormattedError, locale: Locale): GraphQLFormattedError | null {
  const limit = LIMIT_MESSAGES.find(([pattern]) => pattern.test(error.message))?.[1];
  if (!limit) return null;
  const translated = translatedError(ErrorCode.QUERY_TOO_COMPLEX, REQUEST_MESSAGES.queryTooComplex, locale, { limit });
  return { message: translated.message, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit } };
}

/**
 * Before any resolver runs: every `ID` is a UUID, no string holds NUL or a lone surrogate or is
 * longer than its limit, no list is longer than its limit (see `INPUT_LIMITS`). A refusal answers
 * 400 with BAD_USER_INPUT naming the field. Refusals of the depth, cost, alias, directive and
 * token limits answer 400 with QUERY_TOO_COMPLEX and the limit's name. Every answer is `no-store`.
 */
export function requestGuardPlugin(): ApolloServerPlugin<{ req?: Request }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(ctx) {
          const problem = findInputProblem(ctx.schema, ctx.document, ctx.request.variables);
          if (problem) throw inputProblemError(problem, requestLocale(ctx.contextValue.req));
        },
        async willSendResponse(ctx) {
          // Answers hold personal data: no browser or proxy keeps them (Apollo's cache-control
          // plugin, which said the same, is off; see graphql.module.ts).
          ctx.response.http.headers.set('cache-control', 'no-store');
          const body = ctx.response.body;
          if (body.kind !== 'single' || !body.singleResult.errors) return;
          const locale = requestLocale(ctx.contextValue.req);
          let replaced = false;
          const errors = body.singleResult.errors.map((error) => {
            const refusal = limitRefusal(error, locale);
            if (refusal) replaced = true;
            return refusal ?? error;
          });
          if (replaced) {
            body.singleResult.errors = errors;
            // The parser's token limit surfaces as an unexpected error; it is the client's fault.
            if (ctx.response.http.status === undefined || ctx.response.http.status >= 500) ctx.response.http.status = 400;
          }
        },
      };
    },
  };
}

function requestError(res: Parameters<RequestHandler>[1], status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * JSON body parsing for the API with a size limit; a body over the limit answers 413, a malformed
 * one 400, each as a GraphQL error with a translated message (instead of the framework's 500).
 */
export function jsonBodyParser(limitBytes: number): [RequestHandler, ErrorRequestHandler] {
  const parse = express.json({ limit: limitBytes });
  const refuse: ErrorRequestHandler = (err: unknown, req, res, next): void => {
    const type = (err as { type?: string } | null)?.type;
    const locale = pickLocale(req.headers['accept-language']);
    if (type === 'entity.too.large') {
      const max = Math.round(limitBytes / (1024 * 1024));
      const text = REQUEST_MESSAGES.payloadTooLarge[locale].replace('{max}', String(max));
      return requestError(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, text);
    }
    if (type === 'entity.parse.failed' || type === 'encoding.unsupported' || type === 'charset.unsupported' || type === 'request.aborted') {
      return requestError(res, 400, ErrorCode.BAD_USER_INPUT, REQUEST_MESSAGES.malformedBody[locale]);
    }
    next(err);
  };
  return [parse, refuse];
}
