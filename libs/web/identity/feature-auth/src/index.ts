export * from './lib/sign-in-page';
export * from './lib/forgot-password-page';
export * from './lib/set-password-page';
export * from './lib/accept-invitation-page';
