import { MemberEntity, MemberStatus, PlatformRole } from './member.entity';

/*
 * Former members ("oud-lid"): a deactivated account keeps its name on the questions and answers
 * it wrote, and nothing else: no e-mail, no status, no school, no profile. Only admins, who
 * manage accounts, see more. Every Member field that shows personal data asks this one rule.
 */

export const isFormerMember = (member: Pick<MemberEntity, 'status'>) =>
  member.status === MemberStatus.DEACTIVATED;

/** True when `viewer` sees `member` as a former member: the name only. */
export const showsAsFormerMember = (
  member: Pick<MemberEntity, 'status'>,
  viewer: Pick<MemberEntity, 'platformRole'> | undefined,
) => isFormerMember(member) && viewer?.platformRole !== PlatformRole.ADMIN;
