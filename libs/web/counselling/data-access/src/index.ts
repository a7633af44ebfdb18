export * from './lib/counselling.service';
export * from './lib/counselling-file-uploader';
