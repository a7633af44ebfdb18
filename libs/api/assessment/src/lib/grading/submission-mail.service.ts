import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { SubmissionMailMode, TrainerMailPreference } from './trainer-mail-preference.entity';

/** Trainers' choice between a mail per submission and a daily digest (kept by assessment, not on the account). */
@Injectable()
export class SubmissionMailService {
  constructor(@InjectRepository(TrainerMailPreference) private readonly preferences: Repository<TrainerMailPreference>) {}

  async set(userId: string, mode: SubmissionMailMode): Promise<void> {
    await this.preferences.upsert({ userId, submissionMail: mode }, ['userId']);
  }

  /** The mode of each trainer; 'immediate' for those who never chose. */
  async modesOf(userIds: readonly string[], manager?: EntityManager): Promise<Map<string, SubmissionMailMode>> {
    const repo = manager ? manager.getRepository(TrainerMailPreference) : this.preferences;
    const rows = userIds.length ? await repo.findBy({ userId: In([...userIds]) }) : [];
    const chosen = new Map(rows.map((r) => [r.userId, r.submissionMail]));
    return new Map(userIds.map((id) => [id, chosen.get(id) ?? 'immediate']));
  }
}
