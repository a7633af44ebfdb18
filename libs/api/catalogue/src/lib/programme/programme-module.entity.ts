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
  @Field() @Column({ type: 'varchar', length: 200 }) title!: string;
  @Field() @Column({ name: 'learning_outcomes', type: 'text' }) learningOutcomes!: string;
  @Field(() => Int) @Column({ name: 'workload_hours', type: 'smallint' }) workloadHours!: number;
  @Field(() => ModuleFormat) @Column({ type: 'varchar', length: 12 }) format!: ModuleFormat;
  @Field({ description: 'The brief of the module’s transfer assignment.' })
  @Column({ name: 'assignment_brief', type: 'text' })
  assignmentBrief!: string;
  @Field() @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
