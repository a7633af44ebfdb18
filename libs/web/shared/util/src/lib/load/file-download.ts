/** Offers an export as a download: text (a CSV with its BOM) or base64 (an XLSX workbook). */
export function downloadExportFile(document: Document, file: { filename: string; content: string; base64?: boolean; contentType?: string }): void {
  if (!file.base64) {
    downloadTextFile(document, file.filename, file.content, file.contentType ?? 'text/csv;charset=utf-8');
    return;
  }
  const binary = atob(file.content);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  downloadBlob(document, file.filename, new Blob([bytes], { type: file.contentType ?? 'application/octet-stream' }));
}

/** Offers text (e.g. a CSV export that already starts with its BOM) as a file download. */
export function downloadTextFile(document: Document, filename: string, content: string, type: string): void {
  downloadBlob(document, filename, new Blob([content], { type }));
}

function downloadBlob(document: Document, filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
