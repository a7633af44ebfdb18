import { DomainException, Messages, registerDomainErrors } from '@koko/api/core/graphql';

export enum ContentErrorCode {
  PAGE_NOT_FOUND = 'CONTENT_PAGE_NOT_FOUND',
  PAGE_CHANGED = 'CONTENT_PAGE_CHANGED',
  TOO_MANY_REPORTS = 'TOO_MANY_REPORTS',
  REPORT_NOT_FOUND = 'BARRIER_REPORT_NOT_FOUND',
}

export class ContentException extends DomainException<ContentErrorCode> {
  constructor(code: ContentErrorCode, params: Record<string, string | number> = {}) {
    super(code, params);
  }
}

function messagesFor(code: ContentErrorCode): Messages {
  switch (code) {
    case ContentErrorCode.PAGE_NOT_FOUND:
      return { de: 'Diese Seite gibt es nicht.', en: 'This page does not exist.' };
    case ContentErrorCode.TOO_MANY_REPORTS:
      return {
        de: 'Von Ihrem Anschluss kamen in der letzten Stunde schon mehrere Meldungen. Bitte versuchen Sie es später noch einmal oder schreiben Sie uns eine E-Mail.',
        en: 'Several reports have already come from your connection in the last hour. Please try again later or write us an e-mail.',
      };
    case ContentErrorCode.REPORT_NOT_FOUND:
      return { de: 'Diese Meldung gibt es nicht.', en: 'This report does not exist.' };
    case ContentErrorCode.PAGE_CHANGED:
      return {
        de: 'Jemand hat die Seite inzwischen geändert (jetzt Version {version}). Bitte laden Sie sie neu und übernehmen Sie Ihre Änderungen.',
        en: 'Someone changed the page in the meantime (now version {version}). Please reload it and apply your changes again.',
      };
  }
}

registerDomainErrors(ContentException, (e) => messagesFor(e.code));
