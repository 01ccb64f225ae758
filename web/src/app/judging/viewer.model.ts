/** How the browser shows a file of the work. */
export type ViewerKind = 'pdf' | 'image' | 'audio' | 'video' | 'other';

export function viewerKind(mimeType: string): ViewerKind {
  const type = mimeType.toLowerCase();
  if (type === 'application/pdf') return 'pdf';
  // TIFF scans have no viewer in most browsers: offered as a download.
  if (type.startsWith('image/') && type !== 'image/tiff') return 'image';
  if (type.startsWith('audio/')) return 'audio';
  if (type.startsWith('video/')) return 'video';
  return 'other';
}

export const ZOOM_DEFAULT = 1;
export const ZOOM_LEVELS = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4] as const;

/** The next zoom level up or down (1 = fit the frame). */
export function zoomBy(level: number, direction: 1 | -1): number {
  if (direction > 0)
    return (
      ZOOM_LEVELS.find((candidate) => candidate > level + 1e-9) ??
      ZOOM_LEVELS[ZOOM_LEVELS.length - 1] ??
      level
    );
  return (
    [...ZOOM_LEVELS].reverse().find((candidate) => candidate < level - 1e-9) ??
    ZOOM_LEVELS[0] ??
    level
  );
}
