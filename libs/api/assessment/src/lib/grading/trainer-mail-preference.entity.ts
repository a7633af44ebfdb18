import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type SubmissionMailMode = 'immediate' | 'digest';

/** A trainer's choice for submission mails; no row means a mail per submission. */
@Entity({ name: 'trainer_mail_preferences' })
export class TrainerMailPreference {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ name: 'submission_mail', type: 'varchar', length: 10 }) submissionMail!: SubmissionMailMode;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
