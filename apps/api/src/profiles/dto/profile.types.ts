import { Field, Int, ObjectType } from '@nestjs/graphql';

import { Domain, ExpertiseLevel, Subtopic } from '../../taxonomy/dto/taxonomy.types';

@ObjectType('Expertise')
export class Expertise {
  @Field(() => Domain)
  domain!: Domain;

  @Field(() => [Subtopic])
  subtopics!: Subtopic[];

  @Field(() => ExpertiseLevel)
  level!: ExpertiseLevel;

  @Field(() => String, {
    nullable: true,
    description: 'Expertise-source slug (opleiding, cursus …).',
  })
  source!: string | null;

  @Field(() => String, { nullable: true })
  sourceLabel!: string | null;

  @Field(() => [String], { description: 'Offer-type slugs (sparren, observatie …).' })
  offers!: string[];

  @Field(() => [String], { description: 'Offer labels in the viewer’s locale.' })
  offerLabels!: string[];

  @Field(() => String, { nullable: true })
  description!: string | null;
}

@ObjectType('ExpertiseProfile')
export class ExpertiseProfile {
  @Field(() => String, { nullable: true })
  headline!: string | null;

  @Field(() => String, { nullable: true, description: 'Plain text; line breaks are kept.' })
  bio!: string | null;

  @Field(() => [String])
  tags!: string[];

  @Field(() => [Expertise])
  expertise!: Expertise[];

  @Field()
  openForQuestions!: boolean;

  @Field(() => String, { nullable: true, description: 'How often, e.g. "1× per maand".' })
  availability!: string | null;

  @Field()
  updatedAt!: Date;

  @Field(() => Int, { description: 'Completeness 0–100, for the editor’s hint.' })
  completeness!: number;
}
