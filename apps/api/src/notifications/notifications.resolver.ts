import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { CurrentMember } from '../common/auth.decorators';
import { checkPage } from '../common/pagination';
import { MemberEntity } from '../members/member.entity';
import {
  MarkNotificationsReadInput,
  Notification,
  NotificationPage,
} from './dto/notification.types';
import { NotificationEntity } from './notification.entity';
import { NotificationsService } from './notifications.service';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Query(() => NotificationPage, { description: 'Your notifications, newest first.' })
  myNotifications(
    @CurrentMember() member: MemberEntity,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @Args('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
  ) {
    checkPage(first, offset, 50);
    return this.notifications.list(member.id, first, offset, unreadOnly);
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentMember() member: MemberEntity) {
    return this.notifications.unreadCount(member.id);
  }

  @Mutation(() => Int, { description: 'Marks notifications read; returns the unread count left.' })
  markNotificationsRead(
    @CurrentMember() member: MemberEntity,
    @Args('input') input: MarkNotificationsReadInput,
  ) {
    return this.notifications.markRead(member.id, input.ids, Boolean(input.all));
  }

  @ResolveField(() => Boolean)
  read(@Parent() notification: NotificationEntity) {
    return Boolean(notification.readAt);
  }
}
