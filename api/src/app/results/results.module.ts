import { Module } from '@nestjs/common';
import { CertificateService } from './certificate.service';
import { CollectivePrizesController } from './collective-prizes.controller';
import { CollectivePrizesService } from './collective-prizes.service';
import { PdfRenderPool } from './pdf/pdf-render-pool';
import { PrizeApprovalsController } from './prize-approvals.controller';
import { PrizeApprovalsService } from './prize-approvals.service';
import { ResultsExportService } from './results-export.service';
import { ResultsController } from './results.controller';
import { ResultsService } from './results.service';
import { VerificationAccessService } from './verification-access.service';

@Module({
  controllers: [ResultsController, CollectivePrizesController, PrizeApprovalsController],
  providers: [
    ResultsService,
    ResultsExportService,
    CertificateService,
    CollectivePrizesService,
    VerificationAccessService,
    PrizeApprovalsService,
    PdfRenderPool,
  ],
  exports: [ResultsService, CollectivePrizesService, PrizeApprovalsService, PdfRenderPool],
})
export class ResultsModule {}
