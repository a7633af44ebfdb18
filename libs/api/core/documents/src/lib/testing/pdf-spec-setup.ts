import { createHash } from 'node:crypto';

/** Rendering a PDF and reading it back (in a child process) takes seconds on a loaded machine. */
export const PDF_SPEC_TIMEOUT_MS = 60_000;

/** The SHA-256 of a rendered PDF (hex): renders are compared byte for byte. */
export const sha256Hex = (data: Buffer): string => createHash('sha256').update(data).digest('hex');
