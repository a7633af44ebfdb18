import { ErrorCode } from '@koko/shared';

/**
 * Base of every domain exception. Services throw these (never HTTP exceptions); a filter per
 * domain turns them into GraphQL errors with a stable `extensions.code` and a translated message.
 */
export abstract class DomainException<TCode extends string = string> extends Error {
  protected constructor(
    readonly code: TCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = new.target.name;
  }
}

export type Messages = Record<'de' | 'en', string>;

/** Generic errors every domain may raise. */
export enum CommonErrorCode {
  NOT_FOUND = ErrorCode.NOT_FOUND,
  FORBIDDEN = ErrorCode.FORBIDDEN,
}
