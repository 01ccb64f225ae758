import { Module } from '@nestjs/common';
import { EntriesController } from './entries.controller';
import { EntriesService } from './entries.service';
import { EntryFilesController } from './files/entry-files.controller';
import { EntryFilesService } from './files/entry-files.service';
import { ResumableUploadsController } from './files/resumable-uploads.controller';
import { ResumableUploadsService } from './files/resumable-uploads.service';

@Module({
  controllers: [EntriesController, EntryFilesController, ResumableUploadsController],
  providers: [EntriesService, EntryFilesService, ResumableUploadsService],
  exports: [EntriesService, EntryFilesService],
})
export class EntriesModule {}
