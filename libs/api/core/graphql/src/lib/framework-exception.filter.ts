import { ArgumentsHost, BadRequestException, Catch, ForbiddenException, HttpException, Logger, ServiceUnavailableException, UnauthorizedException } from '@nestjs/common';
import { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { ErrorCode } from '@koko/shared';
import { GraphQLError } from 'graphql';
import { COMMON_MESSAGES } from './common-messages';
import { isDatabaseUnavailable } from './database-unavailable';
import { translationOf } from './domain-errors';
import { DomainException } from './domain.exception';
import { localeOf, translatedError } from './graphql-error';

/**
 * The one exception filter of the GraphQL API, registered globally: maps every domain's exceptions
 * (through the translations each domain registers with `registerDomainErrors`) and what the
 * framework throws (guards, the validation pipe, unexpected failures) to translated GraphQL errors.
 * Anything else is logged and answered as INTERNAL without details.
 */
@Catch()
export class FrameworkExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() !== 'graphql') {
      if (exception instanceof HttpException) {
        const res = host.switchToHttp().getResponse();
        return res.status(exception.getStatus()).json(exception.getResponse());
      }
      if (isDatabaseUnavailable(exception)) {
        this.logger.warn(`Database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
        return host.switchToHttp().getResponse().status(503).set('Retry-After', '5').json({ message: 'Service unavailable', code: ErrorCode.SERVICE_UNAVAILABLE });
      }
      this.logger.error(exception);
      return host.switchToHttp().getResponse().status(500).json({ message: 'Internal error' });
    }
    if (exception instanceof GraphQLError) return exception;
    const locale = localeOf(host);
    if (exception instanceof DomainException) {
      const translation = translationOf(exception);
      if (translation) return translatedError(exception.code, translation.messages, locale, translation.params);
    }
    if (exception instanceof ServiceUnavailableException || isDatabaseUnavailable(exception)) {
      this.logger.warn(`Database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
      return translatedError(ErrorCode.SERVICE_UNAVAILABLE, COMMON_MESSAGES[ErrorCode.SERVICE_UNAVAILABLE], locale);
    }
    if (exception instanceof UnauthorizedException) {
      return translatedError(ErrorCode.UNAUTHENTICATED, COMMON_MESSAGES[ErrorCode.UNAUTHENTICATED], locale);
    }
    if (exception instanceof ForbiddenException) {
      return translatedError(ErrorCode.FORBIDDEN, COMMON_MESSAGES[ErrorCode.FORBIDDEN], locale);
    }
    if (exception instanceof BadRequestException) {
      const body = exception.getResponse() as { message?: string | string[] };
      const fields = Array.isArray(body.message) ? body.message : [];
      return translatedError(ErrorCode.BAD_USER_INPUT, COMMON_MESSAGES[ErrorCode.BAD_USER_INPUT], locale, {}, { fields });
    }
    this.logger.error(exception instanceof Error ? exception.stack : exception);
    return translatedError(ErrorCode.INTERNAL, COMMON_MESSAGES[ErrorCode.INTERNAL], locale);
  }
}
