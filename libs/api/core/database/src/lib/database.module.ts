import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@koko/api/core/config';
import { dataSourceOptions } from './data-source-options';
import { AppTypeOrmLogger } from './typeorm-logger';

/** Connects TypeORM to the configured PostgreSQL. Domains register their entities with forFeature. */
@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig, url: string): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(url, { extra: { options: '-c timezone=UTC', max: config.database.poolSize } }),
          autoLoadEntities: true,
          logging: true,
          logger: new AppTypeOrmLogger(config.database.logQueries),
        }),
      ],
    };
  }
}
