import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('taxonomy_domain')
export class TaxonomyDomainEntity {
  @PrimaryColumn({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  labelNl!: string;

  @Column({ type: 'text' })
  labelEn!: string;

  @Column({ type: 'text', default: '' })
  descriptionNl!: string;

  @Column({ type: 'text', array: true, default: '{}' })
  synonymsNl!: string[];

  @Column({ type: 'text', array: true, default: '{}' })
  synonymsEn!: string[];

  @Column({ type: 'int', default: 0 })
  position!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

@Entity('taxonomy_subtopic')
export class TaxonomySubtopicEntity {
  @PrimaryColumn({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  domainSlug!: string;

  @Column({ type: 'text' })
  labelNl!: string;

  @Column({ type: 'text' })
  labelEn!: string;

  @Column({ type: 'text', array: true, default: '{}' })
  synonymsNl!: string[];

  @Column({ type: 'text', array: true, default: '{}' })
  synonymsEn!: string[];

  /** How the problem shows in a classroom, in everyday words (admin-editable). */
  @Column({ type: 'text', array: true, default: '{}' })
  signalsNl!: string[];

  /** Set when an admin edited the signals: the file no longer overwrites them. */
  @Column({ type: 'timestamptz', nullable: true })
  signalsEditedAt!: Date | null;

  @Column({ type: 'int', default: 0 })
  position!: number;

  @Column({ type: 'text', default: 'file' })
  origin!: 'file' | 'admin';

  @Column({ type: 'timestamptz', nullable: true })
  labelsEditedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

/** A word–subtopic association learned from the installation's data (see learnAssociations). */
@Entity('topic_association')
export class TopicAssociationEntity {
  @PrimaryColumn({ type: 'text' })
  subtopicSlug!: string;

  @PrimaryColumn({ type: 'text' })
  stem!: string;

  @Column({ type: 'real' })
  weight!: number;

  @Column({ type: 'real' })
  support!: number;
}
