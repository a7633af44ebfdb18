import { Field, HideField, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CertificateTitle, Locale, Role } from '@koko/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

registerEnumType(Role, { name: 'Role', description: 'What an account may do; one account may hold several.' });
registerEnumType(Locale, { name: 'Locale', description: 'Language of the UI and of mails.' });
registerEnumType(CertificateTitle, { name: 'CertificateTitle', description: 'The title printed on the certificate: Konfliktmanagerin, Konfliktmanager or Konfliktmanager:in.' });

@ObjectType({ description: 'An account of KoKo Campus.' })
@Entity({ name: 'users' })
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Field({ description: 'Name shown in the portal.' })
  @Column({ name: 'display_name', type: 'varchar', length: 120 })
  displayName!: string;

  @Field({ description: 'Name as printed on certificates.' })
  @Column({ name: 'certificate_name', type: 'varchar', length: 160, default: '' })
  certificateName!: string;

  @Field(() => CertificateTitle, { description: 'Title as printed on certificates (the holder’s choice; Konfliktmanager:in until they choose).' })
  @Column({ name: 'certificate_title', type: 'varchar', length: 20, default: CertificateTitle.INCLUSIVE })
  certificateTitle!: CertificateTitle;

  @Field(() => Locale)
  @Column({ type: 'varchar', length: 2, default: Locale.DE })
  locale!: Locale;

  @Field(() => [Role])
  @Column({ type: 'text', array: true, default: () => `'{participant}'` })
  roles!: Role[];

  @Field()
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @HideField()
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true })
  lastSignInAt!: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @HideField()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Field({ description: 'Invited, but no password set yet.' })
  get invitationPending(): boolean {
    return this.passwordHash === null;
  }
}
