import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { FileStorage } from './file-storage';
import { LocalFileStorage } from './local-file-storage';
import { S3FileStorage } from './s3-file-storage';

export function createFileStorage(config: AppConfig): FileStorage {
  if (config.STORAGE_DRIVER === 's3') {
    return new S3FileStorage({
      endpoint: config.S3_ENDPOINT,
      region: config.S3_REGION,
      bucket: config.S3_BUCKET,
      accessKeyId: config.S3_ACCESS_KEY_ID ?? '',
      secretAccessKey: config.S3_SECRET_ACCESS_KEY ?? '',
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
    });
  }
  return new LocalFileStorage(config.STORAGE_ROOT);
}

@Global()
@Module({
  providers: [{ provide: FileStorage, inject: [AppConfig], useFactory: createFileStorage }],
  exports: [FileStorage],
})
export class StorageModule {}
