import { collect } from '../parse/collect';
import { isRecord, str, type FormatReader } from '../parse/draft';

/**
 * RFC 9457 `application/problem+json` (also when served as plain JSON, and Replicate's variant
 * without `type`). The type URI is classified by its last segment (`…#quota-exceeded`,
 * `…/out-of-credit`); `violated-policies` picks the RateLimit policy.
 */
export const readProblem: FormatReader = (ctx) => {
  // Its members `type`, `title` and `detail`; extension members are read by the common walk.
  if (!isRecord(ctx.data)) return undefined;
  const type = str(ctx.data, 'type');
  const title = str(ctx.data, 'title');
  const detail = str(ctx.data, 'detail');
  const typed = !!type && /^[a-z][\w+.-]*:|^\//i.test(type) && (title ?? detail) !== undefined;
  const declared = /problem\+json/i.test(ctx.header('content-type') ?? '');
  if (!declared && !typed && !(title !== undefined && detail !== undefined)) return undefined;
  return { ...collect([ctx.data], ctx.clock), format: 'problem+json' };
};
