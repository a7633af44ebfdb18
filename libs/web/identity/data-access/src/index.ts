export * from './lib/session.store';
export * from './lib/guards';
export * from './lib/admin-users.service';
export * from './lib/invitation.service';
export * from './lib/my-data.service';
export type { Role, Locale } from '@koko/web/shared/data-access-graphql/core';
