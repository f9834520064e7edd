import { isModerator } from '../groups/group-access.policy';
import { MemberEntity } from '../members/member.entity';

/*
 * Hidden content: a question or answer that a moderator hid is readable only by its author and
 * by moderators, on every path (loaders, mutation results, lists, search, notifications and
 * digests). The rule exists here once, as a predicate and as SQL.
 */

export function canSeeContent(
  viewer: Pick<MemberEntity, 'id' | 'platformRole'>,
  content: { hiddenAt: Date | null; authorId: string },
): boolean {
  return !content.hiddenAt || content.authorId === viewer.id || isModerator(viewer);
}

const moderatorSql = (memberId: string) =>
  `EXISTS (SELECT 1 FROM member vmod WHERE vmod.id = ${memberId} AND vmod.platform_role IN ('MODERATOR', 'ADMIN'))`;

/** SQL: the row `alias` (thread or answer) is visible to the member `memberId`. */
export function visibleContentSql(alias: string, memberId: string): string {
  return `(${alias}.hidden_at IS NULL OR ${alias}.author_id = ${memberId} OR ${moderatorSql(memberId)})`;
}

/**
 * SQL: the notification `alias` does not point at a question or answer hidden from its
 * recipient (notifications quote titles and bodies). Shown again, the notification is back.
 */
export function notificationVisibleSql(alias: string): string {
  const hidden = (table: string, key: string) =>
    `EXISTS (SELECT 1 FROM ${table} hc
              WHERE hc.id = (${alias}.data->>'${key}')::uuid AND NOT ${visibleContentSql('hc', `${alias}.member_id`)})`;
  return `NOT ${hidden('thread', 'threadId')} AND NOT ${hidden('answer', 'answerId')}`;
}
