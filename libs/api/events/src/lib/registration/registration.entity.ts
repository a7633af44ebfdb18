import { Field, HideField, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum RegistrationState {
  /** Waiting for the double opt-in. */
  PENDING = 'pending',
  CONFIRMED = 'confirmed',
  WAITING = 'waiting',
  /** A waiting-list place was offered and holds a place until `offerExpiresAt`. */
  OFFERED = 'offered',
  CANCELLED = 'cancelled',
  /** Not confirmed in time, or an offer nobody took. */
  EXPIRED = 'expired',
}

registerEnumType(RegistrationState, { name: 'RegistrationState' });

/** How an attendance was recorded. */
export enum CheckInVia {
  /** An organiser ticked it in the list. */
  LIST = 'list',
  /** An organiser typed the short code. */
  CODE = 'code',
  /** An organiser scanned the QR code of the confirmation mail. */
  QR = 'qr',
  /** The person checked in through their own link (online and hybrid events). */
  SELF = 'self',
}

registerEnumType(CheckInVia, { name: 'CheckInVia' });

/** States that hold one of the event's places. */
export const PLACE_STATES = [RegistrationState.CONFIRMED, RegistrationState.OFFERED] as const;

@ObjectType({ description: 'One person registered for a short format.' })
@Entity({ name: 'short_format_registrations' })
export class Registration {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Field(() => ID) @Column({ name: 'short_format_id', type: 'uuid' }) shortFormatId!: string;
  @HideField() @Column({ name: 'user_id', type: 'uuid', nullable: true }) userId!: string | null;
  @Field() @Column({ type: 'varchar', length: 200 }) name!: string;
  @Field() @Column({ type: 'varchar', length: 254 }) email!: string;
  @Field(() => ID, { nullable: true }) @Column({ name: 'municipality_id', type: 'uuid', nullable: true }) municipalityId!: string | null;
  @Field(() => String, { nullable: true, description: 'Free-text organisation when it is not on the NRW list.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  organisation!: string | null;
  /** Special category data: shown only to organisers, deleted when the event is over. */
  @HideField() @Column({ name: 'accessibility_needs', type: 'text', nullable: true }) accessibilityNeeds!: string | null;
  @Field() @Column({ type: 'varchar', length: 2, default: 'de' }) locale!: 'de' | 'en';
  @Field(() => RegistrationState) @Column({ type: 'varchar', length: 10 }) state!: RegistrationState;
  @HideField() @Column({ type: 'varchar', length: 43 }) token!: string;
  @Field() @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'A pending registration expires at this time unless confirmed.' })
  @Column({ name: 'confirm_by', type: 'timestamptz', nullable: true })
  confirmBy!: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true }) confirmedAt!: Date | null;
  /** Place in the queue (a sequence number taken at confirmation); an admin's logged reordering swaps numbers. */
  @HideField() @Column({ name: 'queue_no', type: 'bigint', nullable: true }) queueNo!: string | null;
  @Field(() => Date, { nullable: true }) @Column({ name: 'offer_expires_at', type: 'timestamptz', nullable: true }) offerExpiresAt!: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true }) cancelledAt!: Date | null;
  @HideField() @Column({ name: 'check_in_code', type: 'varchar', length: 8 }) checkInCode!: string;
  @Field(() => Date, { nullable: true }) @Column({ name: 'checked_in_at', type: 'timestamptz', nullable: true }) checkedInAt!: Date | null;
  @HideField() @Column({ name: 'checked_in_by', type: 'uuid', nullable: true }) checkedInBy!: string | null;
  @Field(() => CheckInVia, { nullable: true }) @Column({ name: 'checked_in_via', type: 'varchar', length: 10, nullable: true }) checkedInVia!: CheckInVia | null;
  /** The QR code's content: random, no personal data, and unlike `token` it cannot change the registration. */
  @HideField() @Column({ name: 'check_in_token', type: 'varchar', length: 43 }) checkInToken!: string;
  @HideField() @Column({ name: 'anonymised_at', type: 'timestamptz', nullable: true }) anonymisedAt!: Date | null;
}
