import { EntityManager } from 'typeorm';

import { MemberEntity, PlatformRole } from '../members/member.entity';
import {
  GroupEntity,
  GroupMembershipEntity,
  GroupVisibility,
  MembershipStatus,
} from './group.entities';

/*
 * The one rule for who may read group content (threads, answers, the member list):
 *
 *   the community board (no group) and OPEN groups: every active member;
 *   ON_REQUEST and CLOSED groups: their ACTIVE members;
 *   moderators and admins: everything (they moderate it).
 *
 * It exists here once, in three forms that say the same: a predicate for one loaded group, a
 * SQL fragment for list queries, and set functions (ids in, readable ids out) for callers that
 * hold a set of groups, threads or members. Everything that shows or sends group content
 * (GroupsService, thread lists and search, mentions, follower notifications, routing) uses it.
 */

export const isModerator = (member: Pick<MemberEntity, 'platformRole'>) =>
  member.platformRole === PlatformRole.ADMIN || member.platformRole === PlatformRole.MODERATOR;

/** The rule for one group the caller has loaded, with the viewer's membership (if any). */
export function canReadGroupContent(
  viewer: Pick<MemberEntity, 'platformRole'>,
  group: Pick<GroupEntity, 'visibility'>,
  membership: Pick<GroupMembershipEntity, 'status'> | null,
): boolean {
  return (
    group.visibility === GroupVisibility.OPEN ||
    membership?.status === MembershipStatus.ACTIVE ||
    isModerator(viewer)
  );
}

/**
 * The rule as a SQL condition: true when the member `memberId` may read content of the group
 * `groupId` (both SQL expressions, e.g. `t.group_id` and `$1`). A NULL group is the board.
 */
export function readableGroupSql(groupId: string, memberId: string): string {
  return `(${groupId} IS NULL
    OR EXISTS (SELECT 1 FROM member_group rg WHERE rg.id = ${groupId} AND rg.visibility = 'OPEN')
    OR EXISTS (SELECT 1 FROM group_membership rgm
                WHERE rgm.group_id = ${groupId} AND rgm.member_id = ${memberId} AND rgm.status = 'ACTIVE')
    OR EXISTS (SELECT 1 FROM member rmod
                WHERE rmod.id = ${memberId} AND rmod.platform_role IN ('MODERATOR', 'ADMIN')))`;
}

/** Of these groups, the ones whose content the member may read. */
export async function readableGroupIds(
  em: EntityManager,
  memberId: string,
  groupIds: string[],
): Promise<Set<string>> {
  if (!groupIds.length) return new Set();
  const rows: { id: string }[] = await em.query(
    `SELECT g.id FROM member_group g WHERE g.id = ANY($2::uuid[]) AND ${readableGroupSql('g.id', '$1')}`,
    [memberId, groupIds],
  );
  return new Set(rows.map((r) => r.id));
}

/** Of these threads, the ones in a group (or on the board) the member may read. */
export async function threadsInReadableGroups(
  em: EntityManager,
  memberId: string,
  threadIds: string[],
): Promise<Set<string>> {
  if (!threadIds.length) return new Set();
  const rows: { id: string }[] = await em.query(
    `SELECT t.id FROM thread t WHERE t.id = ANY($2::uuid[]) AND ${readableGroupSql('t.group_id', '$1')}`,
    [memberId, threadIds],
  );
  return new Set(rows.map((r) => r.id));
}

/** Of these members, the active ones who may read content of the group (null: the board). */
export async function readersOfGroup(
  em: EntityManager,
  groupId: string | null,
  memberIds: string[],
): Promise<Set<string>> {
  if (!memberIds.length) return new Set();
  const rows: { id: string }[] = await em.query(
    `SELECT m.id FROM member m
      WHERE m.id = ANY($2::uuid[]) AND m.status = 'ACTIVE' AND ${readableGroupSql('$1::uuid', 'm.id')}`,
    [groupId, memberIds],
  );
  return new Set(rows.map((r) => r.id));
}
