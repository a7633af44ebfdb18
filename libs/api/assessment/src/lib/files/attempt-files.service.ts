import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { FILE_STORAGE, FileStorage } from '@koko/api/core/storage';
import type { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { AssessmentErrorCode, AssessmentException } from '../assessment.exception';
import { AssignmentAccess } from '../assignment-access';
import { AttemptState } from '../attempts/attempt-state';
import { AssignmentAttempt, AttemptFeedback, AttemptFile } from '../attempts/attempt.entity';

export interface ReceivedFile {
  key: string;
  displayName: string;
  contentType: string;
  size: number;
  sha256: string;
}

export type FilePurpose = 'submission' | 'feedback';

/** Who may attach files to an attempt, and who may download them. */
@Injectable()
export class AttemptFilesService {
  private readonly logger = new Logger(AttemptFilesService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly access: AssignmentAccess,
  ) {}

  /** Checked before the body is read, and again under a lock when the row is written. */
  async assertCanAttach(viewer: AuthUser, attemptId: string, purpose: FilePurpose, m: EntityManager = this.db.manager): Promise<AssignmentAttempt> {
    if (purpose === 'submission') {
      const { attempt, enrolment } = await this.access.participantAttempt(m, viewer, attemptId, m !== this.db.manager);
      await this.access.ownEnrolment(m, viewer, enrolment.id, true);
      if (attempt.state !== AttemptState.DRAFT) throw new AssessmentException(AssessmentErrorCode.ATTEMPT_FROZEN);
      const count = await m.count(AttemptFile, { where: { attemptId, purpose } });
      if (count >= this.config.uploads.maxFiles) throw new AssessmentException(AssessmentErrorCode.TOO_MANY_FILES, { max: this.config.uploads.maxFiles });
      return attempt;
    }
    const { attempt } = await this.access.graderAttempt(m, viewer, attemptId, m !== this.db.manager);
    if (attempt.state !== AttemptState.SUBMITTED) throw new AssessmentException(AssessmentErrorCode.ALREADY_GRADED);
    if (attempt.claimedBy !== viewer.id) throw new AssessmentException(AssessmentErrorCode.NOT_CLAIMED);
    const count = await m.count(AttemptFile, { where: { attemptId, purpose } });
    if (count >= this.config.uploads.maxFiles) throw new AssessmentException(AssessmentErrorCode.TOO_MANY_FILES, { max: this.config.uploads.maxFiles });
    return attempt;
  }

  /** Writes the row for a stored file; on any refusal the stored file is removed, so nothing is left behind. */
  async record(viewer: AuthUser, attemptId: string, purpose: FilePurpose, file: ReceivedFile): Promise<AttemptFile> {
    try {
      return await this.db.transaction(async (m) => {
        const attempt = await this.assertCanAttach(viewer, attemptId, purpose, m);
        const row = await m.save(
          m.create(AttemptFile, {
            attemptId,
            purpose,
            storageKey: file.key,
            displayName: file.displayName,
            contentType: file.contentType,
            sizeBytes: file.size,
            sha256: file.sha256,
            uploadedBy: viewer.id,
          }),
        );
        attempt.version += 1;
        await m.save(attempt);
        return row;
      });
    } catch (error) {
      await this.storage.delete(file.key);
      throw error;
    }
  }

  /**
   * Removes a feedback file while the feedback is not released yet: only the grader holding the
   * submission may, as when attaching. Someone else's (or a released) file is refused like an attach.
   */
  async deleteFeedbackFile(viewer: AuthUser, fileId: string): Promise<AssignmentAttempt> {
    const { attempt, file } = await this.db.transaction(async (m) => {
      const file = await m.findOneBy(AttemptFile, { id: fileId, purpose: 'feedback' });
      if (!file) throw new AssessmentException(AssessmentErrorCode.FILE_NOT_FOUND);
      const attempt = await this.assertCanDetach(m, viewer, file.attemptId);
      await m.delete(AttemptFile, { id: file.id });
      attempt.version += 1;
      await m.save(attempt);
      return { attempt, file };
    });
    // After the commit: a failure here leaves an orphan for the clean-up job, never a dangling row.
    await this.storage.delete(file.storageKey).catch((error: unknown) => this.logger.warn(`Feedback file ${file.storageKey} left in storage: ${String(error)}`));
    return attempt;
  }

  private async assertCanDetach(m: EntityManager, viewer: AuthUser, attemptId: string): Promise<AssignmentAttempt> {
    const { attempt } = await this.access.graderAttempt(m, viewer, attemptId, true).catch((error: unknown) => {
      // A file of a cohort the viewer does not grade is "not found"; anything else (an outage) propagates.
      if (error instanceof AssessmentException && error.code === AssessmentErrorCode.ATTEMPT_NOT_FOUND) throw new AssessmentException(AssessmentErrorCode.FILE_NOT_FOUND);
      throw error;
    });
    if (attempt.state !== AttemptState.SUBMITTED) throw new AssessmentException(AssessmentErrorCode.ALREADY_GRADED);
    if (attempt.claimedBy !== viewer.id) throw new AssessmentException(AssessmentErrorCode.NOT_CLAIMED);
    return attempt;
  }

  /**
   * A file for download, if the viewer may read it: the participant their own files and released
   * feedback files; the cohort's trainers and admins everything. Anyone else learns nothing.
   */
  async open(viewer: AuthUser, fileId: string): Promise<{ file: AttemptFile; stream: Readable }> {
    const m = this.db.manager;
    const file = await m.findOneBy(AttemptFile, { id: fileId });
    const attempt = file ? await m.findOneBy(AssignmentAttempt, { id: file.attemptId }) : null;
    const role = attempt ? await this.access.canRead(m, viewer, attempt) : null;
    if (!file || !role) throw new AssessmentException(AssessmentErrorCode.FILE_NOT_FOUND);
    if (role === 'participant' && file.purpose === 'feedback') {
      const feedback = await m.findOneBy(AttemptFeedback, { attemptId: file.attemptId });
      if (!feedback?.releasedAt) throw new AssessmentException(AssessmentErrorCode.FILE_NOT_FOUND);
    }
    return { file, stream: await this.storage.get(file.storageKey) };
  }
}
