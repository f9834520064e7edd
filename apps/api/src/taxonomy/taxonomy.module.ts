import { Module } from '@nestjs/common';

import { SubtopicResolver, TaxonomyResolver } from './taxonomy.resolver';
import { TaxonomyService } from './taxonomy.service';
import { TaxonomySyncService } from './taxonomy-sync.service';
import { TopicAssociationsService } from './topic-associations.service';

@Module({
  providers: [
    TaxonomyService,
    TaxonomySyncService,
    TopicAssociationsService,
    TaxonomyResolver,
    SubtopicResolver,
  ],
  exports: [TaxonomyService, TaxonomySyncService, TopicAssociationsService],
})
export class TaxonomyModule {}
