export * from './lib/counselling.service';
