import { DynamicModule, Global, Module, ModuleMetadata, Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig } from '@koko/api/core/config';
import { SessionAuthGuard } from './auth.guard';
import { SessionTokenService } from './session-token.service';

/** Signs and sets the session cookie; available everywhere (sign-in lives in the identity domain). */
@Global()
@Module({})
export class SessionTokenModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: SessionTokenModule,
      imports: [JwtModule.register({ secret: config.auth.jwtSecret, signOptions: { algorithm: 'HS256' } })],
      providers: [SessionTokenService],
      exports: [SessionTokenService],
    };
  }
}

/**
 * Authentication for the whole API: a global guard over every operation. The session store
 * (session rows) comes from the identity domain, passed in by the app that composes both.
 */
@Module({})
export class AuthModule {
  static forRoot(store: { imports: ModuleMetadata['imports']; sessionStore: Provider }): DynamicModule {
    return {
      module: AuthModule,
      imports: [...(store.imports ?? [])],
      providers: [store.sessionStore, { provide: APP_GUARD, useClass: SessionAuthGuard }],
    };
  }
}
