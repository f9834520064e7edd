import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { BoardEntity } from './board.entity';
import { OrganisationResolver } from './organisation.resolver';
import { OrganisationService } from './organisation.service';
import { SchoolEntity } from './school.entity';

@Module({
  imports: [TypeOrmModule.forFeature([BoardEntity, SchoolEntity])],
  providers: [OrganisationService, OrganisationResolver],
  exports: [OrganisationService],
})
export class OrganisationModule {}
