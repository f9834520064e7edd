import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { BoardEntity } from './board.entity';

/** A school (vestiging), keyed by name + town as in "CBS De Korenmaat, Veenendaal". */
@Entity('school')
@Index('uq_school_name_town', ['name', 'town'], { unique: true })
export class SchoolEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: '' })
  town!: string;

  @Column({ type: 'text', nullable: true })
  brin!: string | null;

  @Column({ type: 'uuid', nullable: true })
  boardId!: string | null;

  @ManyToOne(() => BoardEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'board_id' })
  board?: BoardEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
