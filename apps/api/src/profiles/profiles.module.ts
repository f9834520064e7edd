import { Module } from '@nestjs/common';

import { MembersModule } from '../members/members.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { ProfileImportService } from './profile-import.service';
import {
  ExpertiseProfileResolver,
  ExpertiseResolver,
  MemberProfileResolver,
} from './profiles.resolver';
import { ProfilesService } from './profiles.service';
import { SearchIndexHook } from './search-index.hook';

@Module({
  imports: [TaxonomyModule, MembersModule, OrganisationModule, PrivacyModule],
  providers: [
    ProfilesService,
    ProfileImportService,
    SearchIndexHook,
    MemberProfileResolver,
    ExpertiseProfileResolver,
    ExpertiseResolver,
  ],
  exports: [ProfilesService, ProfileImportService, SearchIndexHook],
})
export class ProfilesModule {}
