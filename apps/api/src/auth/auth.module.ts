import { Global, Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';

import { MembersModule } from '../members/members.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LocalStrategy } from './local.strategy';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { PasswordResetService } from './password-reset.service';
import { SessionSerializer } from './session.serializer';

@Global()
@Module({
  imports: [PassportModule.register({ session: true }), MembersModule],
  providers: [
    AuthService,
    AuthResolver,
    LocalStrategy,
    SessionSerializer,
    LoginThrottleService,
    PasswordService,
    PasswordResetService,
  ],
  exports: [PasswordService],
})
export class AuthModule {}
