import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { AwardAccessService } from './award-access.service';
import { AccessGuard, JwtAuthGuard } from './guards/access.guard';
import { JwtStrategy } from './jwt.strategy';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordHasher } from './password-hasher';
import { RegistrationService } from './registration.service';
import { SessionService } from './session.service';
import { SignInAlertsService } from './sign-in-alerts.service';

@Global()
@Module({
  imports: [PassportModule, JwtModule.register({})],
  controllers: [AuthController],
  providers: [
    AuthService,
    SessionService,
    PasswordHasher,
    LoginThrottleService,
    SignInAlertsService,
    RegistrationService,
    AwardAccessService,
    JwtStrategy,
    JwtAuthGuard,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [AwardAccessService, PasswordHasher, SessionService],
})
export class AuthModule {}
