export * from './lib/auth-user';
export * from './lib/decorators';
export * from './lib/session-token.service';
export * from './lib/auth.guard';
export * from './lib/auth.module';
