import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@koko/api/core/config';
import { FILE_STORAGE } from './file-storage';
import { LocalFolderStorage } from './local-folder-storage';

/**
 * Provides `FILE_STORAGE` everywhere (registered once, in the app module). Today a local folder
 * (`STORAGE_DIR`, created at start, refused inside `WEB_DIST_DIR`); an S3-compatible storage
 * would be chosen here by configuration and nothing else would change.
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
          useFactory: () => LocalFolderStorage.open({ root: config.storage.dir, servedDirs: [config.webDistDir] }),
        },
      ],
      exports: [FILE_STORAGE],
    };
  }
}
