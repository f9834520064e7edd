import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export enum EventType {
  TRAINING = 'training',
  BIJEENKOMST = 'bijeenkomst',
  MARKTPLAATS = 'marktplaats',
  ATELIER = 'atelier',
  WEBINAR = 'webinar',
}

export enum EventStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CANCELLED = 'CANCELLED',
}

export enum RegistrationStatus {
  CONFIRMED = 'CONFIRMED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
  ATTENDED = 'ATTENDED',
}

@Entity('event')
export class EventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', default: EventType.BIJEENKOMST })
  type!: EventType;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'text', nullable: true })
  location!: string | null;

  @Column({ type: 'text', nullable: true })
  onlineUrl!: string | null;

  @Column({ type: 'uuid', nullable: true })
  organiserId!: string | null;

  @Column({ type: 'text', array: true, default: '{}' })
  domainSlugs!: string[];

  @Column({ type: 'uuid', nullable: true })
  groupId!: string | null;

  /** Null: unlimited. */
  @Column({ type: 'int', nullable: true })
  capacity!: number | null;

  /** Null: until the start. */
  @Column({ type: 'timestamptz', nullable: true })
  signupDeadline!: Date | null;

  /** Null: until the start. */
  @Column({ type: 'timestamptz', nullable: true })
  cancellationDeadline!: Date | null;

  @Column({ type: 'text', default: EventStatus.PUBLISHED })
  status!: EventStatus;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity('registration')
export class RegistrationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'uuid' })
  memberId!: string;

  @Column({ type: 'text' })
  status!: RegistrationStatus;

  /** Sign-up order; the waiting list is served in this order. */
  @Column({ type: 'bigint', insert: false, update: false })
  queueSeq!: string;

  /** When the row was written (not when its transaction began), so it follows queueSeq. */
  @CreateDateColumn({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;
}

@Entity('calendar_feed')
export class CalendarFeedEntity {
  @PrimaryColumn({ type: 'uuid' })
  memberId!: string;

  @Column({ type: 'int', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
