import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Board', { description: 'A schoolbestuur.' })
export class Board {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType('School')
export class School {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  town!: string | null;

  @Field(() => String, { nullable: true, description: 'BRIN-vestigingscode, e.g. 12AB00.' })
  brin!: string | null;

  boardId!: string | null;
}
