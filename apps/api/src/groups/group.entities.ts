import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export enum GroupKind {
  THEME = 'THEME',
  FUNCTION = 'FUNCTION',
}

export enum GroupVisibility {
  OPEN = 'OPEN',
  ON_REQUEST = 'ON_REQUEST',
  CLOSED = 'CLOSED',
}

export enum MembershipStatus {
  PENDING = 'PENDING',
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
}

export enum GroupRole {
  MEMBER = 'MEMBER',
  ADMIN = 'ADMIN',
}

@Entity('member_group')
export class GroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text', default: GroupKind.THEME })
  kind!: GroupKind;

  @Column({ type: 'text', default: GroupVisibility.OPEN })
  visibility!: GroupVisibility;

  @Column({ type: 'text', array: true, default: '{}' })
  domainSlugs!: string[];

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity('group_membership')
export class GroupMembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  groupId!: string;

  @Column({ type: 'uuid' })
  memberId!: string;

  @Column({ type: 'text', default: GroupRole.MEMBER })
  role!: GroupRole;

  @Column({ type: 'text' })
  status!: MembershipStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
