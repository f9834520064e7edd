import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum AccountTokenKind {
  INVITATION = 'INVITATION',
  PASSWORD_RESET = 'PASSWORD_RESET',
}

/** One-time link tokens. Only a SHA-256 hash of the token is stored. */
@Entity('account_token')
@Index('uq_account_token_hash', ['tokenHash'], { unique: true })
@Index('ix_account_token_member', ['memberId'])
export class AccountTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  memberId!: string;

  @Column({ type: 'text' })
  kind!: AccountTokenKind;

  @Column({ type: 'text' })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
