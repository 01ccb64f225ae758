import { Foundation1795685701762 } from './1795685701762-Foundation';
import { Entries1795687882774 } from './1795687882774-Entries';
import { Screening1795688693929 } from './1795688693929-Screening';
import { Jury1795689110186 } from './1795689110186-Jury';
import { JudgingReadModel1795689443085 } from './1795689443085-JudgingReadModel';
import { JobQueue1795689600000 } from './1795689600000-JobQueue';
import { AuditLog1795689917312 } from './1795689917312-AuditLog';
import { Sheets1795690562392 } from './1795690562392-Sheets';
import { Prizes1795692130681 } from './1795692130681-Prizes';
import { ResultsAftercare1795693812954 } from './1795693812954-ResultsAftercare';
import { ResultsSnapshotHash1795697184997 } from './1795697184997-ResultsSnapshotHash';
import { RoundDisagreement1795697510224 } from './1795697510224-RoundDisagreement';
import { SignInPerAddress1796397942228 } from './1796397942228-SignInPerAddress';
import { TopicPrizeConditionsAndPlace1796402318464 } from './1796402318464-TopicPrizeConditionsAndPlace';
import { EntryLanguageCodes1796500000700 } from './1796500000700-EntryLanguageCodes';
import { PublicCacheNotify1796600000000 } from './1796600000000-PublicCacheNotify';
import { VerificationPackages1796700000000 } from './1796700000000-VerificationPackages';
import { AgencySubmissions1796800000000 } from './1796800000000-AgencySubmissions';
import { CollectivePrizes1796800000100 } from './1796800000100-CollectivePrizes';
import { VerificationAccess1796800000150 } from './1796800000150-VerificationAccess';
import { Councils1796800000200 } from './1796800000200-Councils';
import { GeneratedDocuments1796800000300 } from './1796800000300-GeneratedDocuments';
import { PrizeApprovals1796800000400 } from './1796800000400-PrizeApprovals';

/** Every migration, oldest first. Listed explicitly because the API is bundled by webpack. */
export const MIGRATIONS: Function[] = [
  Foundation1795685701762,
  Entries1795687882774,
  Screening1795688693929,
  Jury1795689110186,
  JudgingReadModel1795689443085,
  JobQueue1795689600000,
  AuditLog1795689917312,
  Sheets1795690562392,
  Prizes1795692130681,
  ResultsAftercare1795693812954,
  ResultsSnapshotHash1795697184997,
  RoundDisagreement1795697510224,
  SignInPerAddress1796397942228,
  TopicPrizeConditionsAndPlace1796402318464,
  EntryLanguageCodes1796500000700,
  PublicCacheNotify1796600000000,
  VerificationPackages1796700000000,
  AgencySubmissions1796800000000,
  CollectivePrizes1796800000100,
  VerificationAccess1796800000150,
  Councils1796800000200,
  GeneratedDocuments1796800000300,
  PrizeApprovals1796800000400,
];
