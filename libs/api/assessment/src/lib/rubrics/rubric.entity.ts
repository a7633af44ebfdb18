import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'One criterion of a module’s rubric, with its levels.' })
@Entity({ name: 'rubric_criteria' })
export class RubricCriterion {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Field(() => ID) @Column({ name: 'module_id', type: 'uuid' }) moduleId!: string;
  @Field(() => Int) @Column({ type: 'smallint' }) position!: number;
  @Field() @Column({ type: 'varchar', length: 200 }) title!: string;
  @Field() @Column({ type: 'text', default: '' }) description!: string;
  @Field({ description: 'A verdict cannot be released without a score for this criterion.' }) @Column({ type: 'boolean', default: true }) required!: boolean;
  @Field(() => Int, {
    nullable: true,
    description: 'Fewest points a "passed" needs on this required criterion; null: any level above its lowest.',
  })
  @Column({ name: 'minimum_points', type: 'smallint', nullable: true })
  minimumPoints!: number | null;
  @Field(() => [RubricLevel]) levels!: RubricLevel[];
}

@ObjectType({ description: 'A level of a rubric criterion: label, points and what it means.' })
@Entity({ name: 'rubric_levels' })
export class RubricLevel {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'criterion_id', type: 'uuid' }) criterionId!: string;
  @Field(() => Int) @Column({ type: 'smallint' }) position!: number;
  @Field() @Column({ type: 'varchar', length: 100 }) label!: string;
  @Field(() => Int) @Column({ type: 'smallint' }) points!: number;
  @Field() @Column({ type: 'text', default: '' }) descriptor!: string;
}
