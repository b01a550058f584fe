import { linkKind } from '../links';
import { words } from '../text';
import { toCount, toEpochMs, type Clock } from '../time';
import type { PlanRef } from '../types';
import { parseJson } from './decode';
import { entries, isObject, own, str, type Draft } from './draft';

/**
 * One walk over a JSON body that picks up what vendors put under many names: messages, codes,
 * links, plans, features, quota figures and card details. Fields are recognised by the words in
 * their key (`billing_portal_url`, `resetsAt`, `character_limit`), so unseen vendors are read too.
 * Breadth first: the shallowest match wins; within one object, the key's rank decides.
 * Bounded: depth 6, 64 keys per object, 400 values in all, 4 JSON strings read as JSON.
 */

// Key (lower case, letters and digits only) → rank; lower ranks win. Maps, because the key is
// the server's: `key in {…}` would also match inherited names such as `constructor`.
const MESSAGE: ReadonlyMap<string, number> = new Map(
  Object.entries({ message: 0, msg: 0, errmsg: 0, errormessage: 0, errordescription: 1, errortext: 1, errorinfo: 1, errorstring: 1, errorsummary: 1, detail: 1, details: 1, error: 1, errors: 1, title: 2, text: 2, info: 2, statustext: 2, cause: 2, description: 3, suggestion: 3 }),
);
const CODE: ReadonlyMap<string, number> = new Map(
  Object.entries({ code: 0, errcode: 0, errorcode: 0, errorcodes: 0, apierrorcode: 0, errortype: 1, issue: 1, type: 1, reason: 2, kind: 2, statusdetail: 2, status: 3, state: 3, limitsource: 4 }),
);
// Envelope markers that say nothing about the cause.
const EMPTY_CODE = /^(error|errors|fail(ed|ure)?|ok|success|true|false|null|none|about:blank)$/i;

type Ranked = { rank: number; value: string };

const planRef = (v: unknown): PlanRef | undefined => {
  if (typeof v === 'string' || typeof v === 'number') return { id: String(v) };
  const name = str(v, 'name') ?? str(v, 'display_name') ?? str(v, 'displayName') ?? str(v, 'title');
  const id = str(v, 'id') ?? str(v, 'slug') ?? str(v, 'key') ?? str(v, 'code') ?? name;
  return id ? { id, name } : undefined;
};

/** Reads the common fields out of `roots` (the body, or the parts of it a format points at). */
export function collect(roots: readonly unknown[], clock: Clock): Draft {
  const messages: Ranked[] = [];
  const codes: Ranked[] = [];
  const out: Draft = { format: 'json', links: {}, quota: {}, plan: {} };
  const quota = out.quota!;
  const links = out.links!;
  const plan = out.plan!;
  const queue: [unknown, number, string][] = roots.map((r) => [r, 0, '']);
  let budget = 400;
  let nested = 4;

  for (let i = 0; i < queue.length && budget > 0; i++) {
    const [node, depth, parent] = queue[i]!;
    const list = entries(node);
    budget -= list.length + 1;
    // `plan: { current, required }` (the server helpers' options): read as `current_plan`, `required_plan`.
    const inPlan = / (plan|tier) $/.test(words(parent));

    // Card details sit together in one object (Stripe `card`, `source`, or any vendor's).
    const last4 = own(node, 'last4') ?? own(node, 'last_4') ?? own(node, 'lastFour');
    if (!out.paymentMethod && (typeof last4 === 'string' || typeof last4 === 'number')) {
      out.paymentMethod = {
        brand: str(node, 'brand') ?? str(node, 'display_brand'),
        last4: String(last4),
        expMonth: toCount(own(node, 'exp_month') ?? own(node, 'expMonth')),
        expYear: toCount(own(node, 'exp_year') ?? own(node, 'expYear')),
      };
    }

    for (const [index, v] of list) {
      // Items of a list are read under the list's name: `errors: ["Maximum credits exceeded"]`.
      const k = Array.isArray(node) ? parent : index;
      const key = k.toLowerCase().replace(/[^a-z0-9]/g, '');
      const w = (inPlan && /^ (current|required|minimum|needed|target|next|suggested|recommended) $/.test(words(k)) ? ' plan' : '') + words(k);
      const rank = depth * 10;
      if (isObject(v)) {
        if (/ (plan|tier) /.test(w)) {
          const ref = planRef(v);
          if (ref) {
            if (/requir|min|need|target|upgrade|suggest|recommend|next|ids|options|available|offer/.test(w)) plan.required ??= ref;
            else plan.current ??= ref;
          }
        } else if (key === 'violatedpolicies' && Array.isArray(v)) {
          out.policies = v.filter((p): p is string => typeof p === 'string').slice(0, 8);
        }
        // `errors: { base: ["…"], card: ["…"] }` (Rails): field lists under `errors` are its messages.
        if (depth < 6) queue.push([v, depth + 1, Array.isArray(v) && /^errors?$/i.test(parent) ? parent : k]);
        continue;
      }
      if (typeof v !== 'string' && typeof v !== 'number') continue;
      const s = typeof v === 'string' ? v.slice(0, 4096) : undefined;
      // An upstream error relayed as a JSON string (a router's `metadata.raw`): read as the object it holds.
      if (s && s === v && nested > 0 && depth < 5 && /^\s*\{[\s\S]*\}\s*$/.test(s)) {
        const inner = parseJson(s);
        if (isObject(inner)) {
          nested--;
          queue.push([inner, depth + 1, k]);
          continue;
        }
      }

      // Unlisted keys by their ending: `failure_message` (also Spanish and Portuguese), `resultCode`, then `refusalReason` (a
      // code says what happened, a reason explains it: Adyen's "Refused" + "Not enough balance").
      const messageRank = MESSAGE.get(key) ?? (/(?:message|msg|mensaje|mensagem)$/.test(key) ? 2 : undefined);
      const codeRank = CODE.get(key) ?? (key === 'declinecode' ? undefined : /(?:code|group)$/.test(key) ? 2 : /reason$/.test(key) ? 3 : undefined);
      if (s !== undefined && messageRank !== undefined) {
        // Deeper texts are descriptions of embedded objects (a PaymentIntent, a plan), not the error.
        if (depth <= 3) messages.push({ rank: rank + messageRank, value: s });
        // `{ error: "insufficient_credits" }`: a one-word error is also a code
        if (!/\s/.test(s)) codes.push({ rank: rank + 5, value: s });
      } else if (s !== undefined && codeRank !== undefined) {
        if (s.length <= 200 && !EMPTY_CODE.test(s)) {
          codes.push({ rank: rank + codeRank, value: s });
          // `subscription.status: "past_due"` only means something with its parent's name
          if (codeRank >= 3 && parent) codes.push({ rank: rank + 9, value: `${parent} ${s}` });
        }
      } else if (key === 'declinecode') {
        out.declineCode ??= s;
      } else if (key === 'name' && depth === 0 && s && !/\s/.test(s)) {
        // A top-level error name (`{ name: "daily_quota_exceeded", message }`) is a code.
        codes.push({ rank: 4, value: s });
      } else if (/ (url|uri|link|href) $/.test(w)) {
        const kind = linkKind(w) ?? (depth < 3 && / (url|link|href) $/.test(` ${key} `) ? 'billingPortal' : undefined);
        if (kind && s) links[kind] ??= s;
      } else if (/ (plan|tier) /.test(w)) {
        const ref = planRef(v);
        if (/requir|min|need|target|upgrade|suggest|recommend|next|ids|options|available|offer/.test(w)) plan.required ??= ref;
        else if (/ name $/.test(w) && plan.current) plan.current.name ??= s;
        else plan.current ??= ref;
      } else if (/^ (required )?(feature|capability|entitlement)( id| name| key)? $/.test(w)) {
        out.feature ??= s;
      } else if (depth < 5) {
        // A sentence under a key no list names (`{ "API Credits": "You have consumed all your API
        // credits…" }`) is still what the server says, ranked after every named message.
        if (s && depth <= 1 && /\S\s+\S+\s+\S+\s+\S/.test(s) && !/^\s*(?:https?:|\/)/.test(s)) messages.push({ rank: rank + 9, value: s });
        // Quota figures: the last word of the key says which
        if (/ (reset|resets|renew|renews)\b/.test(w)) quota.resetAt ??= toEpochMs(v, clock, / ms $/.test(w));
        else if (/ retry (after|in|at)/.test(w)) out.retryAt ??= toEpochMs(v, clock, / ms $/.test(w));
        else if (/requir|need|cost|price|token/.test(w)) continue;
        else if (/ (remaining|left|balance|available|credits) $/.test(w)) quota.remaining ??= toCount(v);
        // A balance figure (`balance_usd`, `currentBalanceCents`): the payer holds a prepaid balance.
        if (/ balance /.test(w) && toCount(v) !== undefined) out.prepaid = true;
        else if (/ (limit|total|quota|max|allowance|cap) $/.test(w)) quota.limit ??= toCount(v);
        else if (/ (used|usage|consumed|spent) $/.test(w)) quota.used ??= toCount(v);
        else if (/^ (quota )?unit $/.test(w)) quota.unit ??= s;
      }
    }
  }
  const best = (list: Ranked[]) => list.sort((a, b) => a.rank - b.rank).map((r) => r.value);
  out.texts = best(messages);
  out.codes = best(codes);
  out.message = out.texts[0];
  out.code = out.codes[0];
  // A body that offers a plan and says nothing else asks for an upgrade.
  if (plan.required) out.fallback = 'upgrade_required';
  return out;
}
