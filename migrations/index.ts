import { Foundation1763850000000 } from './1763850000000-foundation';
import { TaxonomyAndProfiles1763860000000 } from './1763860000000-taxonomy-and-profiles';
import { SearchDocuments1763870000000 } from './1763870000000-search-documents';
import { EventsAndNotifications1763880000000 } from './1763880000000-events-and-notifications';
import { GroupsAndThreads1763890000000 } from './1763890000000-groups-and-threads';
import { MailRetry1763900000000 } from './1763900000000-mail-retry';
import { SearchBoardIndex1763910000000 } from './1763910000000-search-board-index';
import { NotificationEnglish1763920000000 } from './1763920000000-notification-english';
import { InstallationSecret1763934000000 } from './1763934000000-installation-secret';
import { RegistrationWrittenAt1763935000000 } from './1763935000000-registration-written-at';
import { TopicSignals1763936000000 } from './1763936000000-topic-signals';
import { Moderation1763937000000 } from './1763937000000-moderation';

/**
 * Every migration, in order. Listed explicitly (not globbed) so the bundled api carries them.
 * `npm run db:generate` writes new files here; add each one to this list.
 */
export const MIGRATIONS = [
  Foundation1763850000000,
  TaxonomyAndProfiles1763860000000,
  SearchDocuments1763870000000,
  EventsAndNotifications1763880000000,
  GroupsAndThreads1763890000000,
  MailRetry1763900000000,
  SearchBoardIndex1763910000000,
  NotificationEnglish1763920000000,
  InstallationSecret1763934000000,
  RegistrationWrittenAt1763935000000,
  TopicSignals1763936000000,
  Moderation1763937000000,
];
