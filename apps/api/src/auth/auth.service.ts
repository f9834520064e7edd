import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { BadUserInputError, UnauthenticatedError } from '../common/errors';
import { AccountTokenKind } from '../members/account-token.entity';
import { AccountTokenService } from '../members/account-token.service';
import { MemberEntity, MemberStatus } from '../members/member.entity';
import { endSessions, normaliseEmail } from '../members/members.service';
import { LoginThrottleService } from './login-throttle.service';
import { checkPasswordPolicy, PASSWORD_MAX, PasswordService } from './password.service';

const WRONG_CREDENTIALS = 'E-mailadres of wachtwoord klopt niet.';
const INVALID_LINK = 'Deze link is ongeldig, al gebruikt of verlopen. Vraag een nieuwe aan.';

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly throttle: LoginThrottleService,
    private readonly tokens: AccountTokenService,
  ) {}

  /**
   * Checks credentials under the login throttle (the attempt is counted before the check); the
   * same answer for unknown e-mail and wrong password.
   */
  async validateLogin(rawEmail: string, password: string, ip: string): Promise<MemberEntity> {
    const email = normaliseEmail(rawEmail).slice(0, 254);
    await this.throttle.beforeAttempt(ip, email);
    const member =
      password.length <= PASSWORD_MAX
        ? await this.dataSource
            .getRepository(MemberEntity)
            .createQueryBuilder('m')
            .addSelect('m.passwordHash')
            .where('m.email = :email', { email })
            .getOne()
        : null;
    const ok = await this.passwords.verify(member?.passwordHash, password);
    if (!member || !ok || member.status !== MemberStatus.ACTIVE) {
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }
    await this.throttle.succeeded(ip, email);
    await this.dataSource
      .getRepository(MemberEntity)
      .update(member.id, { lastLoginAt: new Date() });
    member.passwordHash = null;
    return member;
  }

  async invitationInfo(token: string): Promise<{ name: string; email: string } | null> {
    const found = await this.tokens.find(
      this.dataSource.manager,
      token,
      AccountTokenKind.INVITATION,
    );
    if (!found) return null;
    const member = await this.dataSource
      .getRepository(MemberEntity)
      .findOneBy({ id: found.memberId });
    if (!member || member.status !== MemberStatus.INVITED) return null;
    return { name: member.name, email: member.email };
  }

  /** Sets the first password from an invitation link and activates the account. */
  acceptInvitation(token: string, password: string): Promise<MemberEntity> {
    return this.setPasswordWithToken(token, password, AccountTokenKind.INVITATION);
  }

  resetPassword(token: string, password: string): Promise<MemberEntity> {
    return this.setPasswordWithToken(token, password, AccountTokenKind.PASSWORD_RESET);
  }

  private async setPasswordWithToken(
    token: string,
    password: string,
    kind: AccountTokenKind,
  ): Promise<MemberEntity> {
    const preview = await this.tokens.find(this.dataSource.manager, token, kind);
    if (!preview) throw new BadUserInputError('token', INVALID_LINK);
    const owner = await this.dataSource
      .getRepository(MemberEntity)
      .findOneBy({ id: preview.memberId });
    if (!owner || owner.status === MemberStatus.DEACTIVATED) {
      throw new BadUserInputError('token', INVALID_LINK);
    }
    checkPasswordPolicy(password, [owner.name, owner.email]);
    const passwordHash = await this.passwords.hash(password);
    const member = await this.dataSource.transaction(async (manager) => {
      const used = await this.tokens.consume(manager, token, kind);
      if (!used) throw new BadUserInputError('token', INVALID_LINK);
      await endSessions(manager, used.memberId);
      await manager.update(MemberEntity, used.memberId, {
        passwordHash,
        status: MemberStatus.ACTIVE,
        lastLoginAt: new Date(),
      });
      return manager.findOneByOrFail(MemberEntity, { id: used.memberId });
    });
    await this.throttle.passwordSet(member.email);
    return member;
  }
}
