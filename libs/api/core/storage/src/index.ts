export * from './lib/file-storage';
export * from './lib/storage-key';
export * from './lib/local-folder-storage';
export * from './lib/storage.module';
export * from './lib/file-kind';
export * from './lib/display-name';
export * from './lib/upload.exception';
export * from './lib/read-upload';
