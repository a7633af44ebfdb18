import { parentPort, type MessagePort } from 'node:worker_threads';
import type { CertificateDocumentData } from './certificate-document-data';
import { renderCertificate } from './render-certificate';

/** A certificate to render, sent to a rendering thread. */
export interface RenderRequest {
  id: number;
  data: CertificateDocumentData;
}

/** The rendered PDF or why it failed, sent back. */
export type RenderReply = { id: number; pdf: Uint8Array } | { id: number; error: string };

/**
 * The body of a rendering thread: renders each certificate it receives with `renderCertificate` (fonts
 * parsed once per thread) and answers with the bytes. Structured cloning keeps the dates; a signature
 * image arrives as a Uint8Array and becomes a Buffer again for pdfkit, so the bytes equal an in-process render.
 */
export function serveCertificateRendering(port: MessagePort | null = parentPort): void {
  if (!port) throw new Error('serveCertificateRendering runs in a worker thread');
  port.on('message', (request: RenderRequest) => {
    const data: CertificateDocumentData = {
      ...request.data,
      signatories: request.data.signatories.map((s) => (s.signaturePng ? { ...s, signaturePng: Buffer.from(s.signaturePng) } : s)),
    };
    renderCertificate(data).then(
      (pdf) => port.postMessage({ id: request.id, pdf } satisfies RenderReply),
      (error: unknown) => port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies RenderReply),
    );
  });
}
