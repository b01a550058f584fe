// The caps on what a server can make the parser do, in a module of their own so that code which
// only reports them (the package entries) does not import the parser's helpers.

/**
 * Longest body text (in UTF-16 units, ≈64 KiB) that is ever JSON-parsed or scanned by a regex.
 * Billing errors are a few hundred bytes; anything past this is cut before any work is done, so
 * a hostile multi-megabyte body costs one `slice`.
 */
export const MAX_BODY_CHARS = 65_536;

/** Latest time accepted, relative to now: 366 days. Later times are clamped to it. */
export const MAX_FUTURE_MS = 366 * 86_400_000;
