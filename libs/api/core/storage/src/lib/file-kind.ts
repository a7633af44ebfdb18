/** The file types the portal accepts, named by what they are, not by an extension. */
export enum FileKind {
  PDF = 'PDF',
  DOCX = 'DOCX',
  ODT = 'ODT',
  PNG = 'PNG',
  JPEG = 'JPEG',
}

export interface FileKindInfo {
  /** The Content-Type served for this kind: always the detected one, never the browser's claim. */
  contentType: string;
  extension: string;
  /** Shown to people in lists of allowed types. */
  label: string;
  /** Browsers can show it inline (PDF viewer, <img>); everything else is a download. */
  previewable: boolean;
}

export const FILE_KINDS: Readonly<Record<FileKind, FileKindInfo>> = {
  [FileKind.PDF]: { contentType: 'application/pdf', extension: 'pdf', label: 'PDF', previewable: true },
  [FileKind.DOCX]: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
    label: 'DOCX',
    previewable: false,
  },
  [FileKind.ODT]: { contentType: 'application/vnd.oasis.opendocument.text', extension: 'odt', label: 'ODT', previewable: false },
  [FileKind.PNG]: { contentType: 'image/png', extension: 'png', label: 'PNG', previewable: true },
  [FileKind.JPEG]: { contentType: 'image/jpeg', extension: 'jpg', label: 'JPEG', previewable: true },
};

/** Every kind, in the order they are listed to people. */
export const ALL_FILE_KINDS: readonly FileKind[] = [FileKind.PDF, FileKind.DOCX, FileKind.ODT, FileKind.PNG, FileKind.JPEG];
