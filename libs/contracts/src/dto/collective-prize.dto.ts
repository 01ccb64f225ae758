import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  COLLECTIVE_CITATION_MAX_LENGTH,
  COLLECTIVE_ORGANIZATION_MAX_LENGTH,
  COLLECTIVE_PRIZE_TIERS,
  VERIFICATION_ACCESS_MODES,
  type CollectivePrizeTier,
  type VerificationAccess,
} from '../collective-prizes';
import { UI_LANGUAGES, type UiLanguage } from '../enums';
import { Trim } from './transforms';

export class CreateCollectivePrizeDto {
  /** The unit honoured, as it will be printed ("Báo Nhân Dân", "Ban Tổ chức Tỉnh ủy Gia Lai"). */
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(COLLECTIVE_ORGANIZATION_MAX_LENGTH)
  organizationName!: string;

  @IsIn(COLLECTIVE_PRIZE_TIERS)
  tierCode!: CollectivePrizeTier;

  /** Why the unit is honoured: printed on its certificate and in the public results. */
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(COLLECTIVE_CITATION_MAX_LENGTH)
  citation!: string;
}

export class SetVerificationAccessDto {
  @IsIn(VERIFICATION_ACCESS_MODES)
  access!: VerificationAccess;
}

/** `?format=pdf&lang=vi|en` for a collective's certificate (PDF only; the printed words' language). */
export class CollectiveCertificateQueryDto {
  @IsOptional()
  @IsIn(['pdf'])
  format = 'pdf' as const;

  @IsOptional()
  @IsIn(UI_LANGUAGES)
  lang: UiLanguage = 'vi';
}
