import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { CurrentMember, ViewerLocale } from '../common/auth.decorators';
import { checkPage } from '../common/pagination';
import { Locale } from '../common/request-context';
import { MemberEntity } from '../members/member.entity';
import {
  MarkNotificationsReadInput,
  Notification,
  NotificationPage,
  NotificationPreference,
  SetNotificationPreferenceInput,
} from './dto/notification.types';
import { NotificationEntity } from './notification.entity';
import { Delivery, KIND_BY_NAME } from './notification-kinds';
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

  @Query(() => [NotificationPreference], {
    description: 'Per kind: at once by e-mail, in a daily digest, or in-app only.',
  })
  async notificationPreferences(
    @CurrentMember() member: MemberEntity,
    @ViewerLocale() locale: Locale,
  ) {
    return this.labelled(await this.notifications.preferences(member.id), locale);
  }

  @Mutation(() => [NotificationPreference])
  async setNotificationPreference(
    @CurrentMember() member: MemberEntity,
    @ViewerLocale() locale: Locale,
    @Args('input') input: SetNotificationPreferenceInput,
  ) {
    return this.labelled(
      await this.notifications.setPreference(member.id, input.kind, input.delivery),
      locale,
    );
  }

  private labelled(rows: { kind: string; delivery: Delivery }[], locale: Locale) {
    return rows.map((row) => ({
      ...row,
      label: KIND_BY_NAME.get(row.kind)?.label[locale] ?? row.kind,
    }));
  }

  @ResolveField(() => Boolean)
  read(@Parent() notification: NotificationEntity) {
    return Boolean(notification.readAt);
  }

  @ResolveField(() => String, { description: 'In the viewer’s language.' })
  title(@Parent() notification: NotificationEntity, @ViewerLocale() locale: Locale) {
    return (locale === 'en' && notification.titleEn) || notification.title;
  }

  @ResolveField(() => String, { nullable: true })
  body(@Parent() notification: NotificationEntity, @ViewerLocale() locale: Locale) {
    return (locale === 'en' && notification.bodyEn) || notification.body;
  }
}
