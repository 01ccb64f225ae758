import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PRIZE_APPROVAL_NOTE_MAX_LENGTH } from '../prize-approvals';
import { Trim } from './transforms';

/** A steering committee member approves the prize list as it is now, with an optional remark. */
export class ApprovePrizeListDto {
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(PRIZE_APPROVAL_NOTE_MAX_LENGTH)
  note?: string;
}
