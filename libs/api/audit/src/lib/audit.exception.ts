import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainException, localeOf, Messages, translatedError } from '@koko/api/core/graphql';

export enum AuditErrorCode {
  FILTER_REQUIRED = 'AUDIT_FILTER_REQUIRED',
}

export class AuditException extends DomainException<AuditErrorCode> {
  constructor(code: AuditErrorCode, params: Record<string, string | number> = {}) {
    super(code, params);
  }
}

function messagesFor(code: AuditErrorCode): Messages {
  switch (code) {
    case AuditErrorCode.FILTER_REQUIRED:
      return {
        de: 'Bitte wählen Sie einen Durchgang oder eine Person, deren Protokoll Sie sehen möchten.',
        en: 'Please choose a cohort or a person whose audit trail you want to see.',
      };
  }
}

/** Maps audit exceptions to GraphQL errors with a stable code and a translated message. */
@Catch(AuditException)
export class AuditExceptionFilter implements GqlExceptionFilter {
  catch(exception: AuditException, host: ArgumentsHost) {
    return translatedError(exception.code, messagesFor(exception.code), localeOf(host), exception.params);
  }
}
