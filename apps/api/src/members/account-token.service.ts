import { createHash, randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';

import { AccountTokenEntity, AccountTokenKind } from './account-token.entity';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** One-time tokens for invitation and password-reset links. */
@Injectable()
export class AccountTokenService {
  /** Issues a new token and voids the member's earlier unused ones of the same kind. */
  async issue(
    manager: EntityManager,
    memberId: string,
    kind: AccountTokenKind,
    ttlMs: number,
  ): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    await manager.update(AccountTokenEntity, { memberId, kind, usedAt: IsNull() }, { usedAt: now });
    await manager.insert(AccountTokenEntity, {
      memberId,
      kind,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + ttlMs),
    });
    return token;
  }

  /** Issues one fresh token per member in one statement (bulk imports of new members). */
  async issueMany(
    manager: EntityManager,
    memberIds: string[],
    kind: AccountTokenKind,
    ttlMs: number,
  ): Promise<string[]> {
    const tokens = memberIds.map(() => randomBytes(32).toString('base64url'));
    await manager.query(
      `INSERT INTO account_token (member_id, kind, token_hash, expires_at)
       SELECT unnest($1::uuid[]), $2, unnest($3::text[]), $4`,
      [memberIds, kind, tokens.map(hashToken), new Date(Date.now() + ttlMs)],
    );
    return tokens;
  }

  /** A valid, unused token (without using it up). */
  find(
    manager: EntityManager,
    token: string,
    kind: AccountTokenKind,
  ): Promise<AccountTokenEntity | null> {
    return manager
      .createQueryBuilder(AccountTokenEntity, 't')
      .where('t.tokenHash = :hash AND t.kind = :kind', { hash: hashToken(token), kind })
      .andWhere('t.usedAt IS NULL AND t.expiresAt > now()')
      .getOne();
  }

  /** Uses the token up inside the caller's transaction; null when invalid, used or expired. */
  async consume(
    manager: EntityManager,
    token: string,
    kind: AccountTokenKind,
  ): Promise<AccountTokenEntity | null> {
    // TypeORM returns [rows, rowCount] for UPDATE … RETURNING.
    const [rows]: [AccountTokenEntity[], number] = await manager.query(
      `UPDATE account_token SET used_at = now()
        WHERE token_hash = $1 AND kind = $2 AND used_at IS NULL AND expires_at > now()
        RETURNING id, member_id AS "memberId", kind`,
      [hashToken(token), kind],
    );
    return rows[0] ?? null;
  }
}
