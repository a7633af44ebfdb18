export * from './lib/accompaniment.service';
