import { Module } from '@nestjs/common';
import { EntriesController } from './entries.controller';
import { EntriesService } from './entries.service';
import { EntryFilesController } from './files/entry-files.controller';
import { EntryFilesService } from './files/entry-files.service';

@Module({
  controllers: [EntriesController, EntryFilesController],
  providers: [EntriesService, EntryFilesService],
  exports: [EntriesService, EntryFilesService],
})
export class EntriesModule {}
