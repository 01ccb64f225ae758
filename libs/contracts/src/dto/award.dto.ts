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
import { Field } from './compose';
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

/* Each field's rules, once: the create DTOs require them, the update DTOs add `@IsOptional()`. */
const CategoryCode = () => Field(Trim(), IsString(), Matches(CATEGORY_CODE_PATTERN));
const CategoryName = () => Field(Trim(), IsString(), IsNotEmpty(), MaxLength(NAME_MAX_LENGTH));
const CategoryMediaType = () => Field(IsIn(MEDIA_TYPES));
const CategoryGenres = () =>
  Field(
    IsOptional(),
    IsArray(),
    ArrayMaxSize(30),
    ArrayUnique(),
    IsString({ each: true }),
    IsNotEmpty({ each: true }),
    MaxLength(100, { each: true }),
  );
const CategorySortOrder = () => Field(IsOptional(), IsInt(), Min(0), Max(1000));

export class CreateCategoryDto {
  @CategoryCode()
  code!: string;

  @CategoryName()
  name!: string;

  @CategoryMediaType()
  mediaType!: MediaType;

  @CategoryGenres()
  genres?: string[];

  @CategorySortOrder()
  sortOrder?: number;
}

export class UpdateCategoryDto {
  @IsOptional()
  @CategoryCode()
  code?: string;

  @IsOptional()
  @CategoryName()
  name?: string;

  @IsOptional()
  @CategoryMediaType()
  mediaType?: MediaType;

  @CategoryGenres()
  genres?: string[];

  @CategorySortOrder()
  sortOrder?: number;
}

const AwardName = () => Field(Trim(), IsString(), IsNotEmpty(), MaxLength(300));
const AwardEdition = () => Field(IsInt(), Min(1), Max(EDITION_MAX));
const AwardYear = () => Field(IsInt(), Min(YEAR_MIN), Max(YEAR_MAX));
const AwardLevelField = () => Field(IsIn(AWARD_LEVELS));
const AwardOrganizerName = () => Field(IsOptional(), Trim(), IsString(), MaxLength(300));
const AwardPlace = () => Field(IsOptional(), Trim(), IsString(), MaxLength(AWARD_PLACE_MAX_LENGTH));
const AwardDescription = () => Field(IsOptional(), Trim(), IsString(), MaxLength(5000));
const AwardPrizeTiers = () =>
  Field(
    IsOptional(),
    IsArray(),
    ArrayMaxSize(50),
    ArrayUnique((tier: PrizeTierDto) => tier?.code),
    ValidateNested({ each: true }),
    Type(() => PrizeTierDto),
  );
const AwardTopicPrizes = () =>
  Field(
    IsOptional(),
    IsArray(),
    ArrayMaxSize(50),
    ArrayUnique((topic: TopicPrizeDto) => topic?.code),
    ValidateNested({ each: true }),
    Type(() => TopicPrizeDto),
  );

/**
 * `rules` is checked as a whole by `validateAwardRules` in `@press-award/domain` (field-level codes
 * such as PUBLICATION_WINDOW_INVERTED), which also refuses unknown keys; `prizeTiers` as a list by
 * `prizeTierIssues` (suggestion thresholds).
 */
export class CreateAwardDto {
  @AwardName()
  name!: string;

  @AwardEdition()
  edition!: number;

  @AwardYear()
  year!: number;

  @AwardLevelField()
  level!: AwardLevel;

  @AwardOrganizerName()
  organizerName?: string;

  /** Where its documents are dated ("Hà Nội"); empty = the default for the level. */
  @AwardPlace()
  place?: string | null;

  @AwardDescription()
  description?: string;

  @IsObject()
  rules!: AwardRules;

  @AwardPrizeTiers()
  prizeTiers?: PrizeTierDto[];

  @AwardTopicPrizes()
  topicPrizes?: TopicPrizeDto[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique((category: CreateCategoryDto) => category?.code)
  @ValidateNested({ each: true })
  @Type(() => CreateCategoryDto)
  categories?: CreateCategoryDto[];
}

/**
 * The body that issues the award's documents and who signs them (see `AwardInstitution`). Sent whole;
 * null clears it (the documents then fall back to what the organizer's name implies).
 */
export class AwardInstitutionDto {
  @Trim()
  @IsString()
  @MaxLength(120)
  parentBody!: string;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  issuingBody!: string;

  /** Letters and digits as printed after the slash in a number: BTCTW, BTCTU, HĐGT. */
  @Trim()
  @IsString()
  @Matches(/^[\p{Lu}\d][\p{Lu}\d.-]{0,19}$/u, {
    message: 'symbol must be 1–20 capital letters or digits (BTCTW)',
  })
  symbol!: string;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  signerTitle!: string;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(NAME_MAX_LENGTH)
  signerName?: string | null;

  @IsIn(['equal', 'none'])
  prizeSplit!: 'equal' | 'none';
}

/** PATCH: every field optional; `rules` may be partial and is merged, then validated as a whole. */
export class UpdateAwardDto {
  @IsOptional()
  @AwardName()
  name?: string;

  @IsOptional()
  @AwardEdition()
  edition?: number;

  @IsOptional()
  @AwardYear()
  year?: number;

  @IsOptional()
  @AwardLevelField()
  level?: AwardLevel;

  @AwardOrganizerName()
  organizerName?: string;

  /** Where its documents are dated ("Hà Nội"); empty = the default for the level. */
  @AwardPlace()
  place?: string | null;

  @AwardDescription()
  description?: string;

  @IsOptional()
  @IsObject()
  rules?: Partial<AwardRules>;

  @AwardPrizeTiers()
  prizeTiers?: PrizeTierDto[];

  @AwardTopicPrizes()
  topicPrizes?: TopicPrizeDto[];

  @IsOptional()
  @ValidateNested()
  @Type(() => AwardInstitutionDto)
  institution?: AwardInstitutionDto | null;
}

export class ChangeAwardStatusDto {
  @IsIn(AWARD_STATUSES)
  status!: AwardStatus;
}
