import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import {
  BATCH_TITLE_MAX_LENGTH,
  LETTER_NUMBER_MAX_LENGTH,
  LETTER_NUMBER_PATTERN,
} from '../agencies';
import { Trim } from './transforms';
import { IsCalendarDate } from './validators';

/** POST /awards/:awardId/batches: an organization opens a batch (hồ sơ gửi giải) for the award. */
export class CreateBatchDto {
  /** The organization's own label for the batch ("Đợt 1", "Hồ sơ bổ sung"). */
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(BATCH_TITLE_MAX_LENGTH)
  title!: string;
}

/** The text fields sent with the covering letter's PDF (multipart, before the file). */
export class CoveringLetterFieldsDto {
  /** Số và ký hiệu as printed on the letter: "45-CV/BTCTU". */
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LETTER_NUMBER_MAX_LENGTH)
  @Matches(LETTER_NUMBER_PATTERN)
  number!: string;

  /** The letter's date (YYYY-MM-DD); not after today in Vietnam (checked by the service). */
  @IsString()
  @IsCalendarDate()
  issuedOn!: string;
}

/** The formats the batch list comes in. */
export const BATCH_LIST_FORMATS = ['pdf'] as const;

/** GET /batches/:batchId/list?format=pdf: the batch list (PDF only). */
export class BatchListQueryDto {
  @IsOptional()
  @IsIn(BATCH_LIST_FORMATS)
  format: (typeof BATCH_LIST_FORMATS)[number] = 'pdf';
}
