import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { GqlContextType } from '@nestjs/graphql';
import { DomainException, localeOf, Messages, requestLocale, translatedError } from '@koko/api/core/graphql';
import { Locale } from '@koko/shared';
import type { Request, Response } from 'express';
import { FILE_KINDS, FileKind } from './file-kind';

export enum UploadErrorCode {
  FILE_TOO_LARGE = 'FILE_TOO_LARGE',
  FILE_TYPE_NOT_ALLOWED = 'FILE_TYPE_NOT_ALLOWED',
  FILE_MISSING = 'FILE_MISSING',
  TOO_MANY_FILES = 'TOO_MANY_FILES',
  /** The client stopped sending, or sent a broken multipart body. */
  UPLOAD_INCOMPLETE = 'UPLOAD_INCOMPLETE',
}

/** A refused upload. Nothing was stored when this is thrown. */
export class UploadException extends DomainException<UploadErrorCode> {
  constructor(code: UploadErrorCode, params: Record<string, string | number> = {}) {
    super(code, params);
  }

  static tooLarge(maxBytes: number): UploadException {
    return new UploadException(UploadErrorCode.FILE_TOO_LARGE, { maxBytes });
  }

  static typeNotAllowed(allowed: readonly FileKind[]): UploadException {
    return new UploadException(UploadErrorCode.FILE_TYPE_NOT_ALLOWED, { allowed: allowed.map((k) => FILE_KINDS[k].label).join(', ') });
  }

  static missing(): UploadException {
    return new UploadException(UploadErrorCode.FILE_MISSING);
  }

  /** `max` is the limit that was hit: 1 for one request, `UPLOAD_MAX_FILES` for an attempt. */
  static tooManyFiles(max: number): UploadException {
    return new UploadException(UploadErrorCode.TOO_MANY_FILES, { max });
  }

  static incomplete(): UploadException {
    return new UploadException(UploadErrorCode.UPLOAD_INCOMPLETE);
  }
}

const HTTP_STATUS: Record<UploadErrorCode, number> = {
  [UploadErrorCode.FILE_TOO_LARGE]: 413,
  [UploadErrorCode.FILE_TYPE_NOT_ALLOWED]: 415,
  [UploadErrorCode.FILE_MISSING]: 400,
  [UploadErrorCode.TOO_MANY_FILES]: 400,
  [UploadErrorCode.UPLOAD_INCOMPLETE]: 400,
};

function messagesFor(exception: UploadException): Messages {
  switch (exception.code) {
    case UploadErrorCode.FILE_TOO_LARGE:
      return { de: 'Die Datei ist zu groß: höchstens {max} MB sind möglich.', en: 'The file is too large: at most {max} MB are allowed.' };
    case UploadErrorCode.FILE_TYPE_NOT_ALLOWED:
      return {
        de: 'Dieser Dateityp ist nicht erlaubt. Erlaubt sind: {allowed}. Maßgeblich ist der Inhalt der Datei, nicht ihre Endung.',
        en: 'This file type is not allowed. Allowed are: {allowed}. What counts is the content of the file, not its extension.',
      };
    case UploadErrorCode.FILE_MISSING:
      return { de: 'Es ist keine Datei angekommen, oder sie ist leer. Bitte wählen Sie eine Datei aus.', en: 'No file arrived, or it is empty. Please choose a file.' };
    case UploadErrorCode.TOO_MANY_FILES:
      return exception.params['max'] === 1
        ? { de: 'Bitte laden Sie die Dateien einzeln hoch.', en: 'Please upload one file at a time.' }
        : { de: 'Es sind höchstens {max} Dateien möglich.', en: 'At most {max} files are allowed.' };
    case UploadErrorCode.UPLOAD_INCOMPLETE:
      return { de: 'Die Übertragung der Datei ist abgebrochen. Bitte versuchen Sie es erneut.', en: 'The file transfer was interrupted. Please try again.' };
  }
}

/** Parameters as shown in the given language (sizes in MB with that language's decimal mark). */
function paramsFor(exception: UploadException, locale: Locale): Record<string, string | number> {
  const { maxBytes, ...rest } = exception.params;
  if (typeof maxBytes !== 'number') return rest;
  const max = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(maxBytes / (1024 * 1024));
  return { ...rest, max };
}

function interpolate(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

/** The REST answer to a refused upload: a status (413, 415 or 400) and `{ code, message }` in the caller's language. */
export function uploadErrorResponse(exception: UploadException, locale: Locale): { status: number; body: { code: UploadErrorCode; message: string } } {
  return {
    status: HTTP_STATUS[exception.code],
    body: { code: exception.code, message: interpolate(messagesFor(exception)[locale], paramsFor(exception, locale)) },
  };
}

/**
 * Answers refused uploads: JSON `{ code, message }` with 413/415/400 over REST, a translated
 * GraphQL error with `extensions.code` in a resolver. Put it on the upload controller with
 * `@UseFilters(UploadExceptionFilter)`.
 */
@Catch(UploadException)
export class UploadExceptionFilter implements ExceptionFilter {
  catch(exception: UploadException, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() === 'graphql') {
      const locale = localeOf(host);
      return translatedError(exception.code, messagesFor(exception), locale, paramsFor(exception, locale));
    }
    const http = host.switchToHttp();
    const { status, body } = uploadErrorResponse(exception, requestLocale(http.getRequest<Request>()));
    const res = http.getResponse<Response>();
    if (!res.headersSent) res.status(status).json(body);
    return undefined;
  }
}
