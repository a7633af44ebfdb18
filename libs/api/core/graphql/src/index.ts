export * from './lib/domain.exception';
export * from './lib/graphql-error';
export * from './lib/common-messages';
export * from './lib/framework-exception.filter';
export * from './lib/paginated';
export * from './lib/request-locale';
export * from './lib/graphql.module';
