import * as z from 'zod/mini';
import { collect } from '../parse/collect';
import type { FormatReader } from '../parse/draft';
import { read, text } from '../parse/lenient';

/** RFC 9457 problem details; extension members are read by the common walk. Non-strict. */
export const problemSchema = z.object({ type: text, title: text, detail: text });

/**
 * RFC 9457 `application/problem+json` (also when served as plain JSON, and Replicate's variant
 * without `type`). The type URI is classified by its last segment (`…#quota-exceeded`,
 * `…/out-of-credit`); `violated-policies` picks the RateLimit policy.
 */
export const readProblem: FormatReader = (ctx) => {
  const p = Array.isArray(ctx.data) ? undefined : read(problemSchema, ctx.data);
  if (!p) return undefined;
  const typed = !!p.type && /^[a-z][\w+.-]*:|^\//i.test(p.type) && (p.title ?? p.detail) !== undefined;
  const declared = /problem\+json/i.test(ctx.header('content-type') ?? '');
  if (!declared && !typed && !(p.title !== undefined && p.detail !== undefined)) return undefined;
  return { ...collect([ctx.data], ctx.clock), format: 'problem+json' };
};
