import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@koko/api/core/config';
import { FILE_STORAGE } from './file-storage';
import { LocalFolderStorage } from './local-folder-storage';
import { S3Storage } from './s3-storage';

/**
 * Provides `FILE_STORAGE` everywhere (registered once, in the app module): a local folder
 * (`STORAGE_DIR`, created at start, refused inside `WEB_DIST_DIR`; the default) or an S3-compatible
 * bucket (`STORAGE_DRIVER=s3`, checked at start: a bucket that cannot be reached stops the start
 * with one clear error). Nothing else changes with the driver.
 */
@Module({})
export class StorageModule {
  static forRoot(config: Pick<AppConfig, 'storage' | 'webDistDir'>): DynamicModule {
    return {
      module: StorageModule,
      global: true,
      providers: [
        {
          provide: FILE_STORAGE,
          useFactory: () =>
            config.storage.s3 ? S3Storage.open(config.storage.s3) : LocalFolderStorage.open({ root: config.storage.dir, servedDirs: [config.webDistDir] }),
        },
      ],
      exports: [FILE_STORAGE],
    };
  }
}
