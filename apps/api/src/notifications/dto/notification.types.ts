import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';

import { Delivery } from '../notification-kinds';

registerEnumType(Delivery, { name: 'NotificationDelivery' });

@ObjectType('Notification')
export class Notification {
  @Field(() => ID)
  id!: string;

  @Field()
  kind!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  body!: string | null;

  @Field(() => String, { nullable: true, description: 'A path in the web app.' })
  link!: string | null;

  @Field()
  read!: boolean;

  @Field()
  createdAt!: Date;
}

@ObjectType('NotificationPage')
export class NotificationPage {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  unread!: number;

  @Field(() => [Notification])
  nodes!: Notification[];
}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], {
    nullable: true,
    description: 'These notifications; leave out with all: true.',
  })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  ids?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  all?: boolean;
}

@ObjectType('NotificationPreference')
export class NotificationPreference {
  @Field()
  kind!: string;

  @Field({ description: 'In the viewer’s language.' })
  label!: string;

  @Field(() => Delivery)
  delivery!: Delivery;
}

@InputType()
export class SetNotificationPreferenceInput {
  @Field()
  @IsString()
  @MaxLength(60)
  kind!: string;

  @Field(() => Delivery)
  @IsEnum(Delivery)
  delivery!: Delivery;
}
