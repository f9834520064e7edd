import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('expertise_profile')
export class ExpertiseProfileEntity {
  @PrimaryColumn({ type: 'uuid' })
  memberId!: string;

  @Column({ type: 'text', nullable: true })
  headline!: string | null;

  @Column({ type: 'text', nullable: true })
  bio!: string | null;

  @Column({ type: 'text', array: true, default: '{}' })
  tags!: string[];

  @Column({ type: 'boolean', default: true })
  openForQuestions!: boolean;

  /** How often, in the member's words: "1× per maand". */
  @Column({ type: 'text', nullable: true })
  availability!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity('expertise_entry')
export class ExpertiseEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  memberId!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text' })
  domainSlug!: string;

  @Column({ type: 'text', array: true, default: '{}' })
  subtopicSlugs!: string[];

  @Column({ type: 'text' })
  level!: 'basis' | 'gevorderd' | 'specialist';

  @Column({ type: 'text', nullable: true })
  source!: string | null;

  @Column({ type: 'text', array: true, default: '{}' })
  offers!: string[];

  @Column({ type: 'text', nullable: true })
  description!: string | null;
}
