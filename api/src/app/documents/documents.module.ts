import { Module } from '@nestjs/common';
import { ResultsModule } from '../results/results.module';
import { DocumentsController } from './documents.controller';
import { RegistrationFormService } from './registration-form.service';

@Module({
  imports: [ResultsModule],
  controllers: [DocumentsController],
  providers: [RegistrationFormService],
})
export class DocumentsModule {}
