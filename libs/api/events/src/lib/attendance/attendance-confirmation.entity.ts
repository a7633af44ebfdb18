import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A Teilnahmebescheinigung: issued once per checked-in registration of a held short format, on
 * behalf of Hochschule Niederrhein. The PDF is rendered at issue, stored, and never rendered again.
 */
@Entity({ name: 'short_format_attendance_confirmations' })
export class AttendanceConfirmation {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'registration_id', type: 'uuid' }) registrationId!: string;
  @Column({ name: 'short_format_id', type: 'uuid' }) shortFormatId!: string;
  @Column({ name: 'user_id', type: 'uuid', nullable: true }) userId!: string | null;
  /** KOKO-TB-2026-000123 */
  @Column({ type: 'varchar', length: 24 }) number!: string;
  @Column({ type: 'smallint' }) year!: number;
  @Column({ type: 'integer' }) sequence!: number;
  @Column({ name: 'printed_name', type: 'varchar', length: 200 }) printedName!: string;
  @Column({ name: 'event_title', type: 'varchar', length: 200 }) eventTitle!: string;
  /** YYYY-MM-DD (Berlin). */
  @Column({ name: 'event_date', type: 'date' }) eventDate!: string;
  @Column({ name: 'verification_code', type: 'varchar', length: 64 }) verificationCode!: string;
  @Column({ name: 'issued_at', type: 'timestamptz' }) issuedAt!: Date;
  @Column({ name: 'storage_key', type: 'varchar', length: 200 }) storageKey!: string;
  @Column({ type: 'char', length: 64 }) sha256!: string;
  @Column({ name: 'size_bytes', type: 'integer' }) sizeBytes!: number;
}

/** `KOKO-TB-2026-000123`: the year of issue and a gap-free sequence within it. */
export function formatConfirmationNumber(year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new Error(`bad year ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999_999) throw new Error(`bad sequence ${sequence}`);
  return `KOKO-TB-${year}-${String(sequence).padStart(6, '0')}`;
}

export const CONFIRMATION_NUMBER = /^KOKO-TB-(\d{4})-(\d{6})$/;
