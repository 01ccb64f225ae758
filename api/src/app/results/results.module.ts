import { Module } from '@nestjs/common';
import { CertificateService } from './certificate.service';
import { ResultsExportService } from './results-export.service';
import { ResultsController } from './results.controller';
import { ResultsService } from './results.service';

@Module({
  controllers: [ResultsController],
  providers: [ResultsService, ResultsExportService, CertificateService],
  exports: [ResultsService],
})
export class ResultsModule {}
