/**
 * The file name a server gave in `Content-Disposition`: the RFC 5987 `filename*` (UTF-8, so a
 * Vietnamese name survives) wins over the plain `filename`; only the last path segment is kept.
 */
export function fileNameFromDisposition(
  header: string | null | undefined,
  fallback: string,
): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  let name: string | null = null;
  if (extended?.[2]) {
    try {
      name = decodeURIComponent(extended[2].trim().replace(/^"|"$/g, ''));
    } catch {
      name = null;
    }
  }
  if (!name) {
    const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header);
    name = (plain?.[2] ?? plain?.[1] ?? '').trim() || null;
  }
  const base = name?.split(/[\\/]/).pop()?.trim();
  return base ? base : fallback;
}

/** Hands a downloaded Blob to the browser as a file, the way a link with `download` would. */
export function saveBlob(document: Document, blob: Blob, fileName: string): void {
  const view = document.defaultView;
  if (!view) return;
  const url = view.URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute later is always safe.
  view.setTimeout(() => view.URL.revokeObjectURL(url), 60_000);
}
