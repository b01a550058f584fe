import { collect } from '../parse/collect';
import { isObject, type FormatReader } from '../parse/draft';

/**
 * Any other JSON object or array: `{ error | code | reason | message | errors | err_code | err_msg
 * | detail | title | type | status }`, string or nested errors, plans, links and quota figures,
 * all read by the common walk.
 */
export const readCommonJson: FormatReader = (ctx) =>
  isObject(ctx.data) ? { ...collect([ctx.data], ctx.clock), format: 'json' } : undefined;
