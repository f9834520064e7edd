import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../common/errors';
import { MemberEntity, MemberStatus, PlatformRole } from '../members/member.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { slugify, TaxonomyService } from '../taxonomy/taxonomy.service';
import { CreateGroupInput, UpdateGroupInput } from './dto/group.types';
import {
  GroupEntity,
  GroupKind,
  GroupMembershipEntity,
  GroupRole,
  GroupVisibility,
  MembershipStatus,
} from './group.entities';
import {
  canReadGroupContent,
  isModerator,
  readableGroupIds,
  readersOfGroup,
  threadsInReadableGroups,
} from './group-access.policy';

export interface GroupAccess {
  group: GroupEntity;
  membership: GroupMembershipEntity | null;
  /** Active member of the group. */
  isMember: boolean;
  /** Group admin, or a platform admin. */
  isGroupAdmin: boolean;
  /** May read threads, answers and the member list. */
  canSeeContent: boolean;
}

export { isModerator };

/**
 * Groups and who may see what. OPEN groups: content for every member. ON_REQUEST: everyone sees
 * that the group exists, only active members see the content. CLOSED: invisible (NOT_FOUND) except
 * to its members and invitees. Moderators and admins see everything, to moderate.
 */
@Injectable()
export class GroupsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  async access(
    viewer: MemberEntity,
    groupId: string,
    manager?: EntityManager,
  ): Promise<GroupAccess> {
    const em = manager ?? this.dataSource.manager;
    const group = await em.findOneBy(GroupEntity, { id: groupId });
    if (!group) throw new NotFoundError('Deze groep', 'groupId');
    const membership = await em.findOneBy(GroupMembershipEntity, { groupId, memberId: viewer.id });
    return this.describe(viewer, group, membership);
  }

  describe(
    viewer: MemberEntity,
    group: GroupEntity,
    membership: GroupMembershipEntity | null,
  ): GroupAccess {
    const isMember = membership?.status === MembershipStatus.ACTIVE;
    const moderator = isModerator(viewer);
    if (group.visibility === GroupVisibility.CLOSED && !membership && !moderator) {
      throw new NotFoundError('Deze groep', 'groupId');
    }
    return {
      group,
      membership,
      isMember,
      isGroupAdmin:
        (isMember && membership?.role === GroupRole.ADMIN) ||
        viewer.platformRole === PlatformRole.ADMIN,
      canSeeContent: canReadGroupContent(viewer, group, membership),
    };
  }

  async requireContent(
    viewer: MemberEntity,
    groupId: string,
    manager?: EntityManager,
  ): Promise<GroupAccess> {
    const access = await this.access(viewer, groupId, manager);
    if (!access.canSeeContent)
      throw new ForbiddenError('Alleen leden van deze groep zien de inhoud.');
    return access;
  }

  async requireGroupAdmin(
    viewer: MemberEntity,
    groupId: string,
    manager?: EntityManager,
  ): Promise<GroupAccess> {
    const access = await this.access(viewer, groupId, manager);
    if (!access.isGroupAdmin)
      throw new ForbiddenError('Alleen beheerders van deze groep kunnen dit.');
    return access;
  }

  findByIdOrSlug(id?: string, slug?: string): Promise<GroupEntity | null> {
    const repo = this.dataSource.getRepository(GroupEntity);
    if (id) return /^[0-9a-f-]{36}$/i.test(id) ? repo.findOneBy({ id }) : Promise.resolve(null);
    return repo.findOneBy({ slug: slug ?? '' });
  }

  /**
   * The group-content policy (group-access.policy.ts) for callers that hold sets: of these
   * groups, threads or members, the readable ones. List queries use `readableGroupSql`.
   */
  readableGroups(viewer: MemberEntity, groupIds: string[], manager?: EntityManager) {
    return readableGroupIds(manager ?? this.dataSource.manager, viewer.id, groupIds);
  }

  readableThreads(viewer: MemberEntity, threadIds: string[], manager?: EntityManager) {
    return threadsInReadableGroups(manager ?? this.dataSource.manager, viewer.id, threadIds);
  }

  readersOf(groupId: string | null, memberIds: string[], manager?: EntityManager) {
    return readersOfGroup(manager ?? this.dataSource.manager, groupId, memberIds);
  }

  async list(viewer: MemberEntity, mine: boolean): Promise<GroupEntity[]> {
    const query = this.dataSource
      .getRepository(GroupEntity)
      .createQueryBuilder('g')
      .leftJoin('group_membership', 'm', 'm.group_id = g.id AND m.member_id = :me', {
        me: viewer.id,
      })
      .orderBy('lower(g.name)');
    if (mine) query.where(`m.status = 'ACTIVE'`);
    else if (!isModerator(viewer)) query.where(`(g.visibility <> 'CLOSED' OR m.id IS NOT NULL)`);
    return query.getMany();
  }

  async create(actor: MemberEntity, input: CreateGroupInput): Promise<GroupEntity> {
    const domains = await this.checkDomains(input.domains);
    const name = input.name.trim();
    const base = slugify(name) || 'groep';
    return this.dataSource.transaction(async (manager) => {
      const taken: { slug: string }[] = await manager.query(
        `SELECT slug FROM member_group WHERE slug = $1 OR slug LIKE $1 || '-%'`,
        [base],
      );
      const used = new Set(taken.map((t) => t.slug));
      let slug = base;
      for (let i = 2; used.has(slug); i++) slug = `${base}-${i}`;
      const group = await manager.save(
        manager.create(GroupEntity, {
          slug,
          name,
          description: (input.description ?? '').trim(),
          kind: input.kind ?? GroupKind.THEME,
          visibility: input.visibility ?? GroupVisibility.OPEN,
          domainSlugs: domains,
          createdBy: actor.id,
        }),
      );
      await manager.insert(GroupMembershipEntity, {
        groupId: group.id,
        memberId: actor.id,
        role: GroupRole.ADMIN,
        status: MembershipStatus.ACTIVE,
      });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'group.created',
        targetType: 'group',
        targetId: group.id,
        data: { name, visibility: group.visibility },
      });
      return group;
    });
  }

  async update(actor: MemberEntity, input: UpdateGroupInput): Promise<GroupEntity> {
    const domains =
      input.domains === undefined ? undefined : await this.checkDomains(input.domains);
    await this.requireGroupAdmin(actor, input.groupId);
    const changes: Partial<GroupEntity> = {};
    if (input.name !== undefined) changes.name = input.name.trim();
    // null clears the description (stored as '', like a group created without one)
    if (input.description !== undefined) changes.description = (input.description ?? '').trim();
    if (input.visibility !== undefined) changes.visibility = input.visibility;
    if (domains !== undefined) changes.domainSlugs = domains;
    if (Object.keys(changes).length)
      await this.dataSource.getRepository(GroupEntity).update(input.groupId, changes);
    return this.dataSource.getRepository(GroupEntity).findOneByOrFail({ id: input.groupId });
  }

  /** OPEN: joins; ON_REQUEST: a pending request for the admins; CLOSED: accepts an invitation. Idempotent. */
  join(member: MemberEntity, groupId: string): Promise<GroupMembershipEntity> {
    return this.dataSource.transaction(async (manager) => {
      const access = await this.access(member, groupId, manager);
      const existing = access.membership;
      if (
        existing?.status === MembershipStatus.ACTIVE ||
        existing?.status === MembershipStatus.PENDING
      ) {
        return existing;
      }
      const { group } = access;
      let status: MembershipStatus;
      if (
        existing?.status === MembershipStatus.INVITED ||
        group.visibility === GroupVisibility.OPEN
      ) {
        status = MembershipStatus.ACTIVE;
      } else if (group.visibility === GroupVisibility.ON_REQUEST) {
        status = MembershipStatus.PENDING;
      } else {
        throw new ForbiddenError('Je kunt alleen op uitnodiging lid worden van deze groep.');
      }
      await manager.query(
        `INSERT INTO group_membership (group_id, member_id, status) VALUES ($1, $2, $3)
         ON CONFLICT (group_id, member_id) DO UPDATE SET status = excluded.status, updated_at = now()`,
        [groupId, member.id, status],
      );
      if (status === MembershipStatus.PENDING) {
        await this.notifications.notify(manager, await this.adminIds(manager, groupId), {
          kind: 'group.request',
          title: {
            nl: `${member.name} wil lid worden van ${group.name}`,
            en: `${member.name} asks to join ${group.name}`,
          },
          link: `/groepen/${group.slug}`,
          data: { groupId, memberId: member.id },
          dedupeKey: `group.request:${groupId}:${member.id}`,
        });
      }
      return manager.findOneByOrFail(GroupMembershipEntity, { groupId, memberId: member.id });
    });
  }

  async leave(member: MemberEntity, groupId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const access = await this.access(member, groupId, manager);
      if (!access.membership) return true;
      if (
        access.membership.role === GroupRole.ADMIN &&
        access.membership.status === MembershipStatus.ACTIVE
      ) {
        const admins = await this.adminIds(manager, groupId);
        if (admins.length <= 1) {
          throw new BadUserInputError(
            'groupId',
            'Je bent de enige beheerder: wijs eerst een andere beheerder aan.',
          );
        }
      }
      await manager.delete(GroupMembershipEntity, { id: access.membership.id });
      return true;
    });
  }

  async approve(
    admin: MemberEntity,
    groupId: string,
    memberId: string,
  ): Promise<GroupMembershipEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { group } = await this.requireGroupAdmin(admin, groupId, manager);
      const membership = await manager.findOneBy(GroupMembershipEntity, { groupId, memberId });
      if (!membership || membership.status !== MembershipStatus.PENDING) {
        throw new BadUserInputError('memberId', 'Er is geen openstaand verzoek van dit lid.');
      }
      await manager.update(GroupMembershipEntity, membership.id, {
        status: MembershipStatus.ACTIVE,
      });
      await this.notifications.notify(manager, [memberId], {
        kind: 'group.approved',
        title: { nl: `Je bent lid van ${group.name}`, en: `You are a member of ${group.name}` },
        link: `/groepen/${group.slug}`,
        data: { groupId },
      });
      return manager.findOneByOrFail(GroupMembershipEntity, { id: membership.id });
    });
  }

  async invite(
    admin: MemberEntity,
    groupId: string,
    memberId: string,
  ): Promise<GroupMembershipEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { group } = await this.requireGroupAdmin(admin, groupId, manager);
      const invitee = await manager.findOneBy(MemberEntity, {
        id: memberId,
        status: MemberStatus.ACTIVE,
      });
      if (!invitee)
        throw new BadUserInputError('memberId', 'Dit lid bestaat niet of is niet actief.');
      const existing = await manager.findOneBy(GroupMembershipEntity, { groupId, memberId });
      if (existing?.status === MembershipStatus.ACTIVE) return existing;
      // A pending request that an admin answers with an invitation is simply approved.
      const status =
        existing?.status === MembershipStatus.PENDING
          ? MembershipStatus.ACTIVE
          : MembershipStatus.INVITED;
      await manager.query(
        `INSERT INTO group_membership (group_id, member_id, status) VALUES ($1, $2, $3)
         ON CONFLICT (group_id, member_id) DO UPDATE SET status = excluded.status, updated_at = now()`,
        [groupId, memberId, status],
      );
      await this.notifications.notify(manager, [memberId], {
        kind: 'group.invited',
        title: {
          nl: `${admin.name} nodigt je uit voor ${group.name}`,
          en: `${admin.name} invites you to ${group.name}`,
        },
        link: `/groepen/${group.slug}`,
        data: { groupId },
        dedupeKey: `group.invited:${groupId}`,
      });
      return manager.findOneByOrFail(GroupMembershipEntity, { groupId, memberId });
    });
  }

  async remove(admin: MemberEntity, groupId: string, memberId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await this.requireGroupAdmin(admin, groupId, manager);
      const membership = await manager.findOneBy(GroupMembershipEntity, { groupId, memberId });
      if (!membership) return true;
      if (
        membership.role === GroupRole.ADMIN &&
        (await this.adminIds(manager, groupId)).length <= 1
      ) {
        throw new BadUserInputError('memberId', 'Een groep houdt minstens één beheerder.');
      }
      await manager.delete(GroupMembershipEntity, { id: membership.id });
      return true;
    });
  }

  async setRole(admin: MemberEntity, groupId: string, memberId: string, role: GroupRole) {
    return this.dataSource.transaction(async (manager) => {
      await this.requireGroupAdmin(admin, groupId, manager);
      const membership = await manager.findOneBy(GroupMembershipEntity, { groupId, memberId });
      if (!membership || membership.status !== MembershipStatus.ACTIVE) {
        throw new BadUserInputError('memberId', 'Alleen actieve leden kunnen beheerder worden.');
      }
      if (role === GroupRole.MEMBER && membership.role === GroupRole.ADMIN) {
        if ((await this.adminIds(manager, groupId)).length <= 1) {
          throw new BadUserInputError('memberId', 'Een groep houdt minstens één beheerder.');
        }
      }
      await manager.update(GroupMembershipEntity, membership.id, { role });
      return manager.findOneByOrFail(GroupMembershipEntity, { id: membership.id });
    });
  }

  async members(
    viewer: MemberEntity,
    groupId: string,
    statuses: MembershipStatus[],
    first: number,
    offset: number,
  ) {
    const access = await this.requireContent(viewer, groupId);
    const wanted = access.isGroupAdmin
      ? statuses
      : statuses.filter((s) => s === MembershipStatus.ACTIVE);
    if (!wanted.length) return { total: 0, nodes: [] };
    const [nodes, total] = await this.dataSource.getRepository(GroupMembershipEntity).findAndCount({
      where: { groupId, status: In(wanted) },
      order: { role: 'ASC', createdAt: 'ASC' },
      take: first,
      skip: offset,
    });
    return { total, nodes };
  }

  async follow(
    member: MemberEntity,
    input: { groupId?: string; domain?: string; follow: boolean },
  ) {
    if (Boolean(input.groupId) === Boolean(input.domain)) {
      throw new BadUserInputError('groupId', 'Volg een groep of een domein.');
    }
    if (input.groupId) await this.requireContent(member, input.groupId);
    if (input.domain) await this.checkDomains([input.domain], 'domain');
    if (input.follow) {
      await this.dataSource.query(
        `INSERT INTO follow (member_id, group_id, domain_slug) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
        [member.id, input.groupId ?? null, input.domain ?? null],
      );
    } else {
      await this.dataSource.query(
        `DELETE FROM follow WHERE member_id = $1 AND (group_id = $2 OR domain_slug = $3)`,
        [member.id, input.groupId ?? null, input.domain ?? null],
      );
    }
    return true;
  }

  createMemberCountLoader(): DataLoader<string, number> {
    return new DataLoader(async (groupIds) => {
      const rows: { group_id: string; n: number }[] = await this.dataSource.query(
        `SELECT group_id, count(*)::int AS n FROM group_membership
          WHERE group_id = ANY($1::uuid[]) AND status = 'ACTIVE' GROUP BY group_id`,
        [[...groupIds]],
      );
      const byId = new Map(rows.map((r) => [r.group_id, r.n]));
      return groupIds.map((id) => byId.get(id) ?? 0);
    });
  }

  createMyMembershipLoader(memberId: string): DataLoader<string, GroupMembershipEntity | null> {
    return new DataLoader(async (groupIds) => {
      const rows = await this.dataSource
        .getRepository(GroupMembershipEntity)
        .findBy({ memberId, groupId: In([...groupIds]) });
      const byGroup = new Map(rows.map((r) => [r.groupId, r]));
      return groupIds.map((id) => byGroup.get(id) ?? null);
    });
  }

  createGroupLoader(): DataLoader<string, GroupEntity | null> {
    return new DataLoader(async (ids) => {
      const rows = await this.dataSource.getRepository(GroupEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  private async adminIds(manager: EntityManager, groupId: string): Promise<string[]> {
    const rows: { member_id: string }[] = await manager.query(
      `SELECT member_id FROM group_membership WHERE group_id = $1 AND role = 'ADMIN' AND status = 'ACTIVE'`,
      [groupId],
    );
    return rows.map((r) => r.member_id);
  }

  private async checkDomains(domains: string[] | undefined, field = 'domains'): Promise<string[]> {
    const snapshot = await this.taxonomy.snapshot();
    for (const slug of domains ?? []) {
      if (!snapshot.domainBySlug.has(slug))
        throw new BadUserInputError(field, `Onbekend domein: "${slug}".`);
    }
    return [...new Set(domains ?? [])];
  }
}
