import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum MailStatus {
  /** Waiting for SMTP delivery. */
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** Gave up after repeated SMTP failures; kept for inspection. */
  FAILED = 'FAILED',
  /** No SMTP configured: the outbox table is the mailbox. */
  STORED = 'STORED',
}

@Entity('mail_outbox')
@Index('ix_mail_outbox_status', ['status', 'createdAt'])
export class MailOutboxEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  toAddress!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  textBody!: string;

  @Column({ type: 'text', nullable: true })
  htmlBody!: string | null;

  /** Optional idempotency key: a job that runs twice does not send twice. */
  @Column({ type: 'text', nullable: true })
  dedupeKey!: string | null;

  @Column({ type: 'text' })
  status!: MailStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  /** A pending mail is (re)tried from this moment; failures push it back (exponential back-off). */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
