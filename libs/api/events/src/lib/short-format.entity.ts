import { Field, HideField, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum ShortFormatFormat {
  ONLINE = 'online',
  IN_PERSON = 'in_person',
  HYBRID = 'hybrid',
}

export enum ShortFormatState {
  DRAFT = 'draft',
  PUBLISHED = 'published',
  CANCELLED = 'cancelled',
  HELD = 'held',
}

export enum ShortFormatLanguage {
  DE = 'de',
  EN = 'en',
}

registerEnumType(ShortFormatFormat, { name: 'ShortFormatFormat' });
registerEnumType(ShortFormatState, { name: 'ShortFormatState' });
registerEnumType(ShortFormatLanguage, { name: 'ShortFormatLanguage' });

@ObjectType({ description: 'A conflict topic short formats are about; admins keep the list.' })
@Entity({ name: 'short_format_topics' })
export class ShortFormatTopic {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Field({ description: 'German title.' }) @Column({ type: 'varchar', length: 200 }) title!: string;
  @Field({ description: 'English title.' }) @Column({ name: 'title_en', type: 'varchar', length: 200 }) titleEn!: string;
  @Field(() => Int) @Column({ type: 'integer' }) position!: number;
  @Field({ description: 'Archived topics stay on their events but are not offered for new ones.' })
  @Column({ type: 'boolean', default: false })
  archived!: boolean;
}

/**
 * A short format (Kurzformat) of the Vernetzung building block. The join link is never a public
 * field: it reaches confirmed registrants by mail and organisers through `joinUrl` (admin only).
 */
@ObjectType({ description: 'A short format: a public event on one conflict topic, online, in person or hybrid.' })
@Entity({ name: 'short_formats' })
export class ShortFormat {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Field() @Column({ type: 'varchar', length: 200 }) title!: string;
  @Field(() => ID) @Column({ name: 'topic_id', type: 'uuid' }) topicId!: string;
  @Field() @Column({ type: 'text', default: '' }) description!: string;
  @Field(() => ShortFormatFormat) @Column({ type: 'varchar', length: 10 }) format!: ShortFormatFormat;
  @HideField() @Column({ name: 'join_url', type: 'varchar', length: 500, nullable: true }) joinUrl!: string | null;
  @Field(() => String, { nullable: true, description: 'Where it takes place (in person and hybrid).' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  address!: string | null;
  @Field() @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt!: Date;
  @Field() @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt!: Date;
  @HideField() @Column({ type: 'integer' }) capacity!: number;
  @Field() @Column({ name: 'registration_opens_at', type: 'timestamptz' }) registrationOpensAt!: Date;
  @Field() @Column({ name: 'registration_closes_at', type: 'timestamptz' }) registrationClosesAt!: Date;
  @Field() @Column({ name: 'target_group', type: 'varchar', length: 500, default: '' }) targetGroup!: string;
  @Field() @Column({ type: 'varchar', length: 500, default: '' }) speakers!: string;
  @Field(() => ShortFormatLanguage) @Column({ type: 'varchar', length: 2, default: 'de' }) language!: ShortFormatLanguage;
  @Field({ description: 'Accessibility of the venue or the online room.' }) @Column({ type: 'text', default: '' }) accessibility!: string;
  @Field() @Column({ type: 'varchar', length: 500, default: '' }) contact!: string;
  @Field(() => ShortFormatState) @Column({ type: 'varchar', length: 10, default: 'draft' }) state!: ShortFormatState;
  @Field(() => String, { nullable: true, description: 'Why it was cancelled (sent to every registrant).' })
  @Column({ name: 'cancellation_note', type: 'text', nullable: true })
  cancellationNote!: string | null;
  @HideField() @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @HideField() @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @HideField() @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}
