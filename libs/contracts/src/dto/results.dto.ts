import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { COMPLAINANT_MAX_LENGTH, COMPLAINT_TEXT_MAX_LENGTH } from '../limits';
import {
  COMPLAINT_OUTCOMES,
  RESULT_EXPORT_FORMATS,
  type ComplaintOutcome,
  type ResultExportFormat,
} from '../results';
import { Trim } from './transforms';

export class ResultsExportQueryDto {
  @IsIn(RESULT_EXPORT_FORMATS)
  format!: ResultExportFormat;

  /** Language of headings and labels; Vietnamese by default. */
  @IsOptional()
  @IsIn(['vi', 'en'])
  lang: 'vi' | 'en' = 'vi';
}

export class FileComplaintDto {
  @IsUUID()
  entryId!: string;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(COMPLAINANT_MAX_LENGTH)
  complainant!: string;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(COMPLAINT_TEXT_MAX_LENGTH)
  reason!: string;
}

export class ResolveComplaintDto {
  @IsIn(COMPLAINT_OUTCOMES)
  outcome!: ComplaintOutcome;

  /** Why: kept in the audit trail and shown to organizers. */
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(COMPLAINT_TEXT_MAX_LENGTH)
  note!: string;
}

export class ForwardEntriesDto {
  /** The national award that receives the entries (must be open). */
  @IsUUID()
  targetAwardId!: string;

  /** Forward every awarded entry of these tiers… */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(16, { each: true })
  tierCodes?: string[];

  /** …and/or these entries. At least one of the two lists must name something. */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  entryIds?: string[];
}
