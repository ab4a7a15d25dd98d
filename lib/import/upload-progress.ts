// The import form's upload bar: how far the file has gone, as a whole percent the bar
// and its text share. Pure (the XMLHttpRequest around it lives in the form).

/** 0..100; null when the browser cannot tell the total (the bar then just spins). */
export function uploadPercent(loaded: number, total: number | null): number | null {
  if (total === null || !Number.isFinite(total) || total <= 0) return null;
  // floor, so the bar shows 100 only once every byte has left
  return Math.min(100, Math.max(0, Math.floor((loaded / total) * 100)));
}

/** "1.2 MB"-style size of the part sent, for the text beside the bar. */
export function byteSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
