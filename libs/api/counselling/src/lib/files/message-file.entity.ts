import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A file in a request's thread. Uploaded first (no message yet: only its uploader sees it), then
 * attached to the message that sends it; it is as visible as that message (a confidential note's
 * files reach advisors and admins only).
 */
@Entity({ name: 'counselling_message_files' })
export class CounsellingMessageFileRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'request_id', type: 'uuid' }) requestId!: string;
  @Column({ name: 'message_id', type: 'uuid', nullable: true }) messageId!: string | null;
  @Column({ name: 'storage_key', type: 'varchar', length: 200 }) storageKey!: string;
  @Column({ name: 'display_name', type: 'varchar', length: 200 }) displayName!: string;
  @Column({ name: 'content_type', type: 'varchar', length: 100 }) contentType!: string;
  @Column({ name: 'size_bytes', type: 'integer' }) sizeBytes!: number;
  @Column({ type: 'char', length: 64 }) sha256!: string;
  @Column({ name: 'uploaded_by', type: 'uuid' }) uploadedBy!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}
