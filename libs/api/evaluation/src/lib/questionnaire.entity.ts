import { Field, HideField, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum ItemKind {
  LIKERT5 = 'likert5',
  LIKERT7 = 'likert7',
  SINGLE = 'single',
  MULTIPLE = 'multiple',
  NUMERIC = 'numeric',
  TEXT = 'text',
}

registerEnumType(ItemKind, {
  name: 'ItemKind',
  description: 'Likert scale (5 or 7 points, labelled ends), single or multiple choice, a whole number, free text.',
});

/** Points on the scale of a Likert item; null for other kinds. */
export function scalePoints(kind: ItemKind): number | null {
  if (kind === ItemKind.LIKERT5) return 5;
  if (kind === ItemKind.LIKERT7) return 7;
  return null;
}

@ObjectType({ description: 'One answer option of a choice item; `value` is its code in exports.' })
export class ChoiceOption {
  @Field(() => Int) value!: number;
  @Field() label!: string;
  @Field() labelEn!: string;
}

@ObjectType({ description: 'A questionnaire; its content lives in versions, frozen once responses exist.' })
@Entity({ name: 'evaluation_questionnaires' })
export class Questionnaire {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Field() @Column({ type: 'varchar', length: 200 }) title!: string;
  @Field() @Column({ name: 'title_en', type: 'varchar', length: 200 }) titleEn!: string;
  @Field() @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}

@Entity({ name: 'evaluation_questionnaire_versions' })
export class QuestionnaireVersionRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'questionnaire_id', type: 'uuid' }) questionnaireId!: string;
  @Column({ type: 'integer' }) number!: number;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}

@ObjectType({ description: 'A section of a questionnaire version.' })
@Entity({ name: 'evaluation_sections' })
export class Section {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @HideField() @Column({ name: 'version_id', type: 'uuid' }) versionId!: string;
  @Field(() => Int) @Column({ type: 'integer' }) position!: number;
  @Field() @Column({ type: 'varchar', length: 200 }) title!: string;
  @Field() @Column({ name: 'title_en', type: 'varchar', length: 200 }) titleEn!: string;
  @Field(() => [Item]) items!: Item[];
}

@ObjectType({ description: 'One question; `code` names its column in research exports.' })
@Entity({ name: 'evaluation_items' })
export class Item {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @HideField() @Column({ name: 'version_id', type: 'uuid' }) versionId!: string;
  @HideField() @Column({ name: 'section_id', type: 'uuid' }) sectionId!: string;
  @Field(() => Int) @Column({ type: 'integer' }) position!: number;
  @Field() @Column({ type: 'varchar', length: 32 }) code!: string;
  @Field(() => ItemKind) @Column({ type: 'varchar', length: 10 }) kind!: ItemKind;
  @Field() @Column({ type: 'varchar', length: 1000 }) text!: string;
  @Field() @Column({ name: 'text_en', type: 'varchar', length: 1000 }) textEn!: string;
  @Field(() => String, { nullable: true }) @Column({ name: 'low_label', type: 'varchar', length: 100, nullable: true }) lowLabel!: string | null;
  @Field(() => String, { nullable: true }) @Column({ name: 'low_label_en', type: 'varchar', length: 100, nullable: true }) lowLabelEn!: string | null;
  @Field(() => String, { nullable: true }) @Column({ name: 'high_label', type: 'varchar', length: 100, nullable: true }) highLabel!: string | null;
  @Field(() => String, { nullable: true }) @Column({ name: 'high_label_en', type: 'varchar', length: 100, nullable: true }) highLabelEn!: string | null;
  @Field({ description: 'Offers "keine Angabe" (no answer), kept apart from the scale.' })
  @Column({ name: 'allow_no_answer', type: 'boolean', default: false })
  allowNoAnswer!: boolean;
  @Field() @Column({ type: 'boolean', default: false }) required!: boolean;
  @Field(() => [ChoiceOption]) @Column({ type: 'jsonb', default: () => `'[]'::jsonb` }) options!: ChoiceOption[];
  @Field(() => Int, { nullable: true }) @Column({ name: 'min_value', type: 'integer', nullable: true }) minValue!: number | null;
  @Field(() => Int, { nullable: true }) @Column({ name: 'max_value', type: 'integer', nullable: true }) maxValue!: number | null;
}

@ObjectType({ description: 'One version of a questionnaire with its sections and items.' })
export class QuestionnaireVersion {
  @Field(() => ID) id!: string;
  @Field(() => ID) questionnaireId!: string;
  @Field() title!: string;
  @Field() titleEn!: string;
  @Field(() => Int) number!: number;
  @Field({ description: 'True once responses exist: editing then creates a new version.' }) frozen!: boolean;
  @Field(() => [Section]) sections!: Section[];
}

@ObjectType({ description: 'A version in the list of a questionnaire.' })
export class QuestionnaireVersionSummary {
  @Field(() => ID) id!: string;
  @Field(() => Int) number!: number;
  @Field() frozen!: boolean;
  @Field() createdAt!: Date;
}

@ObjectType({ description: 'A questionnaire with its versions, newest first.' })
export class QuestionnaireSummary {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() titleEn!: string;
  @Field(() => [QuestionnaireVersionSummary]) versions!: QuestionnaireVersionSummary[];
}
