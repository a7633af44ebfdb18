import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MunicipalityKind } from './municipality-kind';

registerEnumType(MunicipalityKind, { name: 'MunicipalityKind' });

@ObjectType({ description: 'A municipality (Gemeinde, kreisfreie Stadt) or Kreis of NRW.' })
@Entity({ name: 'municipalities' })
export class Municipality {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;

  @Field({ description: '8-digit AGS for a municipality, 5-digit Kreisschlüssel for a Kreis.' })
  @Column({ type: 'varchar', length: 8 })
  key!: string;

  @Field() @Column({ type: 'varchar', length: 120 }) name!: string;
  @Field(() => MunicipalityKind) @Column({ type: 'varchar', length: 30 }) kind!: MunicipalityKind;

  @Field(() => String, { nullable: true, description: 'Key of the Kreis a kreisangehörige Gemeinde belongs to.' })
  @Column({ name: 'kreis_key', type: 'varchar', length: 5, nullable: true })
  kreisKey!: string | null;

  @Field() @Column({ type: 'varchar', length: 20 }) regierungsbezirk!: string;

  @Field({ description: 'Runs a Kommunales Integrationszentrum.' })
  @Column({ name: 'has_integration_centre', type: 'boolean', default: false })
  hasIntegrationCentre!: boolean;

  @Field({ description: 'Took part in the predecessor project KoKo I.' })
  @Column({ name: 'took_part_in_koko1', type: 'boolean', default: false })
  tookPartInKoko1!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
