import { inject, Injectable } from '@angular/core';
import { type Locale, type SaveContentPageInput } from '@koko/web/shared/data-access-graphql';
import {
  ContentPageHistoryDocument,
  type ContentPageFieldsFragment,
  ContentPagesDocument,
  type ContentPagesQuery,
  PublicPageDocument,
  SaveContentPageDocument,
  StartPageDocument,
  type StartPageQuery,
} from '@koko/web/shared/data-access-graphql/content';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export type ContentPage = ContentPageFieldsFragment;
export type ContentPageOverview = ContentPagesQuery['contentPages'][number];
export type StartPageData = StartPageQuery;
export type { Locale, SaveContentPageInput };

function dataOf<T>(result: { data?: T | null; error?: unknown }): T {
  if (!result.data) throw result.error ?? new Error('Empty API response');
  return result.data;
}

/** Public pages (read by anyone) and their editing (admins). Locales are the API's enum values. */
@Injectable({ providedIn: 'root' })
export class ContentPagesService {
  private readonly apollo = inject(Apollo);

  async page(slug: string, locale: Locale): Promise<ContentPage> {
    const result = await firstValueFrom(this.apollo.query({ query: PublicPageDocument, variables: { slug, locale }, fetchPolicy: 'network-only' }));
    return dataOf(result).publicPage;
  }

  async startPage(locale: Locale): Promise<StartPageData> {
    const result = await firstValueFrom(this.apollo.query({ query: StartPageDocument, variables: { locale }, fetchPolicy: 'network-only' }));
    return dataOf(result);
  }

  async overview(): Promise<ContentPageOverview[]> {
    const result = await firstValueFrom(this.apollo.query({ query: ContentPagesDocument, fetchPolicy: 'network-only' }));
    return dataOf(result).contentPages;
  }

  async history(slug: string, locale: Locale): Promise<ContentPage[]> {
    const result = await firstValueFrom(this.apollo.query({ query: ContentPageHistoryDocument, variables: { slug, locale }, fetchPolicy: 'network-only' }));
    return dataOf(result).contentPageHistory;
  }

  async save(input: SaveContentPageInput): Promise<ContentPage> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: SaveContentPageDocument, variables: { input } }));
    return dataOf(result).saveContentPage;
  }
}
