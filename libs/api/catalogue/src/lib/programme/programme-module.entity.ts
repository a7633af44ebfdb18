import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum ModuleFormat {
  IN_PERSON = 'in_person',
  ONLINE = 'online',
  HYBRID = 'hybrid',
}
registerEnumType(ModuleFormat, { name: 'ModuleFormat' });

/** The programme has exactly five modules (positions 1–5, enforced by the database). */
export const MODULE_COUNT = 5;

@ObjectType({ description: 'One of the five modules of the certified programme.' })
@Entity({ name: 'programme_modules' })
export class ProgrammeModule {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Field(() => Int, { description: '1 to 5; the order participants go through the modules.' })
  @Column({ type: 'smallint' })
  position!: number;
  @Field({ description: 'In the reader’s language: the English text where one is written, else the German one (titleDe for editing).' })
  @Column({ type: 'varchar', length: 200 })
  title!: string;
  @Field({ description: 'The English title as written; empty where there is none.' }) @Column({ name: 'title_en', type: 'varchar', length: 200, default: '' }) titleEn!: string;
  @Field({ description: 'In the reader’s language, like title.' }) @Column({ name: 'learning_outcomes', type: 'text' }) learningOutcomes!: string;
  @Field() @Column({ name: 'learning_outcomes_en', type: 'text', default: '' }) learningOutcomesEn!: string;
  @Field(() => Int) @Column({ name: 'workload_hours', type: 'smallint' }) workloadHours!: number;
  @Field(() => ModuleFormat) @Column({ type: 'varchar', length: 12 }) format!: ModuleFormat;
  @Field({ description: 'The brief of the module’s transfer assignment, in the reader’s language like title.' })
  @Column({ name: 'assignment_brief', type: 'text' })
  assignmentBrief!: string;
  @Field() @Column({ name: 'assignment_brief_en', type: 'text', default: '' }) assignmentBriefEn!: string;
  @Field() @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
