import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { JURY_DELEGATIONS, type JuryDelegation } from '../jury';
import { NAME_MAX_LENGTH } from '../limits';
import { Trim } from './transforms';

/** The leader (trưởng tiểu ban) of one of the round's panels; null clears it. */
export class SubcommitteeLeaderDto {
  @IsUUID()
  panelId!: string;

  @ValidateIf((_object, value) => value !== null)
  @IsUUID()
  leaderUserId!: string | null;
}

/** `PUT /rounds/:roundId/council`: the council of a round, replaced whole. */
export class PutCouncilDto {
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  name!: string;

  @IsUUID()
  chairUserId!: string;

  @IsOptional()
  @IsUUID()
  viceChairUserId?: string | null;

  @IsOptional()
  @IsUUID()
  secretaryUserId?: string | null;

  /** Leaders of the round's panels; panels left out keep theirs. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique((leader: SubcommitteeLeaderDto) => leader.panelId)
  @ValidateNested({ each: true })
  @Type(() => SubcommitteeLeaderDto)
  subcommittees?: SubcommitteeLeaderDto[];
}

/** `PUT /awards/:awardId/delegations`: the jury work the award's secretaries may do. */
export class PutDelegationsDto {
  @IsArray()
  @ArrayUnique()
  @IsIn(JURY_DELEGATIONS, { each: true })
  secretariat!: JuryDelegation[];
}
