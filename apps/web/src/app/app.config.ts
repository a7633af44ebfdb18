import {
  type ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS } from '@angular/material/form-field';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { provideRouter, TitleStrategy, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { provideGraphql } from '@koko/web/shared/data-access-graphql';
import { provideKokoDates, TranslatedPaginatorIntl } from '@koko/web/shared/ui';
import { I18nService, TranslatedTitleStrategy } from '@koko/web/shared/util';
import { appRoutes } from './app.routes';
import { registerIcons } from './icons';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'top' })),
    provideGraphql(),
    { provide: TitleStrategy, useExisting: TranslatedTitleStrategy },
    { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl },
    // Date and time fields: Material pickers in the UI language (dd.MM.yyyy, 24 h), never the browser's own controls.
    provideKokoDates(),
    { provide: MAT_FORM_FIELD_DEFAULT_OPTIONS, useValue: { appearance: 'outline', subscriptSizing: 'dynamic' } },
    provideAppInitializer(() => {
      // Sets <html lang> from the stored language before the first render.
      inject(I18nService);
      registerIcons();
    }),
  ],
};
