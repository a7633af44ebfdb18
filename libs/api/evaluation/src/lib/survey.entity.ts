import { Field, HideField, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export enum SurveyWave {
  PRE = 'pre',
  POST = 'post',
  MODULE = 'module',
  /** After a short format, to its checked-in attendees. */
  EVENT = 'event',
}

registerEnumType(SurveyWave, { name: 'SurveyWave', description: 'A cohort at its start (PRE) or end (POST), after one module (MODULE), or a short format afterwards (EVENT).' });

@ObjectType({ description: 'A questionnaire version bound to one context, open between two dates.' })
@Entity({ name: 'evaluation_surveys' })
export class Survey {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Field(() => ID) @Column({ name: 'version_id', type: 'uuid' }) versionId!: string;
  @Field() @Column({ type: 'varchar', length: 200 }) title!: string;
  @Field() @Column({ name: 'title_en', type: 'varchar', length: 200 }) titleEn!: string;
  @Field(() => ID, { nullable: true, description: 'The cohort of a PRE, POST or MODULE survey.' }) @Column({ name: 'cohort_id', type: 'uuid', nullable: true }) cohortId!: string | null;
  @Field(() => ID, { nullable: true }) @Column({ name: 'module_id', type: 'uuid', nullable: true }) moduleId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The short format of an EVENT survey.' })
  @Column({ name: 'short_format_id', type: 'uuid', nullable: true })
  shortFormatId!: string | null;
  @Field(() => SurveyWave) @Column({ type: 'varchar', length: 6 }) wave!: SurveyWave;
  @Field() @Column({ name: 'opens_at', type: 'timestamptz' }) opensAt!: Date;
  @Field() @Column({ name: 'closes_at', type: 'timestamptz' }) closesAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When the one reminder goes out by itself (it can also be sent by hand once).' })
  @Column({ name: 'remind_at', type: 'timestamptz', nullable: true })
  remindAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the invitations were mailed (at the opening).' })
  @Column({ name: 'invitations_sent_at', type: 'timestamptz', nullable: true })
  invitationsSentAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the reminder was mailed to those who had not answered.' })
  @Column({ name: 'reminder_sent_at', type: 'timestamptz', nullable: true })
  reminderSentAt!: Date | null;
  @HideField() @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}

/**
 * Who may answer a survey and whether they have. Shares no key with the responses (only the
 * survey) and records no time; the hashes of the one-time link tokens (invitation, reminder) are
 * cleared once the person answers.
 */
@Entity({ name: 'evaluation_invitations' })
export class Invitation {
  @PrimaryColumn({ name: 'survey_id', type: 'uuid' }) surveyId!: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ name: 'token_hash', type: 'bytea', nullable: true }) tokenHash!: Buffer | null;
  @Column({ name: 'reminder_token_hash', type: 'bytea', nullable: true }) reminderTokenHash!: Buffer | null;
  @Column({ type: 'boolean', default: false }) answered!: boolean;
  @Column({ type: 'boolean', default: false }) reminded!: boolean;
}
