import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { UserDirectory } from '@koko/api/identity';
import { CounsellingEvents, CounsellingMessagePostedEvent } from '@koko/shared';
import { DataSource } from 'typeorm';
import { CounsellingMessageRow, CounsellingStatus } from './counselling.entity';
import { CounsellingErrorCode, CounsellingException } from './counselling.exception';
import { CounsellingService } from './counselling.service';
import { PostCounsellingMessageInput } from './dto/counselling.input';
import { CounsellingMessage } from './dto/counselling.model';
import { CounsellingFilesService } from './files/message-files.service';

/**
 * The thread of a request: messages between its requester and its advisors, and confidential notes
 * among advisors and admins. A requester never receives a confidential note, neither here nor by mail.
 */
@Injectable()
export class CounsellingThreadService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly requests: CounsellingService,
    private readonly users: UserDirectory,
    private readonly files: CounsellingFilesService,
  ) {}

  /** Oldest first; without the confidential notes for the requester. */
  async thread(viewer: AuthUser, requestId: string): Promise<CounsellingMessage[]> {
    const { row, staff } = await this.requests.access(this.db.manager, viewer, requestId, false);
    const messages = await this.db.manager.find(CounsellingMessageRow, {
      where: staff ? { requestId } : { requestId, confidential: false },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const authors = new Map((await this.users.byIds(messages.map((x) => x.authorId))).map((u) => [u.id, u]));
    const files = await this.files.ofMessages(messages.map((x) => x.id));
    return messages.map((x) => {
      const author = authors.get(x.authorId);
      if (!author) throw new Error(`Author ${x.authorId} of a counselling message is missing`);
      return Object.assign(new CounsellingMessage(), {
        id: x.id,
        author: { id: author.id, displayName: author.displayName },
        body: x.body,
        confidential: x.confidential,
        fromRequester: x.authorId === row.requesterId,
        files: files.get(x.id) ?? [],
        createdAt: x.createdAt,
      });
    });
  }

  async post(actor: AuthUser, input: PostCounsellingMessageInput): Promise<CounsellingMessage> {
    if (!input.body) throw new CounsellingException(CounsellingErrorCode.MESSAGE_EMPTY);
    const id = await this.db.transaction(async (m) => {
      const { row, staff } = await this.requests.access(m, actor, input.requestId, true);
      if (input.confidential && !staff) throw new CounsellingException(CounsellingErrorCode.NOTES_FOR_ADVISORS_ONLY);
      if (row.status === CounsellingStatus.CLOSED || row.status === CounsellingStatus.DECLINED) throw new CounsellingException(CounsellingErrorCode.REQUEST_FINISHED);
      const message = await m.save(m.create(CounsellingMessageRow, { requestId: row.id, authorId: actor.id, body: input.body, confidential: input.confidential }));
      await this.files.attach(m, actor, row.id, message.id, input.fileIds ?? []);
      const advisors = await this.requests.advisorIdsOf(m, row.id);
      const audience = input.confidential ? advisors : [row.requesterId, ...advisors];
      await this.requests.audit(m, actor, input.confidential ? 'counselling-request.note-added' : 'counselling-request.message-posted', row, null, { messageId: message.id, fileIds: input.fileIds ?? [] });
      await this.requests.emit<CounsellingMessagePostedEvent>(m, CounsellingEvents.MessagePosted, {
        ...(await this.requests.facts(row, m)),
        authorId: actor.id,
        recipientIds: [...new Set(audience)].filter((x) => x !== actor.id),
        confidential: input.confidential,
      });
      return message.id;
    });
    const found = (await this.thread(actor, input.requestId)).find((x) => x.id === id);
    if (!found) throw new Error(`Counselling message ${id} vanished`);
    return found;
  }
}
