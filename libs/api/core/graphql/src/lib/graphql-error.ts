import { ArgumentsHost } from '@nestjs/common';
import { GqlArgumentsHost } from '@nestjs/graphql';
import { ErrorCode, Locale } from '@koko/shared';
import { GraphQLError } from 'graphql';
import type { Request } from 'express';
import { Messages } from './domain.exception';
import { requestLocale } from './request-locale';

export function localeOf(host: ArgumentsHost): Locale {
  const gql = GqlArgumentsHost.create(host);
  const ctx = gql.getContext<{ req?: Request }>();
  return requestLocale(ctx?.req);
}

function interpolate(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

/** Builds the GraphQL error every client sees: a translated message and a stable code. */
export function translatedError(
  code: ErrorCode | string,
  messages: Messages,
  locale: Locale,
  params: Record<string, string | number> = {},
  extra: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(interpolate(messages[locale], params), { extensions: { code, ...extra } });
}
