import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { AWARD_LEVELS, AWARD_STATUSES, MEDIA_TYPES } from '../enums';
import type { AwardLevel, AwardStatus, MediaType } from '../enums';
import type { AwardRules, TopicPrizeCondition } from '../api-types';
import {
  AWARD_PLACE_MAX_LENGTH,
  CATEGORY_CODE_PATTERN,
  EDITION_MAX,
  NAME_MAX_LENGTH,
  TIER_CODE_PATTERN,
  TOPIC_CODE_PATTERN,
  YEAR_MAX,
  YEAR_MIN,
} from '../limits';
import { Trim } from './transforms';

/** 10^13 VND: far above any prize, small enough to stay an exact JavaScript integer. */
const PRIZE_MONEY_MAX = 10_000_000_000_000;

export class PrizeTierDto {
  @Trim()
  @IsString()
  @Matches(TIER_CODE_PATTERN)
  code!: string;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  label!: string;

  @IsInt()
  @Min(0)
  @Max(10_000)
  targetCount!: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(PRIZE_MONEY_MAX)
  prizeMoney?: number | null;

  /**
   * Suggested from this average on, on a 10-point scale. Only the type is checked here: the range
   * (0–10), the two decimals and the order down the list are checked by `prizeTierIssues` in
   * `@press-award/domain`, with the field-level codes the award editor shows too.
   */
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  minScore?: number | null;
}

export class TopicPrizeDto {
  @Trim()
  @IsString()
  @Matches(TOPIC_CODE_PATTERN)
  code!: string;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  label!: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  targetCount?: number | null;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(PRIZE_MONEY_MAX)
  prizeMoney?: number | null;

  /**
   * Only the shape is checked here: the kind, the years and unknown keys are checked by
   * `topicPrizeIssues` in `@press-award/domain`, with the field-level codes the award editor shows too.
   */
  @IsOptional()
  @IsObject()
  condition?: TopicPrizeCondition | null;
}

export class CreateCategoryDto {
  @Trim()
  @IsString()
  @Matches(CATEGORY_CODE_PATTERN)
  code!: string;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  name!: string;

  @IsIn(MEDIA_TYPES)
  mediaType!: MediaType;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  genres?: string[];

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  sortOrder?: number;
}

export class UpdateCategoryDto {
  @IsOptional()
  @Trim()
  @IsString()
  @Matches(CATEGORY_CODE_PATTERN)
  code?: string;

  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  name?: string;

  @IsOptional()
  @IsIn(MEDIA_TYPES)
  mediaType?: MediaType;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  genres?: string[];

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  sortOrder?: number;
}

/**
 * `rules` is checked as a whole by `validateAwardRules` in `@press-award/domain` (field-level codes
 * such as PUBLICATION_WINDOW_INVERTED), which also refuses unknown keys; `prizeTiers` as a list by
 * `prizeTierIssues` (suggestion thresholds).
 */
export class CreateAwardDto {
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @IsInt()
  @Min(1)
  @Max(EDITION_MAX)
  edition!: number;

  @IsInt()
  @Min(YEAR_MIN)
  @Max(YEAR_MAX)
  year!: number;

  @IsIn(AWARD_LEVELS)
  level!: AwardLevel;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(300)
  organizerName?: string;

  /** Where its documents are dated ("Hà Nội"); empty = the default for the level. */
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(AWARD_PLACE_MAX_LENGTH)
  place?: string | null;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @IsObject()
  rules!: AwardRules;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique((tier: PrizeTierDto) => tier?.code)
  @ValidateNested({ each: true })
  @Type(() => PrizeTierDto)
  prizeTiers?: PrizeTierDto[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique((topic: TopicPrizeDto) => topic?.code)
  @ValidateNested({ each: true })
  @Type(() => TopicPrizeDto)
  topicPrizes?: TopicPrizeDto[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique((category: CreateCategoryDto) => category?.code)
  @ValidateNested({ each: true })
  @Type(() => CreateCategoryDto)
  categories?: CreateCategoryDto[];
}

/** PATCH: every field optional; `rules` may be partial and is merged, then validated as a whole. */
export class UpdateAwardDto {
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(EDITION_MAX)
  edition?: number;

  @IsOptional()
  @IsInt()
  @Min(YEAR_MIN)
  @Max(YEAR_MAX)
  year?: number;

  @IsOptional()
  @IsIn(AWARD_LEVELS)
  level?: AwardLevel;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(300)
  organizerName?: string;

  /** Where its documents are dated ("Hà Nội"); empty = the default for the level. */
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(AWARD_PLACE_MAX_LENGTH)
  place?: string | null;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @IsOptional()
  @IsObject()
  rules?: Partial<AwardRules>;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique((tier: PrizeTierDto) => tier?.code)
  @ValidateNested({ each: true })
  @Type(() => PrizeTierDto)
  prizeTiers?: PrizeTierDto[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique((topic: TopicPrizeDto) => topic?.code)
  @ValidateNested({ each: true })
  @Type(() => TopicPrizeDto)
  topicPrizes?: TopicPrizeDto[];
}

export class ChangeAwardStatusDto {
  @IsIn(AWARD_STATUSES)
  status!: AwardStatus;
}
