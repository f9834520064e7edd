import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';

@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @MaxLength(1024)
  password!: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsNotEmpty()
  @MaxLength(200)
  token!: string;

  @Field({ description: '12–128 characters, not a common password.' })
  @IsString()
  @MaxLength(1024)
  password!: string;
}

@InputType()
export class ResetPasswordInput extends AcceptInvitationInput {}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

@ObjectType('InvitationInfo')
export class InvitationInfo {
  @Field()
  name!: string;

  @Field()
  email!: string;
}
