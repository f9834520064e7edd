import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { GraphQLContext, requestLoader } from '../common/request-context';
import { OrganisationService } from './organisation.service';
import { Board, School } from './organisation.types';

@Resolver(() => School)
export class OrganisationResolver {
  constructor(private readonly organisation: OrganisationService) {}

  @Query(() => [School], { description: 'All schools of the association.' })
  schools() {
    return this.organisation.listSchools();
  }

  @Query(() => [Board], { description: 'All schoolbesturen of the association.' })
  boards() {
    return this.organisation.listBoards();
  }

  @ResolveField(() => Board, { nullable: true })
  board(@Parent() school: School, @Context() ctx: GraphQLContext) {
    if (!school.boardId) return null;
    return requestLoader(ctx, 'board', () => this.organisation.createBoardLoader()).load(
      school.boardId,
    );
  }
}
