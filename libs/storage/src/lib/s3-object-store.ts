import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { OnModuleDestroy } from '@nestjs/common';
import type { FilesConfig } from '@alianza/api-core';
import { Readable } from 'node:stream';
import { documentNotFound, ObjectStore } from './object-store';

export type S3StorageConfig = Extract<FilesConfig['storage'], { kind: 's3' }>;

/** The smallest part S3 takes in a multipart upload (the last part excepted). */
const PART_BYTES = 5 * 1024 * 1024;

/**
 * The AWS SDK warns once, on the first client, that its releases after January 2027 need
 * Node 22 (aws/aws-sdk-js-v3#7983): the API runs on Node 20 knowingly (README), so the warning
 * is turned off the way the SDK documents, unless the operator set the variable themselves.
 */
function quietNodeVersionWarning(): void {
  process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
}

/**
 * Objects in an S3-compatible bucket (`FILES_STORAGE=s3`). Writes stream through a multipart
 * upload (`@aws-sdk/lib-storage`, one 5 MiB part in flight, or a single PUT for a small object);
 * a failed write is aborted, so no object and no stray parts stay behind.
 */
export class S3ObjectStore implements ObjectStore, OnModuleDestroy {
  readonly client: S3Client;
  private readonly bucket: string;

  constructor(config: S3StorageConfig) {
    quietNodeVersionWarning();
    this.bucket = config.bucket;
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      credentials:
        config.accessKeyId && config.secretAccessKey
          ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
          : undefined,
    });
  }

  async put(key: string, content: Readable): Promise<void> {
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: content },
      partSize: PART_BYTES,
      queueSize: 1,
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (error) {
      content.destroy();
      await upload.abort().catch(() => undefined);
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    try {
      const object = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key }),
      );
      return object.Body as Readable;
    } catch (error) {
      if (
        error instanceof NoSuchKey ||
        (error instanceof S3ServiceException && error.name === 'NoSuchKey')
      )
        throw documentNotFound();
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  /** Closes the client's connections (Nest calls it at shutdown). */
  onModuleDestroy(): void {
    this.client.destroy();
  }
}
