import {
  IsIn,
  IsEmail,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateBy,
  ValidateIf,
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
import { ACCOUNT_KINDS, type AccountKind } from '../agencies';
import { NormalizeEmail, Trim } from './transforms';

/** An organization account must say which organization it is (`isNotEmpty`, as a blank name). */
function NamedWhenOrganization(): PropertyDecorator {
  return ValidateBy({
    name: 'isNotEmpty',
    validator: {
      validate: (value: unknown, args) =>
        (args?.object as RegisterDto | undefined)?.accountKind !== 'organization' ||
        (typeof value === 'string' && value.trim() !== ''),
      defaultMessage: () => 'organizationName is required for an organization account',
    },
  });
}

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

  /** The person's agency; for an organization account, its own name (then required). */
  @ValidateIf(
    (dto: RegisterDto) => dto.accountKind === 'organization' || dto.organizationName != null,
  )
  @Trim()
  @IsString()
  @MaxLength(NAME_MAX_LENGTH)
  @NamedWhenOrganization()
  organizationName?: string;

  /**
   * `organization`: the account of a press agency or committee (then `organizationName` is its name
   * and is required, `fullName` the person who handles its submissions). Absent = `person`.
   */
  @IsOptional()
  @IsIn(ACCOUNT_KINDS)
  accountKind?: AccountKind;

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
