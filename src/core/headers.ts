/** Reads one header by name, case-insensitively; repeated values are joined with `, `. */
export type HeaderGetter = (name: string) => string | undefined;

const text = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : Array.isArray(v) ? v.map(text).join(', ') : undefined;

/**
 * A case-insensitive reader over `Headers`, anything with a `get` method (AxiosHeaders, Map) or a
 * plain record whose values may be arrays. Never throws: a hostile object reads as no headers.
 */
export function headerReader(headers: unknown): HeaderGetter {
  // A Map, not an object: header names from a server never become property names.
  const lower = new Map<string, string>();
  let get: ((name: string) => unknown) | undefined;
  try {
    if (headers && typeof headers === 'object') {
      const g = (headers as { get?: unknown }).get;
      if (typeof g === 'function') get = (name) => g.call(headers, name);
      for (const key of Object.keys(headers).slice(0, 200)) {
        const v = text((headers as Record<string, unknown>)[key]);
        if (v !== undefined) lower.set(key.toLowerCase(), v);
      }
    }
  } catch {
    // Proxies and throwing getters: keep what was read.
  }
  return (name) => {
    try {
      const v = text(get?.(name));
      if (v) return v;
    } catch {
      // fall through to the plain record
    }
    return lower.get(name.toLowerCase());
  };
}

/** A real `Headers` copy of any accepted header form; entries the platform rejects are skipped. */
export function toHeaders(headers: unknown): Headers {
  if (headers instanceof Headers) return headers;
  const out = new Headers();
  try {
    const entries: Iterable<[string, unknown]> =
      headers instanceof Map ? headers.entries() : Object.entries((headers ?? {}) as object);
    for (const [k, v] of entries) {
      try {
        const t = text(v);
        if (t !== undefined) out.append(k, t);
      } catch {
        // invalid name or value
      }
    }
  } catch {
    // not iterable
  }
  return out;
}
