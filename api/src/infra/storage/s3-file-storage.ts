import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { type Readable } from 'node:stream';
import {
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { FileStorage, type ByteRange } from './file-storage';

export interface S3StorageOptions {
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
}

/**
 * S3-compatible object storage. Committing streams the checked temp file up in 8 MiB parts
 * (lib-storage multipart), so memory stays flat whatever the file size.
 */
export class S3FileStorage extends FileStorage {
  readonly driver = 's3' as const;
  private readonly client: S3Client;
  private bucketReady?: Promise<void>;

  constructor(private readonly options: S3StorageOptions) {
    super();
    this.client = new S3Client({
      endpoint: options.endpoint,
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
      // Checksums only where S3 demands them: several S3-compatible servers store the aws-chunked
      // framing of streamed bodies as data when the SDK adds checksums by default.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  private ensureBucket(): Promise<void> {
    this.bucketReady ??= this.client
      .send(new HeadBucketCommand({ Bucket: this.options.bucket }))
      .then(
        () => undefined,
        async () => {
          await this.client.send(new CreateBucketCommand({ Bucket: this.options.bucket }));
        },
      )
      .catch((error: unknown) => {
        this.bucketReady = undefined;
        throw error;
      });
    return this.bucketReady;
  }

  async commit(tempPath: string, key: string, contentType: string): Promise<void> {
    await this.ensureBucket();
    try {
      await new Upload({
        client: this.client,
        params: {
          Bucket: this.options.bucket,
          Key: key,
          Body: createReadStream(tempPath),
          ContentType: contentType,
        },
        partSize: 8 * 1024 * 1024,
        queueSize: 2,
      }).done();
    } finally {
      await rm(tempPath, { force: true });
    }
  }

  async read(key: string, range?: ByteRange): Promise<Readable> {
    const response = await this.client.send(
      new GetObjectCommand({
        Bucket: this.options.bucket,
        Key: key,
        Range: range ? `bytes=${range.start}-${range.end}` : undefined,
      }),
    );
    return response.Body as Readable;
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: key }));
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.options.bucket, Key: key }));
      return true;
    } catch (error) {
      if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404)
        return false;
      throw error;
    }
  }

  destroy(): void {
    this.client.destroy();
  }

  /** Nest calls this on shutdown: the SDK keeps sockets open otherwise. */
  onModuleDestroy(): void {
    this.destroy();
  }
}
