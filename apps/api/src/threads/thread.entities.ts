import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('thread')
export class ThreadEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Null: the community board (prikbord). */
  @Column({ type: 'uuid', nullable: true })
  groupId!: string | null;

  @Column({ type: 'uuid' })
  authorId!: string;

  @Column({ type: 'text' })
  title!: string;

  /** Sanitised HTML. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text', default: '' })
  bodyText!: string;

  @Column({ type: 'text', array: true, default: '{}' })
  domainSlugs!: string[];

  @Column({ type: 'text', array: true, default: '{}' })
  subtopicSlugs!: string[];

  @Column({ type: 'timestamptz', nullable: true })
  topicsCorrectedAt!: Date | null;

  /** The inferred topics were confident; if not, subtopicSlugs is empty and topicSuggestions set. */
  @Column({ type: 'boolean', default: true })
  topicsConfident!: boolean;

  /** Subtopics offered to the asker ("onderwerp kiezen") when the inference was not confident. */
  @Column({ type: 'text', array: true, default: '{}' })
  topicSuggestions!: string[];

  @Column({ type: 'uuid', nullable: true })
  acceptedAnswerId!: string | null;

  @Column({ type: 'int', default: 0 })
  answerCount!: number;

  @Column({ type: 'timestamptz', nullable: true })
  hiddenAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  hiddenBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastActivityAt!: Date;
}

@Entity('answer')
export class AnswerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  threadId!: string;

  @Column({ type: 'uuid' })
  authorId!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text', default: '' })
  bodyText!: string;

  @Column({ type: 'int', default: 0 })
  helpfulCount!: number;

  @Column({ type: 'timestamptz', nullable: true })
  hiddenAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  hiddenBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
