import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { Roles, ViewerLocale } from '../common/auth.decorators';
import { checkPage } from '../common/pagination';
import { GraphQLContext, Locale, requestLoader } from '../common/request-context';
import { Member } from '../members/dto/member.type';
import { PlatformRole } from '../members/member.entity';
import { MembersService } from '../members/members.service';
import { AUDIT_SUMMARIES, isAuditAction, recordedLabel } from './audit-actions';
import { AuditLogEntity } from './audit-log.entity';
import { auditTargetKey, AuditTargetsService } from './audit-targets.service';
import { AuditEntry, AuditLogPage } from './dto/audit-entry.type';

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(
    @InjectRepository(AuditLogEntity) private readonly entries: Repository<AuditLogEntity>,
    private readonly members: MembersService,
    private readonly targets: AuditTargetsService,
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

  @ResolveField(() => String, {
    description: 'What happened to which item, in the viewer’s language.',
  })
  async summary(
    @Parent() entry: AuditLogEntity,
    @ViewerLocale() locale: Locale,
    @Context() ctx: GraphQLContext,
  ) {
    if (!isAuditAction(entry.action)) return entry.action;
    const target = await this.target(entry, ctx);
    const recorded = recordedLabel(entry.data ?? {}) ?? entry.targetId ?? '?';
    const label = target?.label ?? { nl: recorded, en: recorded };
    return AUDIT_SUMMARIES[entry.action]({
      label,
      targetType: entry.targetType,
      data: entry.data ?? {},
    })[locale];
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Where the app shows the item; null when it no longer exists.',
  })
  async link(@Parent() entry: AuditLogEntity, @Context() ctx: GraphQLContext) {
    return (await this.target(entry, ctx))?.link ?? null;
  }

  private target(entry: AuditLogEntity, ctx: GraphQLContext) {
    return requestLoader(ctx, 'audit-target', () => this.targets.createLoader()).load(
      auditTargetKey(entry.targetType, entry.targetId),
    );
  }
}
