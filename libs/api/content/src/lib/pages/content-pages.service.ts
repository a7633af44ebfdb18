import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { sqlRun, TransactionalEvent } from '@koko/api/core/database';
import { UserDirectory } from '@koko/api/identity';
import { ContentEvents, ContentPageUpdatedEvent, Locale, PUBLIC_PAGE_SLUGS, PublicPageSlug } from '@koko/shared';
import { DataSource, EntityManager } from 'typeorm';
import { ContentErrorCode, ContentException } from '../content.exception';
import { ContentPageVersion } from './content-page-version.entity';
import { DEFAULT_PAGES } from './default-pages';

export interface SavePageCommand {
  slug: PublicPageSlug;
  locale: Locale;
  title: string;
  body: string;
  /** The version the editor started from: a save on top of a newer one is refused. */
  baseVersion: number;
}

export interface PageOverview {
  slug: PublicPageSlug;
  de: ContentPageVersion;
  en: ContentPageVersion;
}

@Injectable()
export class ContentPagesService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ContentPagesService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventEmitter2,
    private readonly users: UserDirectory,
  ) {}

  /** Every page exists from the first start: a public body must publish them (texts shipped in `default-pages.ts`). */
  async onApplicationBootstrap(): Promise<void> {
    const added = await this.ensureDefaults();
    if (added > 0) this.logger.log(`Added ${added} public page texts shipped with the portal`);
  }

  async ensureDefaults(): Promise<number> {
    let added = 0;
    for (const slug of PUBLIC_PAGE_SLUGS) {
      for (const locale of [Locale.DE, Locale.EN]) {
        const text = DEFAULT_PAGES[slug][locale];
        const result = await this.db
          .createQueryBuilder()
          .insert()
          .into(ContentPageVersion)
          .values({ slug, locale, version: 1, title: text.title, body: text.body, authorId: null, authorName: null })
          .orIgnore()
          .execute();
        added += result.identifiers.filter(Boolean).length;
      }
    }
    return added;
  }

  /** The newest version in the language asked for (German when none exists in it). */
  async current(slug: PublicPageSlug, locale: Locale, manager: EntityManager = this.db.manager): Promise<ContentPageVersion> {
    const page =
      (await this.newest(manager, slug, locale)) ?? (locale === Locale.DE ? null : await this.newest(manager, slug, Locale.DE));
    if (!page) throw new ContentException(ContentErrorCode.PAGE_NOT_FOUND);
    return page;
  }

  async overview(): Promise<PageOverview[]> {
    const rows = await this.db.manager
      .createQueryBuilder(ContentPageVersion, 'v')
      .distinctOn(['v.slug', 'v.locale'])
      .orderBy('v.slug')
      .addOrderBy('v.locale')
      .addOrderBy('v.version', 'DESC')
      .getMany();
    return PUBLIC_PAGE_SLUGS.flatMap((slug) => {
      const de = rows.find((r) => r.slug === slug && r.locale === Locale.DE);
      const en = rows.find((r) => r.slug === slug && r.locale === Locale.EN);
      return de && en ? [{ slug, de, en }] : [];
    });
  }

  /** Newest first. */
  history(slug: PublicPageSlug, locale: Locale): Promise<ContentPageVersion[]> {
    return this.db.manager.find(ContentPageVersion, { where: { slug, locale }, order: { version: 'DESC' }, take: 100 });
  }

  async save(actorId: string, command: SavePageCommand): Promise<ContentPageVersion> {
    return this.db.transaction(async (m) => {
      // Two editors saving at once: the second waits here and then sees the first one's version.
      await sqlRun(m, `SELECT pg_advisory_xact_lock(hashtext('content_page:' || $1 || ':' || $2))`, [command.slug, command.locale]);
      const latest = await this.newest(m, command.slug, command.locale);
      const latestVersion = latest?.version ?? 0;
      if (latestVersion !== command.baseVersion) throw new ContentException(ContentErrorCode.PAGE_CHANGED, { version: latestVersion });
      const authorName = (await this.users.displayNames([actorId], m)).get(actorId) ?? null;
      const saved = await m.save(
        m.create(ContentPageVersion, {
          slug: command.slug,
          locale: command.locale,
          version: latestVersion + 1,
          title: command.title,
          body: command.body,
          authorId: actorId,
          authorName,
        }),
      );
      const payload: ContentPageUpdatedEvent = { actorId, slug: command.slug, locale: command.locale, version: saved.version, title: saved.title };
      await this.events.emitAsync(ContentEvents.PageUpdated, { payload, manager: m } satisfies TransactionalEvent<ContentPageUpdatedEvent>);
      return saved;
    });
  }

  private newest(manager: EntityManager, slug: string, locale: string): Promise<ContentPageVersion | null> {
    return manager.findOne(ContentPageVersion, { where: { slug, locale }, order: { version: 'DESC' } });
  }
}
