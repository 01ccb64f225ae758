import {
  IsEmail,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import {
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PHONE_PATTERN,
  SAME_SITE_PATH_MAX_LENGTH,
  SAME_SITE_PATH_PATTERN,
} from '../limits';
import { NormalizeEmail, Trim } from './transforms';

export class RegisterDto {
  @NormalizeEmail()
  @IsEmail()
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  fullName!: string;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(NAME_MAX_LENGTH)
  penName?: string;

  @IsOptional()
  @Trim()
  @IsString()
  @Matches(PHONE_PATTERN)
  phone?: string;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(NAME_MAX_LENGTH)
  organizationName?: string;

  /** The page the registrant was going to: the mailed link brings them back there. */
  @IsOptional()
  @IsString()
  @MaxLength(SAME_SITE_PATH_MAX_LENGTH)
  @Matches(SAME_SITE_PATH_PATTERN)
  returnUrl?: string;
}

export class LoginDto {
  @NormalizeEmail()
  @IsEmail()
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class AcceptInvitationDto {
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  token!: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class ConfirmRegistrationDto {
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  token!: string;
}
