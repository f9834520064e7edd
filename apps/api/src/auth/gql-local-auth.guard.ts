import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';

import { BadUserInputError } from '../common/errors';
import { GraphQLContext } from '../common/request-context';
import { cleanInput } from '../common/validation';

/** Runs passport-local for the `login` mutation and starts the session. */
@Injectable()
export class GqlLocalAuthGuard extends AuthGuard('local') {
  override getRequest(context: ExecutionContext) {
    const gql = GqlExecutionContext.create(context);
    const req = gql.getContext<GraphQLContext>().req;
    // guards run before the validation pipe: passport reads the input as it is cleaned there
    req.body = cleanInput(gql.getArgs<{ input?: unknown }>().input ?? {});
    return req;
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const ok = (await super.canActivate(context)) as boolean;
    await super.logIn(this.getRequest(context));
    return ok;
  }

  override handleRequest<T>(err: unknown, user: T): T {
    if (err) throw err;
    if (!user) throw new BadUserInputError('email', 'Vul je e-mailadres en wachtwoord in.');
    return user;
  }
}
