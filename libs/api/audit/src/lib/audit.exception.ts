import { DomainException, Messages, registerDomainErrors } from '@koko/api/core/graphql';

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

registerDomainErrors(AuditException, (e) => messagesFor(e.code));
