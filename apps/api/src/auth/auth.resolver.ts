import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';

import { CurrentMember, Public } from '../common/auth.decorators';
import { GraphQLContext } from '../common/request-context';
import { Member } from '../members/dto/member.type';
import { MemberEntity } from '../members/member.entity';
import { AuthService } from './auth.service';
import {
  AcceptInvitationInput,
  InvitationInfo,
  LoginInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
} from './dto/auth.inputs';
import { GqlLocalAuthGuard } from './gql-local-auth.guard';
import { PasswordResetService } from './password-reset.service';
import { clientIp } from './rate-limiter';
import { SESSION_COOKIE } from './session';

function signIn(ctx: GraphQLContext, member: MemberEntity): Promise<MemberEntity> {
  return new Promise((resolve, reject) =>
    ctx.req.logIn(member, (error) => (error ? reject(error) : resolve(member))),
  );
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly passwordResets: PasswordResetService,
  ) {}

  @Public()
  @UseGuards(GqlLocalAuthGuard)
  @Mutation(() => Member, { description: 'Signs in and sets an HttpOnly session cookie.' })
  login(@Args('input') _input: LoginInput, @CurrentMember() member: MemberEntity) {
    return member;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the session on the server.' })
  async logout(@Context() ctx: GraphQLContext): Promise<boolean> {
    const { req, res } = ctx;
    await new Promise<void>((resolve, reject) =>
      req.logout((error) => (error ? reject(error) : resolve())),
    );
    if (req.session) {
      await new Promise<void>((resolve, reject) =>
        req.session.destroy((error) => (error ? reject(error) : resolve())),
      );
    }
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Public()
  @Query(() => InvitationInfo, { nullable: true, description: 'Null when invalid or expired.' })
  invitation(@Args('token') token: string) {
    return this.auth.invitationInfo(token.slice(0, 200));
  }

  @Public()
  @Mutation(() => Member, { description: 'Sets the first password and signs in.' })
  async acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @Context() ctx: GraphQLContext,
  ) {
    return signIn(ctx, await this.auth.acceptInvitation(input.token, input.password));
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'True for every address (TOO_MANY_REQUESTS past the limits); a link is mailed only to active accounts, at most one per address per few minutes.',
  })
  requestPasswordReset(
    @Args('input') input: RequestPasswordResetInput,
    @Context() ctx: GraphQLContext,
  ) {
    return this.passwordResets.request(input.email, clientIp(ctx.req));
  }

  @Public()
  @Mutation(() => Member, { description: 'Sets a new password from a reset link and signs in.' })
  async resetPassword(@Args('input') input: ResetPasswordInput, @Context() ctx: GraphQLContext) {
    return signIn(ctx, await this.auth.resetPassword(input.token, input.password));
  }
}
