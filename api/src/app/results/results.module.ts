import { Module } from '@nestjs/common';
import { CertificateService } from './certificate.service';
import { PdfRenderPool } from './pdf/pdf-render-pool';
import { ResultsExportService } from './results-export.service';
import { ResultsController } from './results.controller';
import { ResultsService } from './results.service';

@Module({
  controllers: [ResultsController],
  providers: [ResultsService, ResultsExportService, CertificateService, PdfRenderPool],
  exports: [ResultsService, PdfRenderPool],
})
export class ResultsModule {}
