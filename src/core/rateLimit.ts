import type { HeaderGetter } from './headers';
import { futureTime, toCount, toEpochMs, type Clock } from './time';
import type { QuotaInfo } from './types';

const unquote = (s: string) => s.trim().replace(/^"(.*)"$/, '$1');

/** One member of a structured-field list (RFC 9651): the bare item and its parameters. */
interface Member {
  item: string;
  params: Map<string, string>;
}

/** Splits a structured-field list or dictionary into members; bounded in size. */
export function parseMembers(value: string | undefined): Member[] {
  if (!value) return [];
  return value
    .slice(0, 2048)
    .split(',')
    .slice(0, 16)
    .map((m) => {
      const [item = '', ...rest] = m.split(';');
      const params = new Map<string, string>();
      for (const p of rest) {
        const i = p.indexOf('=');
        params.set(unquote(i < 0 ? p : p.slice(0, i)).toLowerCase(), i < 0 ? '?1' : unquote(p.slice(i + 1)));
      }
      return { item: unquote(item), params };
    });
}

const lead = (v: string | undefined) => toCount(/^\s*\d+(?:\.\d+)?/.exec(v ?? '')?.[0]);

/**
 * Quota figures from every rate-limit header generation: the IETF draft-11 structured fields
 * (`RateLimit: "name";r=0;t=30`, `RateLimit-Policy: "name";q=100;qu="requests";w=60`), the
 * draft-07 dictionary (`RateLimit: limit=100, remaining=0, reset=5`), the ≤06 split fields
 * (`RateLimit-Limit/-Remaining/-Reset`) and `X-RateLimit-Limit/-Remaining/-Used/-Reset`.
 * `policies` (a problem's `violated-policies`) picks the policy that applies.
 */
export function readRateLimit(get: HeaderGetter, clock: Clock, policies: readonly string[] = []): QuotaInfo {
  const rl = parseMembers(get('ratelimit'));
  const pol = parseMembers(get('ratelimit-policy'));
  let limit: string | undefined;
  let remaining: string | undefined;
  let reset: string | undefined;
  let unit: string | undefined;
  const dict = new Map<string, string | undefined>(rl.map((m) => {
    const [k = '', v] = m.item.split('=');
    return [k.trim(), v === undefined ? undefined : unquote(v)];
  }));
  if (dict.has('remaining') || dict.has('limit')) {
    // draft-07: limit=100, remaining=0, reset=5
    limit = dict.get('limit');
    remaining = dict.get('remaining');
    reset = dict.get('reset');
  } else if (rl.length) {
    // draft-08+: the violated policy, else the one with least remaining
    const r = (m: Member) => toCount(m.params.get('r')) ?? Infinity;
    const m = rl.find((x) => policies.includes(x.item)) ?? rl.reduce((a, b) => (r(b) < r(a) ? b : a));
    remaining = m.params.get('r');
    reset = m.params.get('t');
    const p = pol.find((x) => x.item === m.item) ?? (pol.length === 1 ? pol[0] : undefined);
    limit = p?.params.get('q');
    unit = p?.params.get('qu');
  }
  // draft-07 policy "100;w=10": the quota is the bare item
  limit ??= /^\d+$/.test(pol[0]?.item ?? '') ? pol[0]?.item : undefined;
  limit ??= get('ratelimit-limit') ?? get('x-ratelimit-limit');
  remaining ??= get('ratelimit-remaining') ?? get('x-ratelimit-remaining');
  reset ??= get('ratelimit-reset') ?? get('x-ratelimit-reset');
  return {
    limit: lead(limit),
    remaining: lead(remaining),
    used: lead(get('x-ratelimit-used')),
    unit,
    resetAt: futureTime(toEpochMs(reset?.trim(), clock), clock.now),
  };
}
