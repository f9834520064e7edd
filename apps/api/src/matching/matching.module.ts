import { Module } from '@nestjs/common';

import { MembersModule } from '../members/members.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { ProfilesModule } from '../profiles/profiles.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { MatchingResolver } from './matching.resolver';
import { MatchingService } from './matching.service';
import { SearchDocumentService } from './search-document.service';

/** Expert search: search documents kept in step with profiles, ranking, reasons, search log. */
@Module({
  imports: [ProfilesModule, TaxonomyModule, MembersModule, OrganisationModule],
  providers: [SearchDocumentService, MatchingService, MatchingResolver],
  exports: [MatchingService, SearchDocumentService],
})
export class MatchingModule {}
