import { AuditLogEntity } from '../audit/audit-log.entity';
import { CalendarFeedEntity, EventEntity, RegistrationEntity } from '../events/event.entities';
import { GroupEntity, GroupMembershipEntity } from '../groups/group.entities';
import { MailOutboxEntity } from '../mail/mail-outbox.entity';
import { AccountTokenEntity } from '../members/account-token.entity';
import { MemberEntity } from '../members/member.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { BoardEntity } from '../organisation/board.entity';
import { SchoolEntity } from '../organisation/school.entity';
import { ExpertiseEntryEntity, ExpertiseProfileEntity } from '../profiles/profile.entities';
import {
  TaxonomyDomainEntity,
  TaxonomySubtopicEntity,
  TopicAssociationEntity,
} from '../taxonomy/taxonomy.entities';
import { AnswerEntity, ThreadEntity } from '../threads/thread.entities';

/** Every TypeORM entity; listed explicitly so the bundled api carries them. */
export const ENTITIES = [
  BoardEntity,
  SchoolEntity,
  MemberEntity,
  AccountTokenEntity,
  MailOutboxEntity,
  AuditLogEntity,
  TaxonomyDomainEntity,
  TaxonomySubtopicEntity,
  TopicAssociationEntity,
  ExpertiseProfileEntity,
  ExpertiseEntryEntity,
  EventEntity,
  RegistrationEntity,
  CalendarFeedEntity,
  NotificationEntity,
  GroupEntity,
  GroupMembershipEntity,
  ThreadEntity,
  AnswerEntity,
];
