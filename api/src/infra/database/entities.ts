import { LoginAttempt } from '../../app/auth/entities/login-attempt.entity';
import { LoginAddressAttempt } from '../../app/auth/entities/login-address-attempt.entity';
import { LoginLockNotice } from '../../app/auth/entities/login-lock-notice.entity';
import { PendingRegistration } from '../../app/auth/entities/pending-registration.entity';
import { Invitation } from '../../app/auth/entities/invitation.entity';
import { Session } from '../../app/auth/entities/session.entity';
import { Batch } from '../../app/agencies/entities/batch.entity';
import { Award } from '../../app/awards/entities/award.entity';
import { Category } from '../../app/awards/entities/category.entity';
import { Entry } from '../../app/entries/entities/entry.entity';
import { EntryAuthor } from '../../app/entries/entities/entry-author.entity';
import { EntryFile } from '../../app/entries/entities/entry-file.entity';
import { EntryPart } from '../../app/entries/entities/entry-part.entity';
import { ScreeningDecisionRecord } from '../../app/screening/entities/screening-decision.entity';
import { Assignment } from '../../app/jury/entities/assignment.entity';
import { Panel } from '../../app/jury/entities/panel.entity';
import { Council } from '../../app/jury/entities/council.entity';
import { RoundEntry } from '../../app/jury/entities/round-entry.entity';
import { Round } from '../../app/jury/entities/round.entity';
import { JudgingEntry } from '../../app/judging/entities/judging-entry.entity';
import { JudgingFile } from '../../app/judging/entities/judging-file.entity';
import { AuditEntry } from '../../app/audit/entities/audit-entry.entity';
import { Sheet } from '../../app/judging/entities/sheet.entity';
import { PrizeDecision } from '../../app/results/entities/prize-decision.entity';
import { CollectivePrize } from '../../app/results/entities/collective-prize.entity';
import { Complaint } from '../../app/complaints/entities/complaint.entity';
import { AwardMember } from '../../app/members/entities/award-member.entity';
import { User } from '../../app/users/entities/user.entity';
import { MailMessage } from '../mail/mail-message.entity';

/** Listed explicitly: the API is bundled by webpack, so entity globs would find nothing. */
export const ENTITIES = [
  User,
  Session,
  LoginAttempt,
  LoginAddressAttempt,
  LoginLockNotice,
  PendingRegistration,
  Invitation,
  Award,
  Category,
  AwardMember,
  MailMessage,
  Batch,
  Entry,
  EntryPart,
  EntryAuthor,
  EntryFile,
  ScreeningDecisionRecord,
  Round,
  RoundEntry,
  Panel,
  Council,
  Assignment,
  JudgingEntry,
  JudgingFile,
  AuditEntry,
  Sheet,
  PrizeDecision,
  CollectivePrize,
  Complaint,
];
