import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('notification')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  memberId!: string;

  /** e.g. event.promoted, event.cancelled, question.answered, question.routed, mention */
  @Column({ type: 'text' })
  kind!: string;

  /** Dutch; `titleEn`/`bodyEn` are shown to members who chose English. */
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  body!: string | null;

  @Column({ type: 'text', nullable: true })
  titleEn!: string | null;

  @Column({ type: 'text', nullable: true })
  bodyEn!: string | null;

  /** A path in the SPA, e.g. /agenda/<id>. */
  @Column({ type: 'text', nullable: true })
  link!: string | null;

  @Column({ type: 'jsonb', default: {} })
  data!: Record<string, unknown>;

  @Column({ type: 'text', nullable: true })
  dedupeKey!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  /** IMMEDIATE (mailed at once), DIGEST (in the daily digest) or IN_APP. */
  @Column({ type: 'text', default: 'IN_APP' })
  delivery!: string;

  @Column({ type: 'timestamptz', nullable: true })
  digestedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
