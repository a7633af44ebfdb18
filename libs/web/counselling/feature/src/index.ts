export * from './lib/my-counselling-page';
export * from './lib/request-counselling-page';
export * from './lib/counselling-inbox-page';
export * from './lib/counselling-request-page';
