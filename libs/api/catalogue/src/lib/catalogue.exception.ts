import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainException, localeOf, Messages, translatedError } from '@koko/api/core/graphql';

export enum CatalogueErrorCode {
  MUNICIPALITY_NOT_FOUND = 'MUNICIPALITY_NOT_FOUND',
}

export class CatalogueException extends DomainException<CatalogueErrorCode> {
  constructor(code: CatalogueErrorCode, params: Record<string, string | number> = {}) {
    super(code, params);
  }
}

function messagesFor(code: CatalogueErrorCode): Messages {
  switch (code) {
    case CatalogueErrorCode.MUNICIPALITY_NOT_FOUND:
      return { de: 'Die Kommune wurde nicht gefunden.', en: 'The municipality was not found.' };
  }
}

/** Maps catalogue exceptions to GraphQL errors with a stable code and a translated message. */
@Catch(CatalogueException)
export class CatalogueExceptionFilter implements GqlExceptionFilter {
  catch(exception: CatalogueException, host: ArgumentsHost) {
    return translatedError(exception.code, messagesFor(exception.code), localeOf(host), exception.params);
  }
}
