import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { DataSource, QueryFailedError } from 'typeorm';
import { TopicInput, UpdateTopicInput } from './dto/short-format.dto';
import { EventsErrorCode, EventsException } from './events.exception';
import { ShortFormatTopic } from './short-format.entity';
import { ShortFormatService } from './short-format.service';

/** The editable list of conflict topics. */
@Injectable()
export class TopicService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly shortFormats: ShortFormatService,
  ) {}

  list(includeArchived: boolean): Promise<ShortFormatTopic[]> {
    return this.db.manager.find(ShortFormatTopic, { where: includeArchived ? {} : { archived: false }, order: { position: 'ASC', title: 'ASC' } });
  }

  byIds(ids: readonly string[]): Promise<ShortFormatTopic[]> {
    return this.db.manager.createQueryBuilder(ShortFormatTopic, 't').where('t.id = ANY(:ids)', { ids: [...ids] }).getMany();
  }

  async create(actor: AuthUser, input: TopicInput): Promise<ShortFormatTopic> {
    return this.unique(() =>
      this.db.transaction(async (m) => {
        const { max } = (await m.createQueryBuilder(ShortFormatTopic, 't').select('COALESCE(MAX(t.position), 0)', 'max').getRawOne<{ max: number }>()) ?? { max: 0 };
        const topic = await m.save(m.create(ShortFormatTopic, { title: input.title, titleEn: input.titleEn, position: Number(max) + 1, archived: false }));
        await this.shortFormats.audit(m, actor, 'short-format-topic.created', topic.id, null, { ...input }, 'short_format_topic');
        return topic;
      }),
    );
  }

  async update(actor: AuthUser, input: UpdateTopicInput): Promise<ShortFormatTopic> {
    return this.unique(() =>
      this.db.transaction(async (m) => {
        const topic = await m.findOneBy(ShortFormatTopic, { id: input.id });
        if (!topic) throw new EventsException(EventsErrorCode.TOPIC_NOT_FOUND);
        const before = { title: topic.title, titleEn: topic.titleEn, archived: topic.archived, position: topic.position };
        Object.assign(topic, { title: input.title, titleEn: input.titleEn, archived: input.archived, position: input.position });
        await m.save(topic);
        await this.shortFormats.audit(m, actor, 'short-format-topic.updated', topic.id, before, { ...input }, 'short_format_topic');
        return topic;
      }),
    );
  }

  private async unique<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'short_format_topics_title') {
        throw new EventsException(EventsErrorCode.TOPIC_TAKEN);
      }
      throw error;
    }
  }
}
