import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';
import {
  ENTRY_STATUSES,
  SCREENING_DECISIONS,
  type EntryStatus,
  type ScreeningDecision,
} from '../entries';
import { PageNumber, PageSize } from './page.dto';
import { Trim } from './transforms';
import { HasTimeZone } from './validators';

export class ScreeningDecisionDto {
  @IsIn(SCREENING_DECISIONS)
  decision!: ScreeningDecision;

  /** Required for `ineligible` and `needs_revision`; shown to the reporter. */
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  /** For `needs_revision`: until when the reporter may fix and resubmit (ISO with offset). */
  @IsOptional()
  @IsISO8601({ strict: true })
  @HasTimeZone()
  revisionDeadline?: string;
}

export class BulkScreeningDto extends ScreeningDecisionDto {
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  entryIds!: string[];

  /** The number the user confirmed in the dialog; must equal entryIds.length. */
  @IsInt()
  @Min(1)
  confirmCount!: number;
}

export class AwardEntriesQueryDto {
  @IsOptional()
  @IsIn(ENTRY_STATUSES)
  status?: EntryStatus;

  @IsOptional()
  @IsUUID()
  categoryId?: string;

  @PageNumber()
  page = 1;

  @PageSize()
  pageSize = 50;
}
