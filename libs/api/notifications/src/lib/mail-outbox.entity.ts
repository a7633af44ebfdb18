import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A file sent with a mail (small text files such as an appointment's .ics). */
export interface MailAttachment {
  filename: string;
  /** e.g. `text/calendar; method=REQUEST; charset=utf-8`. */
  contentType: string;
  content: string;
}

/** A mail waiting to be sent, written in the same transaction as the change that causes it. */
@Entity({ name: 'mail_outbox' })
export class MailOutbox {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 254 }) recipient!: string;
  @Column({ type: 'varchar', length: 2 }) locale!: 'de' | 'en';
  @Column({ type: 'varchar', length: 64 }) template!: string;
  @Column({ type: 'jsonb', default: {} }) context!: Record<string, unknown>;
  @Column({ type: 'jsonb', default: [] }) attachments!: MailAttachment[];
  @Column({ type: 'varchar', length: 12, default: 'pending' }) status!: 'pending' | 'sent' | 'failed';
  @Column({ type: 'integer', default: 0 }) attempts!: number;
  @Column({ name: 'next_attempt_at', type: 'timestamptz' }) nextAttemptAt!: Date;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt!: Date | null;
}

/** A mail kept by the capture transport (development, demo, tests) instead of being sent. */
@Entity({ name: 'captured_mail' })
export class CapturedMail {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'outbox_id', type: 'uuid', nullable: true }) outboxId!: string | null;
  @Column({ type: 'varchar', length: 254 }) recipient!: string;
  @Column({ type: 'varchar', length: 300 }) subject!: string;
  @Column({ type: 'text' }) html!: string;
  @Column({ type: 'text' }) text!: string;
  @Column({ type: 'jsonb', default: [] }) attachments!: MailAttachment[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
