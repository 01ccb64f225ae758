import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  AUTHOR_ROLES,
  FILE_KINDS,
  PRIOR_AWARD_KINDS,
  type AuthorRole,
  type FileKind,
  type PriorAwardKind,
} from '../entries';
import {
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  TOPIC_CODE_PATTERN,
  YEAR_MAX,
  YEAR_MIN,
} from '../limits';
import { Field } from './compose';
import { NormalizeEmail, Trim } from './transforms';
import { IsCalendarDate } from './validators';

/** Series can be long (90 episodes won in 2020); the award's own cap is checked by the rules. */
const PARTS_CEILING = 500;
const AUTHORS_CEILING = 50;

export class EntryPartDto {
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  /** The press outlet that published or broadcast the part (Báo Nhân Dân, VTV1…). */
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  outlet!: string;

  @IsString()
  @IsCalendarDate()
  publishedAt!: string;

  @IsOptional()
  @Trim()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  url?: string | null;
}

export class EntryAuthorDto {
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  fullName!: string;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(NAME_MAX_LENGTH)
  penName?: string | null;

  @IsOptional()
  @IsIn(AUTHOR_ROLES)
  role?: AuthorRole | null;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(NAME_MAX_LENGTH)
  organizationName?: string | null;

  @IsOptional()
  @NormalizeEmail()
  @IsEmail()
  @MaxLength(EMAIL_MAX_LENGTH)
  email?: string | null;

  @IsOptional()
  @IsString()
  @IsCalendarDate()
  dateOfBirth?: string | null;

  /** Lives abroad (người Việt Nam ở nước ngoài), for the overseas-author topic prize. */
  @IsOptional()
  @IsBoolean()
  overseas?: boolean;
}

export class PriorAwardDto {
  @IsIn(PRIOR_AWARD_KINDS)
  kind!: PriorAwardKind;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @IsInt()
  @Min(YEAR_MIN)
  @Max(YEAR_MAX)
  year!: number;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  prize?: string | null;
}

/* Each field's rules, once: `CreateEntryDto` requires some, `UpdateEntryDto` adds `@IsOptional()`. */
const EntryTitle = () => Field(Trim(), IsString(), IsNotEmpty(), MaxLength(500));
const EntryGenre = () => Field(IsOptional(), Trim(), IsString(), MaxLength(100));
const EntryLanguage = () => Field(IsString(), Matches(/^[a-z]{2,3}$/));
const EntrySummary = () => Field(IsOptional(), Trim(), IsString(), MaxLength(5000));
const EntryParts = () =>
  Field(
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(PARTS_CEILING),
    ValidateNested({ each: true }),
    Type(() => EntryPartDto),
  );
const EntryAuthors = () =>
  Field(
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(AUTHORS_CEILING),
    ValidateNested({ each: true }),
    Type(() => EntryAuthorDto),
  );
const EntryPriorAwards = () =>
  Field(
    IsOptional(),
    IsArray(),
    ArrayMaxSize(20),
    ValidateNested({ each: true }),
    Type(() => PriorAwardDto),
  );
const EntryTopicPrizes = () =>
  Field(
    IsOptional(),
    IsArray(),
    ArrayMaxSize(20),
    ArrayUnique(),
    Matches(TOPIC_CODE_PATTERN, { each: true }),
  );

export class CreateEntryDto {
  @IsUUID()
  categoryId!: string;

  @EntryTitle()
  title!: string;

  @EntryGenre()
  genre?: string | null;

  @EntryLanguage()
  language!: string;

  @EntrySummary()
  summary?: string | null;

  @EntryParts()
  parts!: EntryPartDto[];

  @EntryAuthors()
  authors!: EntryAuthorDto[];

  @EntryPriorAwards()
  priorAwards?: PriorAwardDto[];

  @EntryTopicPrizes()
  topicPrizes?: string[];

  /** Files the entry in the caller's own batch for this award (an organization account). */
  @IsOptional()
  @IsUUID()
  batchId?: string;
}

/** PATCH: lists given replace the stored ones whole (parts and authors keep their order). */
export class UpdateEntryDto {
  @IsOptional()
  @IsUUID()
  categoryId?: string;

  @IsOptional()
  @EntryTitle()
  title?: string;

  @EntryGenre()
  genre?: string | null;

  @IsOptional()
  @EntryLanguage()
  language?: string;

  @EntrySummary()
  summary?: string | null;

  @IsOptional()
  @EntryParts()
  parts?: EntryPartDto[];

  @IsOptional()
  @EntryAuthors()
  authors?: EntryAuthorDto[];

  @EntryPriorAwards()
  priorAwards?: PriorAwardDto[];

  @EntryTopicPrizes()
  topicPrizes?: string[];
}

/** The form fields that travel with a multipart upload. */
export class UploadEntryFileDto {
  @IsIn(FILE_KINDS)
  kind!: FileKind;

  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt()
  @Min(0)
  @Max(PARTS_CEILING - 1)
  partIndex?: number;
}

export class EntriesQueryDto {
  @IsOptional()
  @IsIn(['true', 'false'])
  mine?: 'true' | 'false';
}
