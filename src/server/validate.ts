import * as z from 'zod/mini';
import { classify } from '../core/parse/classify';
import { sanitizeLink } from '../core/links';
import { paymentRequiredOptionsSchema, type PaymentRequiredOptions } from './schemas';

/** Options after validation: trimmed strings, plan refs as objects, times as epoch ms. */
export type ValidOptions = z.output<typeof paymentRequiredOptionsSchema>;

const LINK_KINDS = ['billingPortal', 'upgrade', 'support', 'docs'] as const;

// The server does not know the page's origin: a path is checked against a stand-in one and sent
// as written, so the client resolves it against its own (and never against a server `location`).
const STAND_IN = 'https://server.invalid';

/** A link as it is sent: a path unchanged, an absolute URL normalised; undefined when the client would drop it. */
export function sentLink(url: string): string | undefined {
  const safe = sanitizeLink(url, { baseUrl: STAND_IN });
  return safe === undefined ? undefined : url[0] === '/' ? url : safe;
}

// zod/mini ships no English messages (its default is "Invalid input"): say what was expected here.
function explain(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'string' ? (issue.minimum === 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`) : issue.origin === 'array' ? `needs at least ${issue.minimum} item(s)` : `must be ${issue.inclusive ? '≥' : '>'} ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string' ? `must be at most ${issue.maximum} characters` : issue.origin === 'array' ? `takes at most ${issue.maximum} items` : `must be ${issue.inclusive ? '≤' : '<'} ${issue.maximum}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown option(s) ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'regex' ? `does not match ${String((issue as { pattern?: unknown }).pattern ?? 'the expected format')}` : `must be ${issue.format}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    case 'invalid_union':
      return 'has none of the accepted shapes';
    default:
      return issue.message;
  }
}

const fail = (problems: string[]): never => {
  throw new TypeError(`react-payment-required/server: invalid 402 options:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
};

/**
 * Checks options before anything is sent: shapes and ranges (zod), links the client would keep,
 * micropayment details exactly when the reason asks for them, and a `code` that the client does
 * not read as another reason (it would show the wrong dialog). Throws a `TypeError` naming every
 * bad field; returns the normalised options.
 */
export function validateOptions(options: PaymentRequiredOptions): ValidOptions {
  const parsed = z.safeParse(paymentRequiredOptionsSchema, options);
  if (!parsed.success) {
    fail(parsed.error.issues.map((issue) => `${issue.path.map(String).join('.') || 'options'}: ${explain(issue)}`));
  }
  const o = parsed.data!;
  const problems: string[] = [];
  for (const kind of LINK_KINDS) {
    const url = o.links?.[kind];
    if (url !== undefined && sentLink(url) === undefined) {
      problems.push(`links.${kind}: ${JSON.stringify(url.slice(0, 100))} would be dropped by the client: use an https: URL (http: only on localhost) or a same-origin path`);
    }
  }
  if (o.reason === 'micropayment_required' && !o.micropayment) problems.push('micropayment: required when reason is "micropayment_required" (what the client is asked to pay)');
  if (o.reason !== 'micropayment_required' && o.micropayment) problems.push(`micropayment: only for reason "micropayment_required", not "${o.reason}"`);
  const read = o.code === undefined ? undefined : classify([o.code]);
  if (read !== undefined && read !== o.reason) {
    problems.push(`code: ${JSON.stringify(o.code)} reads as "${read}" to the client, which would show that dialog instead of "${o.reason}"'s; send a code that names the reason, or none`);
  }
  if (problems.length) fail(problems);
  return o;
}
