import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { Brackets, DataSource, EntityManager, In, Repository } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { AuditAction } from '../audit/audit-actions';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors';
import { Locale } from '../common/request-context';
import { APP_CONFIG, AppConfig } from '../config/config';
import { MailService } from '../mail/mail.service';
import { invitationMail } from '../mail/templates';
import { OrganisationService } from '../organisation/organisation.service';
import { AccountTokenKind } from './account-token.entity';
import { AccountTokenService } from './account-token.service';
import {
  InviteMemberInput,
  MemberFilterInput,
  UpdateMemberRoleInput,
  UpdateMyAccountInput,
} from './dto/member.inputs';
import { MemberEntity, MemberStatus, PlatformRole } from './member.entity';

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

@Injectable()
export class MembersService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(MemberEntity) private readonly members: Repository<MemberEntity>,
    private readonly dataSource: DataSource,
    private readonly organisation: OrganisationService,
    private readonly tokens: AccountTokenService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  findById(id: string): Promise<MemberEntity | null> {
    return this.members.findOneBy({ id });
  }

  async requireMember(id: string, field = 'memberId'): Promise<MemberEntity> {
    const member = await this.members.findOneBy({ id });
    if (!member) throw new NotFoundError('Dit lid', field);
    return member;
  }

  findActiveById(id: string): Promise<MemberEntity | null> {
    return this.members.findOneBy({ id, status: MemberStatus.ACTIVE });
  }

  createLoader(): DataLoader<string, MemberEntity | null> {
    return new DataLoader(async (ids) => {
      const rows = await this.members.findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  async list(
    viewer: MemberEntity,
    filter: MemberFilterInput = {},
    first: number,
    offset: number,
  ): Promise<{ total: number; nodes: MemberEntity[] }> {
    const isAdmin = viewer.platformRole === PlatformRole.ADMIN;
    const query = this.members.createQueryBuilder('m');
    if (filter.search?.trim()) {
      const term = `%${filter.search
        .trim()
        .toLowerCase()
        .replace(/[\\%_]/g, '\\$&')}%`;
      query.andWhere(
        new Brackets((q) =>
          q
            .where('immutable_unaccent(lower(m.name)) LIKE immutable_unaccent(:term)', { term })
            .orWhere('m.email LIKE :term', { term }),
        ),
      );
    }
    if (filter.schoolId) query.andWhere('m.schoolId = :schoolId', { schoolId: filter.schoolId });
    if (filter.boardId) {
      query.andWhere('m.schoolId IN (SELECT id FROM school WHERE board_id = :boardId)', {
        boardId: filter.boardId,
      });
    }
    if (filter.jobRole) query.andWhere('m.jobRole = :jobRole', { jobRole: filter.jobRole });
    if (filter.domain) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM expertise_entry e WHERE e.member_id = m.id AND e.domain_slug = :domain)',
        { domain: filter.domain },
      );
    }
    if (filter.subtopic) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM expertise_entry e WHERE e.member_id = m.id AND e.subtopic_slugs @> ARRAY[:subtopic]::text[])',
        { subtopic: filter.subtopic },
      );
    }
    if (filter.platformRole) {
      query.andWhere('m.platformRole = :platformRole', { platformRole: filter.platformRole });
    }
    // Members see active colleagues only; admins see every status and may filter on it.
    if (!isAdmin) query.andWhere('m.status = :status', { status: MemberStatus.ACTIVE });
    else if (filter.status) query.andWhere('m.status = :status', { status: filter.status });
    const [nodes, total] = await query
      .orderBy('lower(m.name)', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .take(first)
      .skip(offset)
      .getManyAndCount();
    return { total, nodes };
  }

  async invite(actor: MemberEntity, input: InviteMemberInput): Promise<MemberEntity> {
    const email = normaliseEmail(input.email);
    if (input.schoolId) await this.organisation.requireSchool(input.schoolId);
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(MemberEntity, { email });
      if (existing) throw new ConflictError('Er is al een account met dit e-mailadres.', 'email');
      const member = await manager.save(
        manager.create(MemberEntity, {
          email,
          name: input.name.trim(),
          schoolId: input.schoolId ?? null,
          jobRole: input.jobRole,
          platformRole: input.platformRole ?? PlatformRole.MEMBER,
          status: MemberStatus.INVITED,
        }),
      );
      await this.sendInvitation(manager, member, actor.name);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'member.invited',
        targetType: 'member',
        targetId: member.id,
        data: { email, platformRole: member.platformRole, jobRole: member.jobRole },
      });
      return member;
    });
  }

  /** Issues an invitation token and queues the mail, inside the caller's transaction. */
  async sendInvitation(manager: EntityManager, member: MemberEntity, inviter?: string) {
    const token = await this.tokens.issue(
      manager,
      member.id,
      AccountTokenKind.INVITATION,
      this.config.INVITATION_TTL_HOURS * 3600_000,
    );
    const url = `${this.config.PUBLIC_URL}/uitnodiging/${token}`;
    await this.mail.enqueue(
      manager,
      invitationMail(member.locale, member.email, member.name, url, inviter),
    );
  }

  /** Invitations for many members at once (imports): one token and one mail insert in all. */
  async sendInvitations(manager: EntityManager, members: MemberEntity[]): Promise<void> {
    if (!members.length) return;
    const tokens = await this.tokens.issueMany(
      manager,
      members.map((m) => m.id),
      AccountTokenKind.INVITATION,
      this.config.INVITATION_TTL_HOURS * 3600_000,
    );
    await this.mail.enqueue(
      manager,
      members.map((member, i) =>
        invitationMail(
          member.locale ?? 'nl',
          member.email,
          member.name,
          `${this.config.PUBLIC_URL}/uitnodiging/${tokens[i]}`,
        ),
      ),
    );
  }

  async resendInvitation(actor: MemberEntity, memberId: string): Promise<boolean> {
    const member = await this.requireMember(memberId);
    if (member.status !== MemberStatus.INVITED) {
      throw new BadUserInputError('memberId', 'Dit lid heeft zijn account al geactiveerd.');
    }
    await this.dataSource.transaction(async (manager) => {
      await this.sendInvitation(manager, member, actor.name);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'member.invitation_resent',
        targetType: 'member',
        targetId: member.id,
      });
    });
    return true;
  }

  async updateRole(actor: MemberEntity, input: UpdateMemberRoleInput): Promise<MemberEntity> {
    const member = await this.requireMember(input.memberId);
    if (input.schoolId) await this.organisation.requireSchool(input.schoolId);
    if (member.id === actor.id && input.platformRole && input.platformRole !== PlatformRole.ADMIN) {
      throw new BadUserInputError('platformRole', 'Je kunt je eigen beheerdersrol niet afnemen.');
    }
    const changes: Partial<MemberEntity> = {};
    if (input.platformRole && input.platformRole !== member.platformRole) {
      changes.platformRole = input.platformRole;
    }
    if (input.jobRole && input.jobRole !== member.jobRole) changes.jobRole = input.jobRole;
    if (input.schoolId && input.schoolId !== member.schoolId) changes.schoolId = input.schoolId;
    if (!Object.keys(changes).length) return member;
    return this.dataSource.transaction(async (manager) => {
      await manager.update(MemberEntity, member.id, changes);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'member.role_changed',
        targetType: 'member',
        targetId: member.id,
        data: {
          before: {
            platformRole: member.platformRole,
            jobRole: member.jobRole,
            schoolId: member.schoolId,
          },
          after: changes,
        },
      });
      return manager.findOneByOrFail(MemberEntity, { id: member.id });
    });
  }

  async deactivate(actor: MemberEntity, memberId: string): Promise<MemberEntity> {
    const member = await this.requireMember(memberId);
    if (member.id === actor.id) {
      throw new BadUserInputError('memberId', 'Je kunt je eigen account niet deactiveren.');
    }
    return this.setStatus(actor, member, MemberStatus.DEACTIVATED, 'member.deactivated');
  }

  async reactivate(actor: MemberEntity, memberId: string): Promise<MemberEntity> {
    const member = await this.requireMember(memberId);
    if (member.status !== MemberStatus.DEACTIVATED) return member;
    const hasPassword = await this.members
      .createQueryBuilder('m')
      .where('m.id = :id AND m.passwordHash IS NOT NULL', { id: member.id })
      .getExists();
    const status = hasPassword ? MemberStatus.ACTIVE : MemberStatus.INVITED;
    return this.setStatus(actor, member, status, 'member.reactivated');
  }

  private setStatus(
    actor: MemberEntity,
    member: MemberEntity,
    status: MemberStatus,
    action: Extract<AuditAction, 'member.deactivated' | 'member.reactivated'>,
  ): Promise<MemberEntity> {
    return this.dataSource.transaction(async (manager) => {
      await manager.update(MemberEntity, member.id, { status });
      if (status === MemberStatus.DEACTIVATED) await endSessions(manager, member.id);
      await this.audit.record(manager, {
        actorId: actor.id,
        action,
        targetType: 'member',
        targetId: member.id,
        data: { before: member.status, after: status },
      });
      return manager.findOneByOrFail(MemberEntity, { id: member.id });
    });
  }

  async updateMyAccount(member: MemberEntity, input: UpdateMyAccountInput): Promise<MemberEntity> {
    const changes: Partial<MemberEntity> = {};
    if (input.name !== undefined) changes.name = input.name.trim();
    if (input.locale !== undefined) changes.locale = input.locale as Locale;
    if (Object.keys(changes).length) await this.members.update(member.id, changes);
    return this.members.findOneByOrFail({ id: member.id });
  }
}

/** Ends every server-side session of a member (deactivation, password change). */
export async function endSessions(manager: EntityManager, memberId: string): Promise<void> {
  await manager.query(`DELETE FROM session WHERE (sess -> 'passport' ->> 'user') = $1`, [memberId]);
}
