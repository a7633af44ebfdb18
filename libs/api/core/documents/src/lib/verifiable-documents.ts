import { Injectable, Module } from '@nestjs/common';
import { registerEnumType } from '@nestjs/graphql';

/** What kind of document a public verification found. */
export enum VerifiedDocumentKind {
  CERTIFICATE = 'certificate',
  /** A short format's Teilnahmebescheinigung (events library). */
  ATTENDANCE_CONFIRMATION = 'attendance_confirmation',
}
registerEnumType(VerifiedDocumentKind, { name: 'VerifiedDocumentKind' });

/** What anyone may learn about a document issued here by another domain (such documents are never revoked). */
export interface ForeignDocumentView {
  kind: VerifiedDocumentKind;
  number: string;
  printedName: string;
  programmeTitle: string;
  /** YYYY-MM-DD */
  issuedOn: string;
  verificationCode: string;
  /** The event the document is about (attendance confirmations). */
  eventTitle: string | null;
  /** YYYY-MM-DD, Berlin time. */
  eventDate: string | null;
}

/**
 * A domain whose documents /verify checks besides certificates. Each lookup answers null when the
 * document is unknown; the caller throttles and checks the surname.
 */
export interface VerifiableDocumentSource {
  /** The numbers of this series, normalised (trimmed, upper case). */
  numberPattern: RegExp;
  byCode(code: string): Promise<ForeignDocumentView | null>;
  byNumber(number: string): Promise<ForeignDocumentView | null>;
  bySha256(sha256: string): Promise<ForeignDocumentView | null>;
}

/**
 * Where domains register their documents for the public verification (/verify, run by the
 * certificates library), so neither imports the other: the short formats' Teilnahmebescheinigung
 * registers here, certificates asks every registered source after its own table.
 */
@Injectable()
export class VerifiableDocuments {
  private readonly sources: VerifiableDocumentSource[] = [];

  register(source: VerifiableDocumentSource): void {
    this.sources.push(source);
  }

  get all(): readonly VerifiableDocumentSource[] {
    return this.sources;
  }
}

/** Import it where documents are registered or verified; one registry per application. */
@Module({ providers: [VerifiableDocuments], exports: [VerifiableDocuments] })
export class VerifiableDocumentsModule {}
