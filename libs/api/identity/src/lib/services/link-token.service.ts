import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@koko/shared';
import { EntityManager, IsNull } from 'typeorm';
import { UserToken, UserTokenKind } from '../entities/user-token.entity';
import { IdentityException } from '../identity.exception';
import { hashToken, newLinkToken } from './tokens';

/** Single-use link tokens for invitations and password resets; only hashes are stored. */
@Injectable()
export class LinkTokenService {
  /** Issues a new token and retires any earlier unused one of the same kind. */
  async issue(
    manager: EntityManager,
    userId: string,
    kind: UserTokenKind,
    validForMs: number,
    createdBy: string | null,
  ): Promise<{ token: string; expiresAt: Date }> {
    await manager.update(UserToken, { userId, kind, usedAt: IsNull() }, { usedAt: new Date() });
    const { token, hash } = newLinkToken();
    const expiresAt = new Date(Date.now() + validForMs);
    await manager.insert(UserToken, { userId, kind, tokenHash: hash, expiresAt, createdBy, usedAt: null });
    return { token, expiresAt };
  }

  /** Finds a token that is unused and unexpired, locking it for the rest of the transaction. */
  async findValid(manager: EntityManager, token: string, kind: UserTokenKind): Promise<UserToken> {
    if (!token || token.length > 100) throw new IdentityException(ErrorCode.TOKEN_INVALID);
    const row = await manager
      .createQueryBuilder(UserToken, 't')
      .setLock('pessimistic_write')
      .where('t.token_hash = :hash AND t.kind = :kind AND t.used_at IS NULL AND t.expires_at > now()', {
        hash: hashToken(token),
        kind,
      })
      .getOne();
    if (!row) throw new IdentityException(ErrorCode.TOKEN_INVALID);
    return row;
  }

  async consume(manager: EntityManager, tokenId: string): Promise<void> {
    await manager.update(UserToken, { id: tokenId }, { usedAt: new Date() });
  }
}
