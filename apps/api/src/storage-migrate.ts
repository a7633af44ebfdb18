import { AppConfig } from '@koko/api/core/config';
import { FILE_STORAGE, LocalFolderStorage, migrateFolderToBucket, S3Storage, StorageMigrationReport, StoredFileRegistry } from '@koko/api/core/storage';
import { getDataSourceToken } from '@nestjs/typeorm';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from './bootstrap';

export class StorageMigrationRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StorageMigrationRefused';
  }
}

/**
 * `storage:migrate`: run with the settings the instances will use after the switch
 * (STORAGE_DRIVER=s3 and S3_*) while STORAGE_DIR still names the folder to copy from. The app is
 * built (its libraries report the SHA-256 they recorded) but serves nothing, runs no jobs and sends
 * no mail.
 */
export async function runStorageMigration(config: AppConfig, databaseUrl: string, log: (message: string) => void): Promise<StorageMigrationReport> {
  if (config.storage.driver !== 's3' || !config.storage.s3) {
    throw new StorageMigrationRefused(
      'storage:migrate copies the folder STORAGE_DIR into an S3 bucket: set STORAGE_DRIVER=s3 and the S3_* settings the instances will use, and keep STORAGE_DIR pointing at the folder',
    );
  }
  if (!existsSync(resolve(config.storage.dir))) throw new StorageMigrationRefused(`storage:migrate: the folder STORAGE_DIR=${config.storage.dir} does not exist`);
  const source = await LocalFolderStorage.open({ root: config.storage.dir, servedDirs: [config.webDistDir] });
  const app = await createApp({ ...config, jobs: { ...config.jobs, enabled: false }, mail: { ...config.mail, worker: false } }, databaseUrl);
  try {
    await app.init();
    const target = app.get<S3Storage>(FILE_STORAGE);
    const recorded = await app.get(StoredFileRegistry).recordedHashes(app.get<DataSource>(getDataSourceToken()));
    log(`Copying ${resolve(config.storage.dir)} into bucket "${target.bucket}" (${recorded.size} files have a recorded SHA-256) …`);
    return await migrateFolderToBucket(source, target, recorded, log);
  } finally {
    await app.close();
  }
}
