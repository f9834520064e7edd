import { AuditResolver } from '../audit/audit.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import { EventsResolver, RegistrationResolver } from '../events/events.resolver';
import { GroupMembershipResolver, GroupsResolver } from '../groups/groups.resolver';
import { MatchingResolver } from '../matching/matching.resolver';
import { MembersResolver } from '../members/members.resolver';
import { NotificationsResolver } from '../notifications/notifications.resolver';
import { OrganisationResolver } from '../organisation/organisation.resolver';
import {
  ExpertiseProfileResolver,
  ExpertiseResolver,
  MemberProfileResolver,
} from '../profiles/profiles.resolver';
import { SubtopicResolver, TaxonomyResolver } from '../taxonomy/taxonomy.resolver';
import { ContentReportResolver, ModerationResolver } from '../threads/moderation.resolver';
import { AnswersResolver, ThreadsResolver } from '../threads/threads.resolver';

/**
 * Every resolver class, for printing the schema without a database (schema.gql).
 * An integration test checks this list gives the same schema as the running app.
 */
export const RESOLVERS = [
  AuthResolver,
  MembersResolver,
  OrganisationResolver,
  AuditResolver,
  TaxonomyResolver,
  SubtopicResolver,
  MemberProfileResolver,
  ExpertiseProfileResolver,
  ExpertiseResolver,
  MatchingResolver,
  EventsResolver,
  RegistrationResolver,
  NotificationsResolver,
  GroupsResolver,
  GroupMembershipResolver,
  ThreadsResolver,
  AnswersResolver,
  ModerationResolver,
  ContentReportResolver,
];
