/**
 * `meta: { paymentRequired: false }` on a query or mutation opts it out: its 402s are left to
 * the app's own code (no incident, normal retry rules).
 */
export const OPT_OUT_META_KEY = 'paymentRequired';

/** Whether a query's or mutation's `meta` opts it out of 402 handling. */
export function isOptedOut(meta: Record<string, unknown> | undefined): boolean {
  return meta?.[OPT_OUT_META_KEY] === false;
}
