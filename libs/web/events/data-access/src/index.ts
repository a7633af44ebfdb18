export * from './lib/short-formats.service';
export * from './lib/short-format-labels';
export * from './lib/short-formats-admin.service';
