import { ErrorCode } from '@koko/shared';
import { DomainException } from '@koko/api/core/graphql';

export type IdentityErrorCode =
  | ErrorCode.INVALID_CREDENTIALS
  | ErrorCode.TOO_MANY_ATTEMPTS
  | ErrorCode.PASSWORD_TOO_SHORT
  | ErrorCode.PASSWORD_TOO_COMMON
  | ErrorCode.WRONG_CURRENT_PASSWORD
  | ErrorCode.EMAIL_TAKEN
  | ErrorCode.TOKEN_INVALID
  | ErrorCode.USER_NOT_FOUND
  | ErrorCode.INVITATION_ALREADY_ACCEPTED
  | ErrorCode.LAST_ADMIN;

export class IdentityException extends DomainException<IdentityErrorCode> {
  constructor(code: IdentityErrorCode, params: Record<string, string | number> = {}) {
    super(code, params);
  }
}
