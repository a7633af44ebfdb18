import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One saved version of a public page in one language. Never updated: a save inserts the next version. */
@ObjectType({ description: 'A version of a public page (Markdown), with who saved it and when.' })
@Entity({ name: 'content_page_versions' })
export class ContentPageVersion {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Field() @Column({ type: 'varchar', length: 40 }) slug!: string;
  @Field({ description: 'de or en' }) @Column({ type: 'varchar', length: 2 }) locale!: string;
  @Field(() => Number) @Column({ type: 'integer' }) version!: number;
  @Field() @Column({ type: 'varchar', length: 200 }) title!: string;
  @Field({ description: 'Markdown; the web app renders it through a sanitiser.' }) @Column({ type: 'text' }) body!: string;
  @Field() @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Field(() => ID, { nullable: true }) @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId!: string | null;
  @Field(() => String, { nullable: true, description: 'The author’s name at the time; null for the texts shipped with the portal.' })
  @Column({ name: 'author_name', type: 'varchar', length: 160, nullable: true })
  authorName!: string | null;
}
