import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Public, Roles } from '@koko/api/core/auth';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { ExportFile, ExportFormat, GraphQLContext, Page, requestLocale } from '@koko/api/core/graphql';
import { ShortFormatExportsService } from './exports/short-format-exports.service';
import { Role } from '@koko/shared';
import { Inject } from '@nestjs/common';
import { ParseUUIDPipe } from '@nestjs/common';
import {
  AdminShortFormatsArgs,
  CalendarArgs,
  CancelShortFormatInput,
  ShortFormatCounts,
  ShortFormatInput,
  ShortFormatPage,
  StatisticsArgs,
  TopicInput,
  UpdateShortFormatInput,
  UpdateTopicInput,
} from './dto/short-format.dto';
import { Availability, availabilityOf, registrationWindow, RegistrationWindow } from './availability';
import { EventsClock } from './events-clock';
import { ShortFormatCountsService, shortFormatLoaders } from './short-format-loaders';
import { ShortFormat, ShortFormatState, ShortFormatTopic } from './short-format.entity';
import { isOrganiser, ShortFormatService } from './short-format.service';
import { TopicService } from './topic.service';
import { RegistrationService } from './registration/registration.service';
import { AttendanceConfirmationService } from './attendance/attendance-confirmation.service';

@Resolver(() => ShortFormat)
export class ShortFormatResolver {
  constructor(
    private readonly shortFormats: ShortFormatService,
    private readonly registrations: RegistrationService,
    private readonly topics: TopicService,
    private readonly counts: ShortFormatCountsService,
    private readonly clock: EventsClock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly exports: ShortFormatExportsService,
    private readonly confirmations: AttendanceConfirmationService,
  ) {}

  @Public()
  @Query(() => ShortFormatPage, { name: 'shortFormatCalendar', description: 'Published short formats that have not ended, soonest first.' })
  calendar(@Args() args: CalendarArgs): Promise<Page<ShortFormat>> {
    return this.shortFormats.calendar(args);
  }

  @Public()
  @Query(() => ShortFormat, { name: 'shortFormat', description: 'One short format; drafts only for admins.' })
  shortFormat(@Args('id', { type: () => ID }, ParseUUIDPipe) id: string, @CurrentUser() viewer?: AuthUser): Promise<ShortFormat> {
    return this.shortFormats.visible(id, viewer);
  }

  @Roles(Role.ADMIN)
  @Query(() => ShortFormatPage, { name: 'adminShortFormats', description: 'Every short format, newest start first.' })
  adminList(@Args() args: AdminShortFormatsArgs): Promise<Page<ShortFormat>> {
    return this.shortFormats.adminList(args);
  }

  @Roles(Role.ADMIN)
  @Query(() => ExportFile, { name: 'shortFormatParticipantsCsv', description: 'Organisers: the participant list of one event (German Excel CSV, or XLSX with typed cells).' })
  participantsCsv(
    @Args('shortFormatId', { type: () => ID }, ParseUUIDPipe) id: string,
    @Args('format', { type: () => ExportFormat, defaultValue: ExportFormat.CSV }) format: ExportFormat,
    @Context() ctx: GraphQLContext,
  ): Promise<ExportFile> {
    return this.exports.participants(id, requestLocale(ctx.req), format);
  }

  @Roles(Role.ADMIN)
  @Query(() => ExportFile, {
    name: 'shortFormatStatisticsCsv',
    description: 'The programme’s statistics (German Excel CSV, or XLSX with typed cells): per event in total, per Regierungsbezirk and per municipality.',
  })
  statisticsCsv(@Args() { format, ...filter }: StatisticsArgs, @Context() ctx: GraphQLContext): Promise<ExportFile> {
    return this.exports.statistics(filter, requestLocale(ctx.req), format);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ShortFormat, { name: 'createShortFormat', description: 'Creates a draft.' })
  create(@CurrentUser() actor: AuthUser, @Args('input') input: ShortFormatInput): Promise<ShortFormat> {
    return this.shortFormats.create(actor, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ShortFormat, { name: 'updateShortFormat' })
  update(@CurrentUser() actor: AuthUser, @Args('input') input: UpdateShortFormatInput): Promise<ShortFormat> {
    return this.shortFormats.update(actor, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ShortFormat, { name: 'publishShortFormat' })
  publish(@CurrentUser() actor: AuthUser, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<ShortFormat> {
    return this.shortFormats.publish(actor, id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ShortFormat, { name: 'cancelShortFormat', description: 'Cancels a published event and informs every registrant.' })
  cancel(@CurrentUser() actor: AuthUser, @Args('input') input: CancelShortFormatInput): Promise<ShortFormat> {
    return this.shortFormats.changeState(actor, input.id, ShortFormatState.CANCELLED, input.note, (m, event) => this.registrations.onEventCancelled(m, event));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ShortFormat, {
    name: 'markShortFormatHeld',
    description: 'Records that a published event took place (from its start on); the attendance confirmations are then issued in the background.',
  })
  async markHeld(@CurrentUser() actor: AuthUser, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<ShortFormat> {
    let queued = true;
    const event = await this.shortFormats.markHeld(actor, id, async (m, e) => {
      queued = await this.confirmations.queueForEvent(m, e.id);
    });
    // Only after the commit: the issuing reads the event as held.
    if (!queued) this.confirmations.issueInProcess(event.id);
    return event;
  }

  @ResolveField(() => ShortFormatTopic, { name: 'topic' })
  async topic(@Parent() e: ShortFormat, @Context() ctx: GraphQLContext): Promise<ShortFormatTopic> {
    const topic = await shortFormatLoaders.topic(ctx, this.topics).load(e.topicId);
    if (!topic) throw new Error(`topic ${e.topicId} missing`);
    return topic;
  }

  @ResolveField(() => Availability, { name: 'availability' })
  async availability(@Parent() e: ShortFormat, @Context() ctx: GraphQLContext): Promise<Availability> {
    const c = await shortFormatLoaders.counts(ctx, this.counts).load(e.id);
    return availabilityOf(e.capacity, c.confirmed + c.offered);
  }

  @ResolveField(() => RegistrationWindow, { name: 'registrationWindow' })
  registrationWindow(@Parent() e: ShortFormat): RegistrationWindow {
    if (e.state !== ShortFormatState.PUBLISHED) return RegistrationWindow.CLOSED;
    return registrationWindow(e.registrationOpensAt, e.registrationClosesAt, this.clock.now());
  }

  @ResolveField(() => String, { name: 'icalUrl', description: 'The event as an iCal file.' })
  icalUrl(@Parent() e: ShortFormat): string {
    return `${this.config.publicUrl}/api/short-formats/${e.id}.ics`;
  }

  @ResolveField(() => String, { name: 'joinUrl', nullable: true, description: 'Admins only (else null); registrants get it by mail.' })
  joinUrl(@Parent() e: ShortFormat, @CurrentUser() viewer?: AuthUser): string | null {
    return isOrganiser(viewer) ? e.joinUrl : null;
  }

  @ResolveField(() => Int, { name: 'capacity', nullable: true, description: 'Admins only (else null): the public sees availability.' })
  capacity(@Parent() e: ShortFormat, @CurrentUser() viewer?: AuthUser): number | null {
    return isOrganiser(viewer) ? e.capacity : null;
  }

  @ResolveField(() => ShortFormatCounts, { name: 'counts', nullable: true, description: 'Admins only (else null).' })
  async countsField(@Parent() e: ShortFormat, @Context() ctx: GraphQLContext, @CurrentUser() viewer?: AuthUser): Promise<ShortFormatCounts | null> {
    if (!isOrganiser(viewer)) return null;
    return shortFormatLoaders.counts(ctx, this.counts).load(e.id);
  }
}

@Resolver(() => ShortFormatTopic)
export class TopicResolver {
  constructor(private readonly topics: TopicService) {}

  @Public()
  @Query(() => [ShortFormatTopic], { name: 'shortFormatTopics', description: 'The conflict topics; archived ones only on request.' })
  list(@Args('includeArchived', { type: () => Boolean, defaultValue: false }) includeArchived: boolean): Promise<ShortFormatTopic[]> {
    return this.topics.list(includeArchived);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ShortFormatTopic, { name: 'createShortFormatTopic' })
  create(@CurrentUser() actor: AuthUser, @Args('input') input: TopicInput): Promise<ShortFormatTopic> {
    return this.topics.create(actor, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ShortFormatTopic, { name: 'updateShortFormatTopic' })
  update(@CurrentUser() actor: AuthUser, @Args('input') input: UpdateTopicInput): Promise<ShortFormatTopic> {
    return this.topics.update(actor, input);
  }
}
