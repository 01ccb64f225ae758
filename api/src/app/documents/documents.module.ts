import { Module, type OnModuleInit } from '@nestjs/common';
import { AwardAccessService } from '../auth/award-access.service';
import { JuryModule } from '../jury/jury.module';
import { ResultsModule } from '../results/results.module';
import { DocumentsController } from './documents.controller';
import { DocumentSources } from './document-sources';
import { DocumentsService } from './documents.service';
import { RegistrationFormService } from './registration-form.service';

@Module({
  imports: [ResultsModule, JuryModule],
  controllers: [DocumentsController],
  providers: [RegistrationFormService, DocumentsService, DocumentSources],
  exports: [DocumentsService],
})
export class DocumentsModule implements OnModuleInit {
  constructor(
    private readonly access: AwardAccessService,
    private readonly documents: DocumentsService,
  ) {}

  /** Routes under /documents/:documentId are checked against the document's award. */
  onModuleInit(): void {
    this.access.registerResolver('documentId', (documentId) =>
      this.documents.awardOfDocument(documentId),
    );
  }
}
