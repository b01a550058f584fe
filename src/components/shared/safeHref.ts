/**
 * The URL when it is safe as a link target (`https:`, `http:`, or relative), else `undefined`.
 * Server links are sanitized by the parser already; this guards links passed in by hand.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol } = new URL(url, 'https://relative.invalid');
    return protocol === 'https:' || protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}
