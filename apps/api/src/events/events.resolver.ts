import {
  Args,
  Context,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import { CurrentMember, Roles } from '../common/auth.decorators';
import { NotFoundError } from '../common/errors';
import { GraphQLContext, requestLoader } from '../common/request-context';
import { UuidArg } from '../common/validation';
import { Member } from '../members/dto/member.type';
import { MemberEntity, PlatformRole } from '../members/member.entity';
import { MembersService } from '../members/members.service';
import { Domain } from '../taxonomy/dto/taxonomy.types';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { CalendarService } from './calendar.service';
import {
  CancelEventInput,
  CreateEventInput,
  EventFilterInput,
  EventRegistrationInput,
  MarkAttendanceInput,
  UpdateEventInput,
} from './dto/event.inputs';
import { CalendarFeed, Event, Registration } from './dto/event.types';
import { EventEntity, RegistrationEntity, RegistrationStatus } from './event.entities';
import { EventsService } from './events.service';
import { canManageEvents, RegistrationsService } from './registrations.service';

const counts = (ctx: GraphQLContext, events: EventsService, id: string) =>
  requestLoader(ctx, 'event-counts', () => events.createCountsLoader()).load(id);

@Resolver(() => Event)
export class EventsResolver {
  constructor(
    private readonly events: EventsService,
    private readonly registrationsService: RegistrationsService,
    private readonly calendar: CalendarService,
    private readonly members: MembersService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  @Query(() => [Event], {
    name: 'events',
    description: 'Events, soonest first; drafts only for coordinators.',
  })
  listEvents(
    @CurrentMember() viewer: MemberEntity,
    @Args('upcoming', { nullable: true }) upcoming?: boolean,
    @Args('filter', { nullable: true }) filter?: EventFilterInput,
  ) {
    return this.events.list(viewer, upcoming, filter ?? {});
  }

  @Query(() => Event, { name: 'event', nullable: true })
  async findEvent(@CurrentMember() viewer: MemberEntity, @UuidArg('id') id: string) {
    return this.events.findVisible(viewer, id);
  }

  @Roles(PlatformRole.COORDINATOR)
  @Mutation(() => Event, { description: 'Coordinators and admins.' })
  createEvent(@CurrentMember() actor: MemberEntity, @Args('input') input: CreateEventInput) {
    return this.events.create(actor, input);
  }

  @Roles(PlatformRole.COORDINATOR)
  @Mutation(() => Event, {
    description: 'Coordinators and admins; more seats move people up from the waiting list.',
  })
  updateEvent(@CurrentMember() actor: MemberEntity, @Args('input') input: UpdateEventInput) {
    return this.events.update(actor, input);
  }

  @Roles(PlatformRole.COORDINATOR)
  @Mutation(() => Event, { description: 'Cancels the event and tells everyone who signed up.' })
  cancelEvent(@CurrentMember() actor: MemberEntity, @Args('input') input: CancelEventInput) {
    return this.events.cancel(actor, input);
  }

  @Mutation(() => Registration, {
    description: 'Signs up, or joins the waiting list when full. Idempotent.',
  })
  registerForEvent(
    @CurrentMember() member: MemberEntity,
    @Args('input') input: EventRegistrationInput,
  ) {
    return this.registrationsService.register(member, input.eventId);
  }

  @Mutation(() => Registration, {
    description: 'Cancels your sign-up; the first on the waiting list moves up.',
  })
  cancelRegistration(
    @CurrentMember() member: MemberEntity,
    @Args('input') input: EventRegistrationInput,
  ) {
    return this.registrationsService.cancel(member, input.eventId);
  }

  @Roles(PlatformRole.COORDINATOR)
  @Mutation(() => Registration, { description: 'Check-in list: mark who attended.' })
  markAttendance(@Args('input') input: MarkAttendanceInput) {
    return this.registrationsService.markAttendance(input.registrationId, input.attended);
  }

  @Query(() => CalendarFeed, { description: 'Your personal calendar feed (created on first use).' })
  async myCalendarFeed(@CurrentMember() member: MemberEntity) {
    return { url: await this.calendar.feedUrl(member.id) };
  }

  @Mutation(() => CalendarFeed, {
    description: 'A new secret feed address; the old one stops working.',
  })
  async regenerateCalendarFeed(@CurrentMember() member: MemberEntity) {
    return { url: await this.calendar.regenerateFeed(member.id) };
  }

  @ResolveField(() => Int)
  async confirmedCount(@Parent() event: EventEntity, @Context() ctx: GraphQLContext) {
    return (await counts(ctx, this.events, event.id)).confirmed;
  }

  @ResolveField(() => Int)
  async waitlistCount(@Parent() event: EventEntity, @Context() ctx: GraphQLContext) {
    return (await counts(ctx, this.events, event.id)).waitlisted;
  }

  @ResolveField(() => Int, { nullable: true, description: 'Free seats; null: unlimited.' })
  async seatsLeft(@Parent() event: EventEntity, @Context() ctx: GraphQLContext) {
    if (event.capacity === null) return null;
    return Math.max(0, event.capacity - (await counts(ctx, this.events, event.id)).confirmed);
  }

  @ResolveField(() => Registration, { nullable: true, description: 'The viewer’s sign-up.' })
  myRegistration(@Parent() event: EventEntity, @Context() ctx: GraphQLContext) {
    const viewer = ctx.req.user;
    if (!viewer) return null;
    return requestLoader(ctx, 'my-registration', () =>
      this.events.createMyRegistrationLoader(viewer.id),
    ).load(event.id);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer may edit it and see the attendees.',
  })
  canManage(@Context() ctx: GraphQLContext) {
    return Boolean(ctx.req.user && canManageEvents(ctx.req.user));
  }

  @ResolveField(() => Member, { nullable: true })
  organiser(@Parent() event: EventEntity, @Context() ctx: GraphQLContext) {
    if (!event.organiserId) return null;
    return requestLoader(ctx, 'member', () => this.members.createLoader()).load(event.organiserId);
  }

  @ResolveField(() => [Domain])
  async domains(@Parent() event: EventEntity) {
    const snapshot = await this.taxonomy.snapshot();
    return event.domainSlugs.flatMap((slug) => snapshot.domainBySlug.get(slug) ?? []);
  }

  @ResolveField(() => [Registration], {
    description: 'Coordinators: everyone who signed up, waiting list in order.',
  })
  async registrations(@Parent() event: EventEntity, @Context() ctx: GraphQLContext) {
    if (!ctx.req.user || !canManageEvents(ctx.req.user)) throw new NotFoundError('Deze gegevens');
    return this.events.attendees(event.id);
  }
}

@Resolver(() => Registration)
export class RegistrationResolver {
  constructor(
    private readonly events: EventsService,
    private readonly members: MembersService,
  ) {}

  @ResolveField(() => Int, { nullable: true, description: 'Place on the waiting list (1 = next).' })
  async position(@Parent() registration: RegistrationEntity, @Context() ctx: GraphQLContext) {
    if (registration.status !== RegistrationStatus.WAITLISTED) return null;
    const positions = await requestLoader(ctx, 'waitlist-positions', () =>
      this.events.createPositionLoader(),
    ).load(registration.eventId);
    return positions.get(registration.id) ?? null;
  }

  @ResolveField(() => Event)
  async event(@Parent() registration: RegistrationEntity, @Context() ctx: GraphQLContext) {
    const event = await this.events.findVisible(ctx.req.user as MemberEntity, registration.eventId);
    if (!event) throw new NotFoundError('Deze activiteit');
    return event;
  }

  @ResolveField(() => Member, { description: 'Visible to the member and to coordinators.' })
  async member(@Parent() registration: RegistrationEntity, @Context() ctx: GraphQLContext) {
    const viewer = ctx.req.user;
    if (!viewer || (viewer.id !== registration.memberId && !canManageEvents(viewer))) {
      throw new NotFoundError('Deze gegevens');
    }
    return requestLoader(ctx, 'member', () => this.members.createLoader()).load(
      registration.memberId,
    );
  }
}
