export * from './lib/my-kommune-section';
export * from './lib/kommune-path-page';
export * from './lib/accompaniment-overview-page';
