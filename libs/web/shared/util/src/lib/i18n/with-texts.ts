import { inject } from '@angular/core';
import type { TextArea } from './area-texts';
import { I18nService } from './i18n.service';

/**
 * A route's `loadComponent` that also loads the texts of the areas its page shows, side by side
 * with the page's code, so the page renders with its texts from the start.
 */
export function withTexts<T>(areas: readonly TextArea[], load: () => Promise<T>): () => Promise<T> {
  return () => {
    const texts = inject(I18nService).loadAreas(areas);
    return Promise.all([load(), texts]).then(([loaded]) => loaded);
  };
}
