import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { AWARD_ROLES } from '../enums';
import type { AwardRole } from '../enums';
import { EMAIL_MAX_LENGTH, NAME_MAX_LENGTH } from '../limits';
import { NormalizeEmail, Trim } from './transforms';

export class InviteMemberDto {
  @NormalizeEmail()
  @IsEmail()
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  fullName!: string;

  @IsIn(AWARD_ROLES)
  role!: AwardRole;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(NAME_MAX_LENGTH)
  organizationName?: string;

  /** Chức vụ (e.g. "Phó Tổng Biên tập Báo Nhân Dân"): shown in the council and its documents. */
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(NAME_MAX_LENGTH)
  title?: string;
}
