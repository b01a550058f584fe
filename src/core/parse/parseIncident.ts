import { readCommonJson, reportsFailure } from '../formats/commonJson';
import { readGraphql } from '../formats/graphql';
import { readProblem } from '../formats/problemJson';
import { readStripe } from '../formats/stripe';
import { readText } from '../formats/text';
import { readTrpc } from '../formats/trpc';
import { mayAskPerRequestPayment } from '../formats/perRequestSigns';
import { headerReader } from '../headers';
import { createClock } from '../time';
import type { PaymentRequiredIncident, PaymentRequiredInput } from '../types';
import { decodeBody } from './decode';
import type { Draft, FormatReader, ParseContext } from './draft';
import { classify } from './classify';
import { finalize } from './finalize';
import { DEFAULT_STATUSES, type CustomFormat, type ParseOptions } from './options';

// Body formats, most specific first; the last two read anything.
const BODIES: FormatReader[] = [readStripe, readGraphql, readTrpc, readProblem, readCommonJson, readText];

const first = (readers: readonly FormatReader[], ctx: ParseContext): Draft | undefined => {
  for (const read of readers) {
    const d = read(ctx);
    if (d) return d;
  }
  return undefined;
};

function custom(formats: readonly CustomFormat[] | undefined, ctx: ParseContext, input: PaymentRequiredInput): Draft | undefined {
  for (const f of Array.isArray(formats) ? formats : []) {
    try {
      // Through the schema's Standard Schema interface (every zod 4 schema, classic or mini, has
      // one), so the parser itself imports no zod. An async schema cannot decide synchronously: skipped.
      const result = f.schema['~standard'].validate(ctx.data !== undefined ? ctx.data : ctx.text);
      if (result instanceof Promise) {
        result.catch(() => {});
        continue;
      }
      const mapped = result.issues ? null : f.map(result.value, input);
      if (mapped) return { ...mapped, format: 'custom' };
    } catch {
      // a throwing schema or mapper is skipped like a non-matching one
    }
  }
  return undefined;
}

/**
 * `parsePaymentRequired` with the per-request payment readers passed in (`./protocolReaders`),
 * so that a caller can leave them out until a response needs them. Per-request payment protocols
 * live in headers (or beside an ordinary body): they decide the reason; the body then only adds
 * its message, links and codes. Without `protocols`, a response that shows a sign of one
 * (`mayAskPerRequestPayment`) gives `undefined`: parse it again with them.
 */
export function parseIncident(
  input: PaymentRequiredInput,
  options: ParseOptions,
  protocols: readonly FormatReader[] | undefined,
): PaymentRequiredIncident | null | undefined {
  let status: unknown;
  let body: unknown;
  try {
    ({ status, body } = input);
    const statuses = Array.isArray(options.statuses) ? options.statuses : DEFAULT_STATUSES;
    if (typeof status !== 'number' || !statuses.includes(status)) return null;
    const header = headerReader(input.headers);
    const now = options.now?.();
    const ctx: ParseContext = {
      status,
      header,
      ...decodeBody(body),
      url: typeof input.url === 'string' ? input.url : undefined,
      clock: createClock(typeof now === 'number' && Number.isFinite(now) ? now : Date.now(), header('date')),
    };
    let draft = custom(options.formats, ctx, input);
    if (!draft && status < 300) {
      // A successful response is a payment problem only if its body says so: GraphQL errors, a page
      // a hosting panel serves with 200 ("This account has been suspended"), or a JSON body that
      // reports a failure (`ok: false, error: "paid_only"`, `resultCode: "Refused"`), naming a cause.
      const page = ctx.data === undefined ? readText(ctx) : reportsFailure(ctx.data) ? readCommonJson(ctx) : undefined;
      draft = readGraphql(ctx) ?? (page && classify(page.codes, page.texts) ? page : undefined);
      if (!draft) return null;
    }
    if (!draft) {
      if (!protocols && mayAskPerRequestPayment(ctx)) return undefined;
      const protocol = first(protocols ?? [], ctx);
      const base = (!protocol?.complete && first(BODIES, ctx)) || { format: 'empty' as const };
      // Keep the body's message, codes and links under the protocol's reason and details.
      draft = protocol
        ? { ...base, ...(Object.fromEntries(Object.entries(protocol).filter(([, v]) => v !== undefined)) as Draft) }
        : base;
    }
    return finalize(draft, ctx, body, options);
  } catch {
    // Last resort only: every reader is written not to throw.
    return status === 402 ? { reason: 'unknown', status, links: {}, format: 'empty', raw: body } : null;
  }
}
