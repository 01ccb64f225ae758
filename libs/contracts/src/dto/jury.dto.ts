import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { NAME_MAX_LENGTH } from '../limits';
import { Field } from './compose';
import { Trim } from './transforms';

/** The largest weighted total a rubric can have: 20 criteria × 1000 points × weight 100. */
const DISAGREEMENT_POINTS_MAX = 2_000_000;

export class RubricCriterionDto {
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{0,31}$/)
  key!: string;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @IsNumber({ maxDecimalPlaces: 4 })
  @Min(0.0001)
  @Max(1000)
  maxScore!: number;

  @IsNumber({ maxDecimalPlaces: 4 })
  @Min(0.0001)
  @Max(1000)
  step!: number;

  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 4 })
  @Min(0.0001)
  @Max(100)
  weight?: number | null;
}

export class RubricDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RubricCriterionDto)
  criteria!: RubricCriterionDto[];
}

export class CreateRoundDto {
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  name!: string;

  @IsInt()
  @Min(1)
  @Max(20)
  order!: number;

  @IsInt()
  @Min(1)
  @Max(20)
  judgesPerEntry!: number;

  @ValidateNested()
  @Type(() => RubricDto)
  rubric!: RubricDto;

  /** Points from the other judges' mean that flag a disagreement; omitted or null: 2 per 10 of the rubric's maximum. */
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(DISAGREEMENT_POINTS_MAX)
  disagreementPoints?: number | null;
}

/** What may change on a round that is not closed yet (absent: unchanged). */
export class UpdateRoundDto {
  /** null: back to the default (2 points per 10 of the rubric's maximum). Never above the rubric's maximum. */
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(DISAGREEMENT_POINTS_MAX)
  disagreementPoints?: number | null;
}

/** The best N of each category, by mean weighted total of submitted sheets. */
const AdvanceTop = () => Field(IsOptional(), IsInt(), Min(1), Max(5000));
/** Only entries whose mean reaches this score. */
const AdvanceMinScore = () =>
  Field(IsOptional(), IsNumber({ maxDecimalPlaces: 4 }), Min(0), Max(100000));

/** Either `entryIds`, or advancement from an earlier closed round by `top` per category and/or `minScore`. */
export class RoundEntriesDto {
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  entryIds?: string[];

  @IsOptional()
  @IsUUID()
  fromRoundId?: string;

  /** The best N of each category, by mean weighted total of submitted sheets. */
  @AdvanceTop()
  top?: number;

  @AdvanceMinScore()
  minScore?: number;
}

/** Advancement by rule, previewed: the earlier closed round and `top` per category and/or `minScore`. */
export class AdvancementPreviewDto {
  @IsUUID()
  fromRoundId!: string;

  @AdvanceTop()
  top?: number;

  @AdvanceMinScore()
  minScore?: number;
}

export class CreatePanelDto {
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  name!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  categoryIds!: string[];

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  judgeIds!: string[];
}

export class CreateAssignmentDto {
  @IsUUID()
  judgeId!: string;

  @IsUUID()
  entryId!: string;
}

export class AutoAssignDto {
  /** Preview: compute and return without saving. */
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  seed?: number;
}

export class UpdateMemberDto {
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(NAME_MAX_LENGTH)
  organizationName?: string;

  /** Chức vụ; empty clears it. */
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(NAME_MAX_LENGTH)
  title?: string;

  /** Agencies the judge has a relationship with: never assigned their works. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(NAME_MAX_LENGTH, { each: true })
  declaredOrganizations?: string[];
}

export class RecuseDto {
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}

export class RoundStatusDto {
  @IsIn(['open', 'closed'])
  status!: 'open' | 'closed';
}

export class JudgeRelationshipsDto {
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(NAME_MAX_LENGTH, { each: true })
  declaredOrganizations!: string[];
}

export class SaveSheetDto {
  /** Criterion key → score (checked against the round's rubric: range and step). */
  @IsObject()
  scores!: Record<string, number>;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000)
  comment?: string | null;

  /** true: submit (all criteria needed; read-only afterwards). */
  @IsOptional()
  @IsBoolean()
  submit?: boolean;

  /** The version the client last saw (or send If-Match); omitted for the first save. */
  @IsOptional()
  @IsInt()
  @Min(0)
  version?: number;
}

export class ResultsQueryDto {
  @IsOptional()
  @IsIn(['mean', 'trimmed', 'zscore'])
  method: 'mean' | 'trimmed' | 'zscore' = 'mean';
}

export class SetPrizeDto {
  /** A prize tier code of the award, or null to take the tier away. */
  @IsOptional()
  @IsString()
  @MaxLength(16)
  tierCode?: string | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  topicPrizes?: string[];

  /** Required when the tier's target count would be exceeded. */
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
