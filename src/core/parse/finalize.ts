import { readRateLimit } from '../rateLimit';
import { linksInText, serverLink, type LinkPolicy } from '../links';
import { MAX_BODY_CHARS } from '../limits';
import { MICROPAYMENT_PROTOCOLS } from '../micropaymentProtocols';
import { cleanText } from '../text';
import { futureTime, parseRetryAfter, toCount } from '../time';
import type {
  BillingLinks,
  MicropaymentRequest,
  PaymentMethodSummary,
  PaymentRequiredIncident,
  PlanRef,
  QuotaInfo,
} from '../types';
import { classify, classifyBilling, namesBilling, onlyThrottled } from './classify';
import type { Draft, ParseContext } from './draft';

const LINK_KINDS: (keyof BillingLinks)[] = ['billingPortal', 'upgrade', 'support', 'docs'];

/** Drops undefined members (but always keeps `raw`), so incidents only carry what was found. */
function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined && k !== 'raw') delete o[k];
  return o;
}

const some = <T extends object>(o: T): T | undefined => (Object.keys(compact(o)).length ? o : undefined);

const int = (v: unknown, min: number, max: number): number | undefined => {
  const n = toCount(v);
  return n !== undefined && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
};

const planRef = (ref: PlanRef | undefined): PlanRef | undefined => {
  const id = cleanText(ref?.id, 100);
  return id ? compact({ id, name: cleanText(ref?.name, 100) }) : undefined;
};

function paymentMethod(pm: PaymentMethodSummary | undefined): PaymentMethodSummary | undefined {
  const last4 = cleanText(pm?.last4, 4);
  const year = int(pm?.expYear, 0, 9999);
  return some({
    brand: cleanText(pm?.brand, 40),
    last4: last4 && /^\d{4}$/.test(last4) ? last4 : undefined,
    expMonth: int(pm?.expMonth, 1, 12),
    expYear: year !== undefined && year < 100 ? 2000 + year : year !== undefined && year >= 1970 ? year : undefined,
  });
}

const ERROR_CODE_HEADERS = ['x-vercel-error', 'x-amzn-errortype', 'x-ms-error-code', 'x-error-code', 'x-sentry-rate-limits'];

const LIGHTNING = /\b(?:l402|lsat|lightning|macaroon|preimage|bolt11)\b/i;
// Words that only a per-request payment protocol uses for what the client sent as payment.
const PROOF = /\b(?:l402|lsat|x402|macaroon|preimage|payment proof|proof of payment|payment signature)\b/i;

function micropayment(m: MicropaymentRequest | undefined, now: number): MicropaymentRequest | undefined {
  if (!m || !(MICROPAYMENT_PROTOCOLS as readonly string[]).includes(m.protocol)) return undefined;
  const t = (v: unknown) => cleanText(v, 200);
  return compact({
    protocol: m.protocol,
    version: int(m.version, 0, 1000),
    amount: t(m.amount),
    displayAmount: t(m.displayAmount),
    currency: t(m.currency),
    asset: t(m.asset),
    network: t(m.network),
    scheme: t(m.scheme),
    payTo: t(m.payTo),
    resource: t(m.resource),
    description: t(m.description),
    expiresAt: futureTime(m.expiresAt, now),
    paymentHeader: t(m.paymentHeader),
    options: Array.isArray(m.options) ? m.options.slice(0, 20) : [],
  });
}

// "available on the Business plan", "requires the Pro plan", "upgrade to Team tier"
const PLAN_IN_PROSE = /\b(?:[Aa]vailable (?:only )?on|[Rr]equires?|[Nn]eeds?|[Uu]pgrade to)(?: the| a| an)? ([A-Z][\w+-]{1,30}) (?:plan|tier)\b/;

/**
 * Turns a draft into an incident: reason decided (structured signal, classifier, format fallback,
 * then status and headers), every string cleaned and capped, numbers checked, times made local,
 * finite, future and clamped, links filtered through the policy. Returns null for an opted-in
 * status other than 402 when nothing says it is about payment.
 */
export function finalize(
  draft: Draft,
  ctx: ParseContext,
  raw: unknown,
  options: { links?: LinkPolicy; maxMessageLength?: number },
): PaymentRequiredIncident | null {
  const { clock, status } = ctx;
  const now = clock.now;
  const headerQuota = readRateLimit(ctx.header, clock, draft.policies);
  const q: QuotaInfo = draft.quota ?? {};
  const limit = toCount(q.limit) ?? headerQuota.limit;
  let remaining = toCount(q.remaining) ?? headerQuota.remaining;
  let used = toCount(q.used) ?? headerQuota.used;
  if (limit !== undefined && remaining !== undefined && remaining <= limit) used ??= limit - remaining;
  if (limit !== undefined && used !== undefined && used <= limit) remaining ??= limit - used;

  // Platforms that put the error's code in a header (Vercel `x-vercel-error: DEPLOYMENT_DISABLED`, AWS
  // `x-amzn-errortype`, Azure `x-ms-error-code`, Sentry's `x-sentry-rate-limits` ending in
  // `usage_exceeded`) beside a bare body: read after the body's own codes.
  const codes = [...(draft.codes ?? []), ...ERROR_CODE_HEADERS.map((name) => ctx.header(name)).filter((v): v is string => !!v && /^[\w.:-]{2,100}$/.test(v))];
  // Retry-After wins; then the body's own retry hint; then a rate-limit reset with nothing left.
  const resetAt = futureTime(q.resetAt, now) ?? headerQuota.resetAt;
  const retryAt =
    parseRetryAfter(ctx.header('retry-after'), clock) ??
    futureTime(draft.retryAt, now) ??
    (remaining === 0 ? resetAt : undefined);
  // Nothing left of an allowance. On another status than 402, nothing left of a window that reopens
  // within a minute (Kong's `x-ratelimit-remaining-minute: 0`, `Retry-After: 24`) is throttling.
  const spent = remaining === 0 && (status === 402 || retryAt === undefined || retryAt - now > 60_000);
  let reason =
    draft.reason ??
    classify(codes, draft.texts) ??
    draft.fallback ??
    // Nothing said: a spent quota figure, or only an upgrade link, still says which prompt helps.
    (status === 429 || spent ? 'quota_exceeded' : draft.links?.upgrade ? 'upgrade_required' : 'unknown');
  // `insufficient_funds` beside `balance_usd: 2.5`: a prepaid balance below the price, topped up, not a card declined.
  if (reason === 'payment_failed' && draft.prepaid && !draft.reason && !draft.declineCode) reason = 'quota_exceeded';
  if (reason === 'unknown' && status !== 402) return null;
  // Another status with only throttling in it (and no spent quota figure) is a rate limit, not billing.
  if (status !== 402 && reason === 'quota_exceeded' && !draft.reason && !spent && !classifyBilling(codes, draft.texts)) return null;
  // Another status with only a stopped account in it ("This account has been suspended") names no billing cause.
  if (status !== 402 && reason === 'subscription_inactive' && !draft.reason && !namesBilling(codes, draft.texts)) return null;
  // Another status that states throttling first and money only as the way to a higher rate.
  if (status !== 402 && !draft.reason && onlyThrottled(codes, draft.texts)) return null;

  const max = Math.min(Math.max(Math.floor(toCount(options.maxMessageLength) ?? 500), 1), MAX_BODY_CHARS);
  const message = cleanText(draft.message, max);
  const texts = (draft.texts ?? []).slice(0, 4).join(' \n ');
  // Explicit link fields win over links written in the prose.
  const prose = linksInText(texts, options.links);
  const links: BillingLinks = {};
  for (const kind of LINK_KINDS) {
    const url = serverLink(draft.links?.[kind], options.links) ?? prose[kind];
    if (url) links[kind] = url;
  }

  let required = planRef(draft.plan?.required);
  if (!required && reason === 'upgrade_required') {
    const name = PLAN_IN_PROSE.exec(texts)?.[1];
    required = name ? { id: name.toLowerCase(), name } : undefined;
  }

  const incident: PaymentRequiredIncident = {
    reason,
    status,
    message,
    code: cleanText(typeof draft.code === 'number' ? String(draft.code) : draft.code, 200),
    declineCode: cleanText(draft.declineCode, 100),
    paymentMethod: paymentMethod(draft.paymentMethod),
    plan: some({ current: planRef(draft.plan?.current), required }),
    feature: cleanText(draft.feature, 100),
    quota: some({
      limit,
      used,
      remaining,
      unit: cleanText(q.unit ?? headerQuota.unit, 40),
      // A quota countdown needs an end: when only Retry-After says it, use that.
      resetAt: resetAt ?? (reason === 'quota_exceeded' ? retryAt : undefined),
    }),
    retryAt,
    links,
    // Asked for in words only ("pay with L402", "x402 payment needed"), or a payment proof refused
    // in words ("The provided preimage is invalid"): still the micropayment prompt, never the card
    // modal, with what little is known.
    micropayment: micropayment(
      draft.micropayment ??
        (reason === 'micropayment_required' || (reason === 'payment_failed' && PROOF.test(texts))
          ? { protocol: LIGHTNING.test(texts) ? 'l402' : 'x402', options: [] }
          : undefined),
      now,
    ),
    format: draft.format,
    url: typeof ctx.url === 'string' && ctx.url.length <= 2048 ? ctx.url : undefined,
    raw,
  };
  return compact(incident);
}
