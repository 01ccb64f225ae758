import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { AcceptInvitationDto, LoginDto, RegisterDto } from '@press-award/contracts/dto';
import type { LoginResponse, MeResponse, UserResponse } from '@press-award/contracts';
import type { CookieOptions, Request, Response } from 'express';
import { AppConfig } from '../../infra/config/app-config';
import { AuthService } from './auth.service';
import { Authorize, CurrentUser, Public } from './decorators/access.decorators';
import type { IssuedSession } from './session.service';
import { CSRF_COOKIE, SESSION_COOKIE, type AuthUser } from './auth.types';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('auth/register')
  @ApiOperation({ summary: 'Create a reporter account' })
  @ApiCreatedResponse({ description: 'The new user' })
  @ApiConflictResponse({ description: 'AUTH_EMAIL_TAKEN' })
  register(@Body() body: RegisterDto): Promise<UserResponse> {
    return this.auth.register(body);
  }

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in: returns a bearer token and sets the browser session cookie' })
  @ApiOkResponse({ description: '{ accessToken, expiresAt, user }' })
  @ApiTooManyRequestsResponse({ description: 'AUTH_TOO_MANY_ATTEMPTS, with Retry-After' })
  async login(@Body() body: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<LoginResponse> {
    const result = await this.auth.login(body, request.headers['user-agent']);
    this.setSessionCookies(response, result);
    return { accessToken: result.accessToken, expiresAt: result.expiresAt.toISOString(), user: result.user };
  }

  @Public()
  @Post('auth/invitations/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Set a password from an invitation link and sign in' })
  async acceptInvitation(@Body() body: AcceptInvitationDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<LoginResponse> {
    const result = await this.auth.acceptInvitation(body, request.headers['user-agent']);
    this.setSessionCookies(response, result);
    return { accessToken: result.accessToken, expiresAt: result.expiresAt.toISOString(), user: result.user };
  }

  @Authorize('session:end')
  @Post('auth/logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'End this session (the token stops working at once)' })
  async logout(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) response: Response): Promise<void> {
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
