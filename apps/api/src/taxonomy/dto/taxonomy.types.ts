import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ExpertiseLevel {
  BASIS = 'basis',
  GEVORDERD = 'gevorderd',
  SPECIALIST = 'specialist',
}
registerEnumType(ExpertiseLevel, {
  name: 'ExpertiseLevel',
  description: 'Self-assessed level: basis, gevorderd, specialist.',
});

@ObjectType('Subtopic')
export class Subtopic {
  @Field(() => ID)
  slug!: string;

  @Field({ description: 'In the viewer’s locale.' })
  label!: string;

  @Field()
  labelNl!: string;

  @Field()
  labelEn!: string;

  @Field(() => [String], { description: 'Words people type for this subtopic (Dutch).' })
  synonyms!: string[];

  @Field(() => [String], {
    description:
      'Signals: how the problem shows in a classroom, in everyday words (Dutch). They feed topic inference for case-like questions; admins edit them like synonyms.',
  })
  signals!: string[];

  @Field({ description: 'Retired subtopics stay on profiles but are not offered for new ones.' })
  retired!: boolean;

  @Field(() => ID)
  domainSlug!: string;
}

@ObjectType('Domain')
export class Domain {
  @Field(() => ID)
  slug!: string;

  @Field({ description: 'In the viewer’s locale.' })
  label!: string;

  @Field()
  labelNl!: string;

  @Field()
  labelEn!: string;

  @Field()
  description!: string;

  @Field(() => [Subtopic])
  subtopics!: Subtopic[];
}

@ObjectType('OfferType', { description: 'A way to share expertise (sparren, observatie …).' })
export class OfferType {
  @Field(() => ID)
  slug!: string;

  @Field()
  label!: string;

  @Field()
  description!: string;
}

@ObjectType('ExpertiseSource', { description: 'Where expertise was gained (opleiding, cursus …).' })
export class ExpertiseSource {
  @Field(() => ID)
  slug!: string;

  @Field()
  label!: string;
}

@ObjectType('ExpertiseLevelInfo')
export class ExpertiseLevelInfo {
  @Field(() => ExpertiseLevel)
  level!: ExpertiseLevel;

  @Field()
  label!: string;

  @Field()
  description!: string;
}
