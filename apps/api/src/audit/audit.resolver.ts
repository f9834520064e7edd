import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { Roles, ViewerLocale } from '../common/auth.decorators';
import { checkPage } from '../common/pagination';
import { GraphQLContext, Locale, requestLoader } from '../common/request-context';
import { Member } from '../members/dto/member.type';
import { PlatformRole } from '../members/member.entity';
import { MembersService } from '../members/members.service';
import { AuditLogEntity } from './audit-log.entity';
import { AuditEntry, AuditLogPage } from './dto/audit-entry.type';

const SUMMARIES: Record<string, { nl: string; en: string }> = {
  'member.invited': { nl: 'Lid uitgenodigd', en: 'Member invited' },
  'member.invitation_resent': { nl: 'Uitnodiging opnieuw verstuurd', en: 'Invitation resent' },
  'member.role_changed': { nl: 'Rol gewijzigd', en: 'Role changed' },
  'member.deactivated': { nl: 'Account gedeactiveerd', en: 'Account deactivated' },
  'member.reactivated': { nl: 'Account weer actief', en: 'Account reactivated' },
};

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(
    @InjectRepository(AuditLogEntity) private readonly entries: Repository<AuditLogEntity>,
    private readonly members: MembersService,
  ) {}

  @Roles(PlatformRole.ADMIN)
  @Query(() => AuditLogPage, { description: 'Admin: what admins did, newest first.' })
  async auditLog(
    @Args('first', { type: () => Int, defaultValue: 50 }) first = 50,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset = 0,
  ) {
    checkPage(first, offset);
    const [nodes, total] = await this.entries.findAndCount({
      order: { createdAt: 'DESC' },
      take: first,
      skip: offset,
    });
    return { total, nodes };
  }

  @ResolveField(() => Member, { nullable: true })
  actor(@Parent() entry: AuditLogEntity, @Context() ctx: GraphQLContext) {
    if (!entry.actorId) return null;
    return requestLoader(ctx, 'member', () => this.members.createLoader()).load(entry.actorId);
  }

  @ResolveField(() => String)
  summary(@Parent() entry: AuditLogEntity, @ViewerLocale() locale: Locale) {
    return SUMMARIES[entry.action]?.[locale] ?? entry.action;
  }
}
