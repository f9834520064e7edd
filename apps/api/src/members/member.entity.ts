import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { SchoolEntity } from '../organisation/school.entity';

export enum PlatformRole {
  MEMBER = 'MEMBER',
  MODERATOR = 'MODERATOR',
  COORDINATOR = 'COORDINATOR',
  ADMIN = 'ADMIN',
}

export enum MemberStatus {
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  DEACTIVATED = 'DEACTIVATED',
}

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

@Entity('member')
@Index('uq_member_email', ['email'], { unique: true })
export class MemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Always stored lower-cased and trimmed. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'uuid', nullable: true })
  schoolId!: string | null;

  @ManyToOne(() => SchoolEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'school_id' })
  school?: SchoolEntity | null;

  /** Job-role slug from the taxonomy (leerkracht, intern-begeleider, …). */
  @Column({ type: 'text' })
  jobRole!: string;

  @Column({ type: 'text', default: PlatformRole.MEMBER })
  platformRole!: PlatformRole;

  @Column({ type: 'text', default: MemberStatus.INVITED })
  status!: MemberStatus;

  @Column({ type: 'text', default: 'nl' })
  locale!: Locale;

  @Column({ type: 'text', nullable: true, select: false })
  passwordHash!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
