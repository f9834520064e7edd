import { Module } from '@nestjs/common';

import { SubtopicResolver, TaxonomyResolver } from './taxonomy.resolver';
import { TaxonomyService } from './taxonomy.service';
import { TaxonomySyncService } from './taxonomy-sync.service';

@Module({
  providers: [TaxonomyService, TaxonomySyncService, TaxonomyResolver, SubtopicResolver],
  exports: [TaxonomyService, TaxonomySyncService],
})
export class TaxonomyModule {}
