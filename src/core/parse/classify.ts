import { words } from '../text';
import { PAYMENT_REQUIRED_REASONS, type PaymentRequiredReason } from '../types';
import { OTHER_LANGUAGE_RULES } from './otherLanguages';

/**
 * The one classifier: from what a server says (codes like `INSUFFICIENT_CREDITS`,
 * `subscriptionExpired`, `card-declined`; titles; messages) to a reason.
 *
 * Text is first turned into lower-case words (camelCase, snake_case and kebab-case split), then
 * every rule is tried; the match that starts EARLIEST wins, because servers state the problem
 * before the remedy ("Credit limit exceeded… add credit or upgrade your plan" is a quota problem).
 * Rules that start at the same word are ranked by their order below, most specific first.
 * Rules anchored on a subject ("card … expired", "subscription … past due") start at the subject,
 * so they beat generic words later in the sentence ("exceeded", "limit").
 *
 * Codes are classified before prose: a machine code is a deliberate signal, prose is a hint.
 */
// No card or payment method on file: also the way on when a free allowance runs out (below).
const NO_PAYMENT_METHOD =
  /\b(?:no|missing|without|add|adding|provide|attach|enter|complete|set ?up|link|connect|register|requires?|needs?|must have|(?:does|do) not have|(?:doesn|don) t have|(?:not|never) (?:yet )?(?:added|provided|attached|entered|set up)) (?:an? |your )?(?:(?:valid|active|default|saved|usable|attached|linked|verified|primary|stored|registered) (?:\w+ )?)?(?:credit |debit )?(?:card|payment (?:method|source|details|info|information|instrument|profile)|billing (?:account|info|information|details|method|profile)|mandate)s?\b(?! (?:specified|field|param(?:eter)?|property|attribute))|\b(?:card|payment (?:method|source|details|info|information)|billing (?:account|info|information|details)|mandate) (?:is )?(?:required|missing|incomplete|not found|absent|not on file|not present|not set|not provided|not configured|not attached|needed)\b|\bbilling (?:account |set ?up |details |info |information )?(?:(?:for|of|on) (?:\w+ ){0,3})?(?:is |has been |was )?(?:not (?:enabled|configured|set up|found|linked)|disabled|required|absent|(?:must|to) be enabled)\b|\b(?:enable|set up|configure|activate) billing\b|\b(?:could not|couldn t|cannot|can t|unable to) find (?:a |any |the )?(?:card|payment method|billing info(?:rmation)?|billing details)\b|\b(?:billed|billing enabled) (?:users?|accounts?|projects?|customers?)\b/;

// The remedy forms of {@link NO_PAYMENT_METHOD}; the others state that no card is there.
const REMEDY = /^(?:add|provide|attach|enter|complete|set|requires?|needs?|must|enable|configure)\b/;

// An account, site or deployment in a stopped state: on a 402 that is the unpaid bill; on another
// status it counts only when billing is named too (see {@link namesBilling}).
const STOPPED =
  /\b(?:account|access|mode|shop|store|workspace|organi[sz]ation|team|project|deployment|(?:web)?site|service|app|billing|usage) (?:is |has been |was |been )?(?:temporarily )?(?:suspended|frozen|deactivated|delinquent|locked|disabled|blocked|paused|not active|not open|inactive|on hold|cancell?ed|closed|terminated|expired)\b/g;

// The bare remedy word: it decides only when no spent allowance is stated (see classifyText).
const UPGRADE = /\bupgrad(?:e|es|ed|ing)\b/;
const SPENT = /\b(?:exhausted|exceed(?:s|ed)?|depleted|used (?:up|all)|r[au]n out|out of|insufficient|not enough|no (?:more|remaining)|reached|hit)\b/;

// A plan that caps how many things exist ("You can create up to 3 APIs on your current plan", "the
// plan allows at most 3 API keys"): nothing is spent that refills; only a bigger plan helps.
const PLAN_CAP =
  /\b(?:can|may) (?:only )?(?:\w+ )?(?:up to|at most|a maximum of) \d+ (?:\w+ ){0,4}(?:on|in|with|under) (?:your |the |this )?(?:\w+ )?(?:plan|tier|subscription)\b|\b(?:plan|tier|subscription) (?:only )?allows? (?:up to |at most |a maximum of |only )?\d+\b|\b(?:seat|member|project|workspace|site|repositor(?:y|ies)|repo)s? (?:limit|cap|maximum)s?\b|\bmax(?:imum)? (?:number of )?(?:seats|members|projects|workspaces|sites|repositories|repos)\b/;

// "Reached the maximum of 3 members", "the limit of 5 boards", "exceeds the maximum file size": a
// count or size the plan caps, not an allowance that refills (requests, credits, minutes … are).
const CAPPED =
  /\b(?:maximum|max|limit) (?:number )?of \d+ (?!(?:\w+ )?(?:requests|calls|credits|tokens|minutes|messages|emails|searches|queries|generations|characters|pages|images|units|seconds|hours|runs|executions|downloads|exports|builds|jobs|tasks|events|texts|bytes)\b)\w+s\b|\bmax(?:imum)? (?:file |upload |attachment )?size\b|\b(?:file|upload|attachment) size limit\b|\bnumber of (?!(?:requests|calls|credits|tokens|minutes|messages|emails|searches|queries|generations|characters|pages|images|units|seconds|hours|runs|executions|downloads|exports|builds|jobs|tasks|events|texts|bytes)\b)\w+s (?:\w+ ){0,2}(?:reached|exceeded|hit) (?:the )?(?:limit|maximum|max)\b/;

// "Max daily request limit exceeded", "try again in 24 hours": a window of a day or more is an
// allowance that resets, not throttling, though the words are a rate limit's (see classifyBilling).
const ALLOWANCE_WINDOW = /\b(?:daily|monthly|weekly) (?:\w+ ){0,2}(?:limit|cap|quota)s?\b|\btry again in \d+ (?:hours?|days?)\b/;

const RULES: [PaymentRequiredReason, RegExp][] = [
  // The billing system itself failed: nothing the user can pay their way out of.
  ['unknown', /\b(?:internal|unexpected|temporary|transient) (?:\w+ ){0,3}billing\b|\b(?:processing|system) error\b|\berror occurred (?:while|when) processing\b|\bbilling (?:system|service|provider|backend|server)s? (?:\w+ ){0,2}(?:error|failure|unavailable|down|outage|issue|problem)\b/],
  ['payment_method_required', NO_PAYMENT_METHOD],
  ['payment_method_invalid', /\bgateway rejected (?:\w+ )?(?:cvv|cvc|avs)\b|\b(?:bad|wrong|invalid|incorrect) (?:\w+ )?(?:card number|security code|expiry date|expiration date)\b|\b(?:expired|invalid|incorrect|unsupported|wrong|bad) (?:credit |debit )?(?:card|cvc|cvv|cvc2|number|card number|expiry|expiration|exp|zip|postal code|pin|payment method|payment instrument|account number|security code|billing address)\b|\b(?:card|payment method|billing address|billing details|payment details) (?:\w+ ){0,3}(?:expired|not supported|does not support|unsupported|invalid|not valid|incorrect|wrong|verification failed|could not be verified|not accepted)\b|\b(?:card|currency) not supported\b|\bcard type (?:\w+ ){0,2}not (?:enabled|accepted|supported)\b|\b(?:cvc|cvv|cvv2|cvc2|security code|zip|postal code|avs|address verification|expiry|expiration) (?:\w+ ){0,4}(?:check failed|failed|failure|mismatch|incorrect|invalid|declined)\b|\bmandate (?:\w+ ){0,4}(?:inactive|expired|cancell?ed|revoked|failed|invalid)\b/],
  // A subscription that existed and stopped (expired, past due, paused), or an account frozen for it.
  ['subscription_inactive', /\bsubscription (?:\w+ ){0,4}(?:expired|past due|cancell?ed|unpaid|inactive|lapsed|ended|suspended|paused|incomplete|terminated|not active|overdue|failed|disabled)\b|\b(?:expired|past due|cancell?ed|unpaid|inactive|lapsed|suspended|paused|disabled) (?:\w+ )?(?:subscription|licen[cs]e|membership)s?\b|\b(?:shop|store) (?:is )?unavailable\b|\b(?:no|(?:do|does) not have an?|(?:don|doesn) t have an?) (?:active|valid|current) (?:subscription|plan)s?\b(?! for (?:this|the|that)\b)|\bpast due\b|\b(?:billing )?agreement (?:is |has been |was )?(?:already )?(?:cancell?ed|expired|suspended|inactive|terminated)\b|\b(?:unpaid|overdue|outstanding) (?:invoices?|balance|bills?|payments?)\b|\b(?:unavailable|frozen|closed) (?:billing )?(?:shop|store|account)\b|\b(?:payment|invoice|bill|account|balance)s? (?:is |are )?(?:overdue|past due|unpaid)\b|\bnon ?payment\b|\bunpaid\b|\b(?:(?:premium|pro|paid|business|enterprise) )?(?:plan|membership|license|licence) (?:\w+ ){0,2}(?:expired|lapsed|cancell?ed|inactive|past due|suspended|frozen|paused|ended|terminated)\b|\b(?:reactivate|resubscribe|renew (?:your|it|now|to|(?:the |my )?(?:subscription|plan|membership|license|licence))|please renew(?! (?:the |your )?(?:api )?(?:keys?|tokens?|credentials?|certificates?|passwords?)))\b|\bgrace period\b|\b(?:premium|pro|paid|subscription|membership|billing) period (?:is |has )?(?:over|ended|expired)\b|\b(?:pay|complete|settle) (?:your |the |an )?(?:outstanding |overdue |open |unpaid |last |latest )?invoices?\b|\b(?:subscription|license|licence|membership) (?:\w+ ){0,2}no longer (?:valid|active)\b|\b(?:dunning|delinquen(?:t|cy)|arrears?|arrearage)\b/],
  ['subscription_inactive', STOPPED],
  // Prepaid money is a balance, not a card: "insufficient funds in your wallet, top up".
  ['quota_exceeded', /\b(?:insufficient|not enough) (?:funds|money) (?:\w+ ){0,6}(?:balance|wallet|prepaid|credits?|top up|deposit)\b/],
  ['payment_failed', /\b(?:insufficient|not enough|not sufficient) (?:funds|money)\b|\brefer to (?:the )?(?:card )?issuer\b|\b(?:deny|denied|declined) by (?:the )?(?:bank|issuer)\b|\breject(?:ed|s)? (?:the |this |your )?(?:card|payment|charge)\b|\bdeclin(?:e|ed|es)\b|\b(?:payment|charge|transaction|capture)s? (?:(?!required )\w+ ){0,3}(?:failed|failure|declined|rejected|unsuccessful|not successful|denied|refused|cancell?ed|not (?:permitted|allowed)|could not be (?:processed|completed|authori[sz]ed|captured|collected))\b|\b(?:additional|further|strong customer) authentication\b|\brequires action\b|\b(?:card|payment) (?:\w+ )?requires? (?:authentication|authori[sz]ation|action)\b|\bauthentication (?:is )?required (?:for|to complete) (?:this |the |your )?(?:payment|charge|transaction|purchase)\b|\b(?:did not|didn t|could not|couldn t) go through\b|\bpayment (?:authori[sz]ation |intent |session )?(?:has |is |was )?expired\b|\b(?:exceed(?:s|ed)?|over) (?:the |your |its )?(?:card|credit|withdrawal|transaction) (?:s )?limits?\b|\b(?:3 ?d secure|3 ?ds|sca|card|payment) (?:authentication|authori[sz]ation|verification) (?:required|failed)\b|\binvalid (?:preimage|macaroon|lsat|l402|payment proof|proof of payment)\b|\bpayment (?:is )?(?:invalid|malformed)\b|\b(?:preimage|macaroon|lsat|l402|payment proof|proof of payment|payment signature) (?:\w+ ){0,2}(?:invalid|not valid|rejected|expired|mismatch|did not verify|failed)\b|\b(?:proof|preimage|macaroon) (?:is |was |has been )?already (?:used|spent|redeemed|claimed|presented)\b|\b(?:failed|unable|could not|couldn t|cannot|can t) (?:to )?(?:charge|process|collect|complete) (?:\w+ ){0,2}(?:payment|card|charge)|\bdo not honou?r\b|\bcc rejected\b|\b(?:due to|because of) (?:a |an )?payment (?:issue|problem)s?\b|\bfraud(?:ulent)?\b|\b(?:lost|stolen|restricted|pick ?up) card\b|\bcard (?:\w+ ){0,3}(?:refused|rejected|blocked|limit|exceeded|failed|error|insufficient)\b|\brefused\b|\b(?:cannot|can t) pay\b|\b(?:withdrawal|transaction) (?:\w+ ){0,2}(?:exceed(?:s|ed)?|limit)|\b(?:rechazad|recusad)[oa]\b|\babgelehnt\b|\b(?:issuer|acquirer|processor) (?:\w+ ){0,2}(?:unavailable|error)\b|\b(?:issuer|acquirer|processor|gateway|bank) (?:\w+ ){0,2}(?:declined|rejected|refused)\b/],
  ['upgrade_required', UPGRADE],
  ['upgrade_required', /\b(?:plan|tier|edition|license|licence|subscription) (?:\w+ ){0,3}(?:does not|doesn t|do not|don t|cannot|can t) (?:include|support|allow|permit|have|access|cover)\b|\b(?:plan|tier|subscription level) (?:is )?not (?:supported|sufficient|high enough)\b|\bnot (?:available|included|supported|allowed|enabled|permitted) (?:on|in|for|with|under|to) (?:your |the |this |a )?(?:\w+ )?(?:plan|tier|subscription|edition|license|accounts|users)\b|\bnot (?:in|part of) (?:your |the |this )?(?:\w+ )?(?:plan|tier|subscription)\b|\bonly (?:\w+ )?(?:pro|premium|paid|business|enterprise|team) (?:users?|accounts?|plans?|members?|customers?|subscribers?)\b|\bavailable (?:only )?(?:on|in|with|for|to) (?:the |a |an )?(?:\w+ ){0,3}(?:plan|tier|edition|subscription|accounts|customers|users|subscribers)s?\b|\b(?:free|trial) (?:plan|tier|users?|accounts?|teams?|workspaces?|version|edition)s? (?:\w+ ){0,3}(?:cannot|can t|do not have|don t have|not allowed|no access|unavailable|not available|disabled)\b|\b(?:needs?|requires?) (?:an? |the )?(?:pro|premium|paid|business|enterprise|plus)\b(?! (?:balance|credits?|funds))|\b(?:requires?|needs?|only (?:on|for|in)|(?:needs? to|must) be on) (?:the |a |an )?(?:\w+ ){0,2}(?:plan|tier|subscription|license|edition)\b|\b(?:premium|pro|paid|paying|enterprise|business) (?:tier |plan )?(?:features?|only|plans?|tiers?|users?|subscribers?|customers?|members?|teams?|workspaces?|content|models?|endpoints?|access)\b|\bpaid accounts?\b|\b(?:plan|premium|pro|paid plan) (?:required|gated)\b|\bhigher (?:plan|tier)\b|\bsubscription (?:is )?(?:required|missing|not found|needed)\b(?! (?:a |an )?(?:payment|card|billing))|\b(?:no|without|requires? an?|needs? an?|(?:do|does) not have an?|(?:don|doesn) t have an?) (?:paid )?(?:subscription|plan)s?\b|\bsubscribe (?:to|for|now)\b|\b(?:trial|evaluation) (?:\w+ ){0,2}(?:expired|ended|over|limit|exhausted|used up|ran out|reached)\b|\bfeature (?:\w+ ){0,2}(?:not (?:available|enabled|permitted|allowed)|unavailable|locked|gated|disabled)\b|\b(?:feature|service|add ?on|module|product) (?:is )?not (?:enabled|activated|purchased|included)\b|\b(?:accept|approve|confirm) (?:the )?(?:\w+ )?charges\b|\bnot entitled\b|\b(?:plan|tier|subscription) (?:can |may )?only (?:access|include|allow|use|support)s?\b|\bmembership (?:is )?required\b|\bcomplete (?:your |the )?(?:initial |first )?(?:subscription|membership|upgrade)\b|\blicen[cs]e (?:is )?required\b|\bnot subscribed (?:to|for)\b|\b(?:does not|doesn t|do not|don t) have the (?:abilit(?:y|ies)|entitlements?) to\b|\bnot signed up for\b|\b(?:no|don t have|didn t have|do not have|did not have|without) (?:any |enough |the )?licen[cs]es?\b|\bentitlements? (?:required|missing|needed)\b|\b(?:missing|no|requires?) (?:\w+ )?entitlements?\b|\bunlock (?:this |the |all |more )?(?:\w+ )?(?:features?|content|access|models?)\b|\b(?:no|(?:do|does) not have|(?:don|doesn) t have|without) access (?:\w+ ){0,6}(?:plan|tier|subscription)\b|\b(?:purchase|buy|choose|select|pick) (?:a |an |the )?(?:\w+ )?(?:plan|tier|subscription|license)\b|\binsufficient (?:plan|tier|subscription|license)\b|\ballowed (?:in|on|by|under|with) (?:your |the |this )?(?:\w+ ){0,2}(?:plan|tier|subscription)\b|\b(?:plan|tier) (?:restriction|restricted|limitation)s?\b|\blimited (?:by|on|to) (?:your |the |this )?(?:\w+ )?(?:plan|tier|subscription)\b|\bsign(?:ing)? up for (?:a |an |the )?(?:paid|premium|pro|private|business|team|enterprise)\b/],
  ['upgrade_required', PLAN_CAP],
  ['quota_exceeded', /\bcredits?\b(?! card)|\b(?:quota|allowance|balance)s?\b|\b(?:exhausted|exceeded|exceeds|exceed|exceeding|depleted|used up|run out|ran out|runs out|top up|topup|too many requests|rate limit(?:ed)?|throttled)\b|\bout of (?:\w+ )?(?:credits?|quota|funds|storage|(?:tokens|units|requests|minutes|characters|searches|calls|points|coins|messages|emails|pages|images|generations|seconds|hours|bandwidth))\b|\b(?:has|have) no (?:\w+ )?(?:tokens|credits|points|coins|generations|minutes|units)\b|\b(?:insufficient|not enough|no remaining|no more) (?:\w+ ){0,2}(?:tokens|units|requests|minutes|characters|searches|calls|points|coins|messages|emails|pages|images|generations|seconds|hours|bandwidth)\b|\b(?:recharge|prepaid|add funds|overages?)\b|\blimited to \d+ (?:\w+ )?(?:calls|requests|credits|tokens|messages|minutes|characters|queries)\b|\bconsumed (?:\w+ ){0,3}(?:usage|allocation|allowance|quota|credits?|limit)s?\b|\b(?:insufficient|not enough) (?:storage|space|disk)\b|\b(?:storage|disk) (?:is )?full\b|\bwallet (?:is )?empty\b|\bempty wallet\b|\b(?:limit|cap|budget|spend|max(?:imum)?)s? (?:of \d+ )?(?:\w+ ){0,3}(?:reached|exceeded|hit)\b|\b(?:reach(?:ed|ing)|hit|over) (?:\w+ ){0,3}(?:limit|cap|budget|max(?:imum)?)s?\b|\b(?:spend|spending|usage|monthly|daily|weekly|hard|soft|memory|storage|budget|plan) (?:limit|cap)s?\b|\bused (?:all|up|\d+ of \d+)\b|\buses? up\b|\basr payment required\b/],
  ['quota_exceeded', ALLOWANCE_WINDOW],
  ['micropayment_required', /\b(?:x402|l402|lsat|micropayments?|bolt11|lightning invoice|macaroon|preimage|pay per (?:request|call|crawl|use|query)|per request (?:payment|price|fee))\b/],
  // The same facts in other languages; ranked after the English rules that start at the same word.
  ...OTHER_LANGUAGE_RULES,
];

function earliest(text: string, skip?: RegExp): [PaymentRequiredReason | undefined, number, RegExp?] {
  let best: [PaymentRequiredReason | undefined, number, RegExp?] = [undefined, Infinity];
  for (const [reason, re] of RULES) {
    const i = re === skip ? -1 : text.search(re);
    if (i >= 0 && i < best[1]) best = [reason, i, re];
  }
  return best;
}

// "Your account is blocked due to insufficient credit balance": the state is the consequence,
// the clause after it names the cause, and the cause says what the user can do.
const CAUSE = /\b(?:due to|because(?: of)?|owing to|as a result of|as (?:it|you|your|the|they)) ([^|]*)/;

/** The reason one text points at, or undefined when no rule matches. */
export function classifyText(text: string): PaymentRequiredReason | undefined {
  const [best, at, rule] = earliest(text);
  // "Upgrade to continue: you have used all your credits": the remedy came first, and an allowance
  // said to be spent is still the problem (an upgrade offered with a spent quota is a quota).
  // "More credits" alone is no spent allowance ("Upgrade to Pro to get more credits").
  if (rule === UPGRADE && SPENT.test(text) && earliest(text, UPGRADE)[0] === 'quota_exceeded') return 'quota_exceeded';
  if (best === 'quota_exceeded' && CAPPED.test(text)) return 'upgrade_required';
  // "Only available for accounts with a positive balance": the gate is a prepaid balance.
  if (best === 'upgrade_required' && /\b(?:positive|sufficient|enough|non ?zero) (?:\w+ )?balance\b/.test(text)) return 'quota_exceeded';
  // `cc_rejected_bad_filled_card_number`, "Declined: expired card": a refusal that goes on to name the card.
  if (best === 'payment_failed' && earliest(text, rule)[0] === 'payment_method_invalid') return 'payment_method_invalid';
  if (best === 'subscription_inactive' || best === 'payment_failed') {
    const cause = CAUSE.exec(text.slice(at))?.[1];
    const reason = cause ? earliest(` ${cause}`)[0] : undefined;
    // A decline names its cause too: "declined because the card has expired" is the card.
    if (reason && reason !== 'unknown' && (best !== 'payment_failed' || reason === 'payment_method_invalid')) return reason;
  }
  return best;
}

const join = (list: readonly string[], blank?: RegExp) =>
  list.slice(0, 12).map((s) => (blank ? words(s.slice(0, 500)).replace(blank, ' ') : words(s.slice(0, 500)))).join('|');

const FUNDS = /\b(?:insufficient|not enough|enough) funds\b/;
const CARD_CONTEXT = /\b(?:cards?|bank|issuer|charge[ds]?|declin\w*|payment method|transaction|withdrawal|authori[sz]\w*|refused|processor|gateway)\b/;

/** Classifies codes first, then human texts (each list best first); undefined when nothing matches. */
export function classify(codes: readonly string[] = [], texts: readonly string[] = []): PaymentRequiredReason | undefined {
  // A code that is one of our reason names (`reason: "quota_exceeded"`, as the server helpers send)
  // is a declaration: no other code or prose refines it. `unknown` declares nothing.
  const declared = codes.find((c): c is PaymentRequiredReason => c !== 'unknown' && PAYMENT_REQUIRED_REASONS.includes(c as PaymentRequiredReason));
  if (declared) return declared;
  const prose = join(texts);
  const code = join(codes);
  let reason = classifyText(code);
  const said = classifyText(prose);
  // No code, `blocked_account` + "… blocked due to insufficient credit balance" (the prose names the
  // cause), or a code that is only a stopped state (`accountDisabled`) + prose that says what stopped
  // ("The billing account … is disabled"): the prose decides.
  if (!reason || (reason === 'subscription_inactive' && (CAUSE.test(prose) || !classifyText(join(codes, STOPPED))))) reason = said ?? reason;
  // `rate_limit_error` (the type some envelopes give every refusal) + prose that states a billing
  // fact ("your plan has expired"): the throttling code says nothing, the prose decides.
  else if (reason === 'quota_exceeded' && said && said !== 'unknown' && !classifyText(join(codes, THROTTLING))) reason = said;
  // `InvalidPaymentMethod.Incomplete` + "No payment method is specified for your account": the
  // prose states that none is there, which is what the user must fix.
  else if (reason === 'payment_method_invalid' && said === 'payment_method_required' && !REMEDY.test(NO_PAYMENT_METHOD.exec(prose)?.[0] ?? 'add')) reason = said;
  // `DAILY_LIMIT_EXCEEDED` + "would exceed the card's daily limit": the limit is the card's, a decline.
  else if (reason === 'quota_exceeded' && said === 'payment_failed') reason = 'payment_failed';
  // `limitReachedError` + "You can create up to 3 APIs on your current plan": a cap only a bigger plan lifts.
  else if (reason === 'quota_exceeded' && said === 'upgrade_required' && (PLAN_CAP.test(prose) || CAPPED.test(prose))) reason = 'upgrade_required';
  // A refusal with a reason that names the card (Adyen "Refused" + "Expired Card", `payment_failed` +
  // "Card expired."): the precise cause wins, as Stripe's decline code does over its code.
  if (reason === 'payment_failed' && (said === 'payment_method_invalid' || codes.slice(0, 12).some((c) => classifyText(words(c.slice(0, 500))) === 'payment_method_invalid')))
    return 'payment_method_invalid';
  // An allowance used up with no card to bill the overage (`quota_exhausted_no_valid_payment_method`),
  // or a free one whose way on is adding one ("Free time limit reached. Please set up billing"): the
  // missing card is what blocks the user, not a plan or a top-up. A paid allowance whose remedy is
  // adding a card says nothing missing.
  const all = code + prose;
  // "Insufficient funds" in a sentence with no card, bank or charge in sight ("You do not have enough
  // funds to perform this action"): an API's own prepaid balance, topped up, not a card declined.
  // A bare `insufficient_funds` code stays a decline (it is what processors relay).
  if (reason === 'payment_failed' && FUNDS.test(all) && !CARD_CONTEXT.test(all) && texts.some((t) => t.trim().split(/\s+/).length >= 5)) return 'quota_exceeded';
  const card = NO_PAYMENT_METHOD.exec(all)?.[0];
  // "Your free trial has expired. Please add a payment method", "free tier not available … enable
  // billing": no plan to choose is named, only a card or billing to add, and that is the way on.
  if (reason === 'upgrade_required' && card && REMEDY.test(card) && !/\b(?:upgrad\w*|subscri\w*|(?:choose|select|pick|purchase|buy) (?:a |an |the )?(?:\w+ )?plan)\b/.test(all)) return 'payment_method_required';
  return reason === 'quota_exceeded' && card && (/ free /.test(all) || !REMEDY.test(card)) ? 'payment_method_required' : reason;
}

// Throttling ("rate limit reached… try again in 2s", "too many requests", "exceeded a secondary
// rate limit", "tokens exceeded your per-minute limit"): on a 402 it reads as a quota like any other; on another status it is no billing signal.
const THROTTLING =
  /\b(?:(?:rate|request|concurrency) limit(?:s|ed|ing)?(?: (?:\w+ ){0,3}(?:exceeded|reached|hit))?|(?:exceed(?:s|ed)?|reached|hit) (?:\w+ ){0,2}rate limits?|too many (?:concurrent )?requests|throttl(?:ed|ing)|slow down|(?:secondly|minutely) limits?|(?:calls|requests|queries) (?:second|minute|sec|min)s?|(?:max(?:imum)?|too many) (?:\w+ ){0,2}attempts|(?:\w+ ){0,4}(?:per|a|each|every) (?:second|minute|sec|min))\b/g;

// An input larger than the model or endpoint takes ("maximum context length is 8192 tokens",
// `context_length_exceeded`, "prompt is too long", "The object exceeded the maximum allowed size",
// "Body exceeded 1mb limit"): a validation error, whatever it says of tokens or size.
const INPUT_SIZE =
  /\b(?:(?:max(?:imum)? )?context (?:length|window)(?: (?:\w+ ){0,2}exceeded)?|max(?:imum)? (?:input|prompt) (?:length|size|tokens)|(?:prompt|input|message|request|payload|messages) (?:is |are )?too (?:long|large)|(?:exceed(?:s|ed)?|over|above|larger than) (?:the )?max(?:imum)? (?:allowed |permitted )?(?:(?:file |object |upload |request |body |payload )?size|(?:number of )?bytes)|(?:body|payload|request|file|upload|image|attachment)s? (?:size )?(?:exceed(?:s|ed)?|is over) (?:the |its )?(?:\w+ )?(?:size )?limit)\b/g;

// A server, model or tier at capacity ("Service tier capacity exceeded for this model"), and Google's
// `RESOURCE_EXHAUSTED` ("Resource exhausted. Please try again later."), its status for quotas and
// throttling alike: an overload to wait out, not the account's allowance.
const OVERLOAD =
  /\b(?:(?:service|server|model|system|tier|cluster) capacity (?:\w+ )?(?:exceeded|reached|full)|(?:over|at) capacity|resources? (?:has been |have been |is |are )?exhausted)\b/g;

// Words of a limit that is no allowance: throttling, input size, overload.
const ORDINARY_LIMITS = new RegExp(`${THROTTLING.source}|${INPUT_SIZE.source}|${OVERLOAD.source}`, 'g');

/** Like {@link classify} with throttling and input-size words ignored: a reason only when credits, quota, plans or payment are named. */
export function classifyBilling(codes: readonly string[] = [], texts: readonly string[] = []): PaymentRequiredReason | undefined {
  if (ALLOWANCE_WINDOW.test(join([...codes, ...texts]))) return 'quota_exceeded';
  return classifyText(join(codes, ORDINARY_LIMITS)) ?? classifyText(join(texts, ORDINARY_LIMITS));
}

// "Please add a payment method to your account to increase your rate limit", "upgrade your
// subscription … if you want to increase this limit", "contact sales … for a rate limit increase".
const RAISE_LIMIT = /\b(?:increase|raise|lift)s? (?:\w+ ){0,2}limits?\b|\b(?:rate|concurrency) limit increases?\b|\bhigher (?:rate|concurrency) limits?\b/;

// A limit over seconds or minutes, or on requests running at once; a pull limit over six hours or
// a monthly one is an allowance, even when called a rate limit.
const SHORT_TERM = /\b(?:per|a|each|every) (?:second|minute|sec|min)\b|\bconcurren(?:t|cy)\b|\btry again in \d+ ?(?:s|secs?|seconds?|ms|m|mins?|minutes?)\b/;

/**
 * Whether the response states a short-term throttle first, and money only as the way to a higher
 * rate (OpenAI's "Rate limit reached … on requests per min … add a payment method to increase your
 * rate limit"): on another status than 402 that is a rate limit to wait out, not a billing problem.
 */
export function onlyThrottled(codes: readonly string[] = [], texts: readonly string[] = []): boolean {
  const prose = join(texts);
  const first = prose.search(THROTTLING);
  return first >= 0 && first <= earliest(prose)[1] && SHORT_TERM.test(prose) && RAISE_LIMIT.test(prose) && !ALLOWANCE_WINDOW.test(join([...codes, ...texts]));
}

// Words that tie a stopped account to money: "suspended … contact the billing department".
const BILLING = /\b(?:bill(?:ing|s)?|invoices?|payments?|paid|unpaid|subscriptions?|plans?|renew\w*|credits?|balance|dues|overdue)\b/;

/** Whether a stopped account is tied to billing: another rule matches once the bare state is set aside, or billing is named. */
export function namesBilling(codes: readonly string[] = [], texts: readonly string[] = []): boolean {
  const all = [...codes, ...texts];
  // "Billing is suspended" names billing in the state itself.
  return !!classifyText(join(all, STOPPED)) || BILLING.test(join(all));
}
