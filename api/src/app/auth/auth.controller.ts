import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import {
  AcceptInvitationDto,
  ConfirmRegistrationDto,
  LoginDto,
  RegisterDto,
} from '@press-award/contracts/dto';
import type { LoginResponse, MeResponse, RegisterResponse } from '@press-award/contracts';
import { throttleAddressKey } from '@press-award/domain';
import type { CookieOptions, Request, Response } from 'express';
import { AppConfig } from '../../infra/config/app-config';
import { AuthService } from './auth.service';
import { Authorize, CurrentUser, Public } from './decorators/access.decorators';
import { sessionTokenOf } from './jwt.strategy';
import { RegistrationService } from './registration.service';
import { SessionService, type IssuedSession } from './session.service';
import { CSRF_COOKIE, SESSION_COOKIE, type AuthUser } from './auth.types';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly registrations: RegistrationService,
    private readonly sessions: SessionService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('auth/register')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Register a reporter account: mails a confirmation link (or, if the email has an account, a note to its owner)',
    description:
      'Answers 202 { status, email } either way, so the answer never tells whether an email is registered.',
  })
  @ApiAcceptedResponse({ description: '{ status: "confirmation_sent", email }' })
  register(@Body() body: RegisterDto): Promise<RegisterResponse> {
    return this.registrations.register(body);
  }

  @Public()
  @Post('auth/register/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'Create the account from the mailed confirmation link and sign in' })
  @ApiOkResponse({ description: '{ accessToken, expiresAt, user }' })
  @ApiBadRequestResponse({ description: 'REGISTRATION_LINK_INVALID' })
  async confirmRegistration(
    @Body() body: ConfirmRegistrationDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponse> {
    const userId = await this.registrations.confirm(body);
    return this.sessionAnswer(
      response,
      await this.auth.signIn(userId, request.headers['user-agent']),
    );
  }

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in: returns a bearer token and sets the browser session cookie' })
  @ApiOkResponse({ description: '{ accessToken, expiresAt, user }' })
  @ApiTooManyRequestsResponse({ description: 'AUTH_TOO_MANY_ATTEMPTS, with Retry-After' })
  async login(
    @Body() body: LoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponse> {
    const result = await this.auth.login(body, {
      userAgent: request.headers['user-agent'],
      // Express resolves X-Forwarded-For only from the trusted proxies (`trust proxy`).
      address: throttleAddressKey(request.ip),
      sessionUserId: await this.sessions.liveUserIdOf(sessionTokenOf(request)),
    });
    return this.sessionAnswer(response, result);
  }

  @Public()
  @Post('auth/invitations/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Set a password from an invitation link and sign in' })
  async acceptInvitation(
    @Body() body: AcceptInvitationDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponse> {
    return this.sessionAnswer(
      response,
      await this.auth.acceptInvitation(body, request.headers['user-agent']),
    );
  }

  @Authorize('session:end')
  @Post('auth/logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'End this session (the token stops working at once)' })
  async logout(
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.auth.logout(user.sessionId);
    response.clearCookie(SESSION_COOKIE, this.cookieOptions(true));
    response.clearCookie(CSRF_COOKIE, this.cookieOptions(false));
  }

  @Authorize('session:read')
  @Get('me')
  @ApiOperation({ summary: 'The signed-in user with system roles and award memberships' })
  me(@CurrentUser() user: AuthUser): Promise<MeResponse> {
    return this.auth.me(user.id);
  }

  /** Sets the session cookies and answers with the bearer token and the user. */
  private sessionAnswer(
    response: Response,
    result: IssuedSession & { user: MeResponse },
  ): LoginResponse {
    this.setSessionCookies(response, result);
    return {
      accessToken: result.accessToken,
      expiresAt: result.expiresAt.toISOString(),
      user: result.user,
    };
  }

  private setSessionCookies(response: Response, session: IssuedSession): void {
    const maxAge = session.expiresAt.getTime() - Date.now();
    response.cookie(SESSION_COOKIE, session.accessToken, { ...this.cookieOptions(true), maxAge });
    // Readable by the web app, which echoes it in X-XSRF-TOKEN (Angular does this by itself).
    response.cookie(CSRF_COOKIE, session.csrfToken, { ...this.cookieOptions(false), maxAge });
  }

  private cookieOptions(httpOnly: boolean): CookieOptions {
    return { httpOnly, sameSite: 'strict', secure: this.config.COOKIE_SECURE, path: '/' };
  }
}
