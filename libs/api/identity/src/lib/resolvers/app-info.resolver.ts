import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '@koko/api/core/auth';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { AppInfo } from '../dto/models';

@Resolver()
export class AppInfoResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Query(() => AppInfo, { name: 'appInfo' })
  getAppInfo(): AppInfo {
    return {
      devMail: this.config.mail.transport === 'capture' && !this.config.isProduction, defaultLocale: this.config.defaultLocale,
      version: '0.1.0',
      uploadMaxBytes: this.config.uploads.maxBytes,
      uploadMaxFiles: this.config.uploads.maxFiles,
    };
  }
}
