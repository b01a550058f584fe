import { describe, expect, it } from 'vitest';
import { parsePaymentRequired } from '../../src/core/parse/parsePaymentRequired';
import type { PaymentRequiredInput } from '../../src/core/types';

// Responses from APIs that signal billing problems without a 402, as they document or send them.
const NOW = Date.parse('2026-06-01T12:00:00Z');
const RESET_S = NOW / 1000 + 1800;
const json = { 'content-type': 'application/json' };

const openaiQuota: PaymentRequiredInput = {
  status: 429,
  headers: { ...json, 'x-request-id': 'req_5f2b0c1d' },
  body: {
    error: {
      message:
        'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
      type: 'insufficient_quota',
      param: null,
      code: 'insufficient_quota',
    },
  },
};

const openaiRateLimit: PaymentRequiredInput = {
  status: 429,
  headers: {
    ...json,
    'retry-after': '3',
    'x-ratelimit-limit-requests': '500',
    'x-ratelimit-remaining-requests': '499',
    'x-ratelimit-limit-tokens': '30000',
    'x-ratelimit-remaining-tokens': '0',
    'x-ratelimit-reset-tokens': '2.242s',
  },
  body: {
    error: {
      message:
        'Rate limit reached for gpt-4o in organization org-abc123 on tokens per min (TPM): Limit 30000, Used 29844, Requested 1277. Please try again in 2.242s. Visit https://platform.openai.com/account/rate-limits to learn more.',
      type: 'tokens',
      param: null,
      code: 'rate_limit_exceeded',
    },
  },
};

const anthropicCredit: PaymentRequiredInput = {
  status: 400,
  headers: json,
  body: {
    type: 'error',
    error: {
      type: 'invalid_request_error',
      message: 'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.',
    },
    request_id: 'req_011Cf75wfCXCbniKKrP6wSut',
  },
};

const anthropicMalformed: PaymentRequiredInput[] = [
  {
    status: 400,
    headers: json,
    body: { type: 'error', error: { type: 'invalid_request_error', message: 'messages: roles must alternate between "user" and "assistant", but found multiple "user" roles in a row' } },
  },
  {
    status: 400,
    headers: json,
    body: { type: 'error', error: { type: 'invalid_request_error', message: 'max_tokens: 100000 > 64000, which is the maximum allowed number of output tokens for claude-sonnet-4-20250514' } },
  },
];

const deeplQuota: PaymentRequiredInput = { status: 456, headers: json, body: { message: 'Quota Exceeded' } };

const githubRateLimit: PaymentRequiredInput = {
  status: 403,
  headers: {
    'content-type': 'application/json; charset=utf-8',
    'x-ratelimit-limit': '60',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': String(RESET_S),
    'x-ratelimit-used': '60',
    'x-ratelimit-resource': 'core',
  },
  body: {
    message:
      "API rate limit exceeded for 203.0.113.7. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)",
    documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
  },
};

const githubForbidden: PaymentRequiredInput[] = [
  {
    status: 403,
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '4987', 'x-ratelimit-reset': String(RESET_S) },
    body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue', status: '403' },
  },
  {
    status: 403,
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-ratelimit-remaining': '4986' },
    body: { message: 'Must have admin rights to Repository.', documentation_url: 'https://docs.github.com/rest/repos/repos#update-a-repository' },
  },
];

const STATUSES = [402, 429, 400, 456, 403];
const parse = (input: PaymentRequiredInput) => parsePaymentRequired(input, { statuses: STATUSES, now: () => NOW });

describe('other statuses with a billing body, opted in', () => {
  it('OpenAI 429 insufficient_quota is an exhausted quota', () => {
    expect(parse(openaiQuota)).toMatchObject({ reason: 'quota_exceeded', status: 429, code: 'insufficient_quota' });
    expect(parse(openaiQuota)?.message).toMatch(/^You exceeded your current quota/);
  });

  it('OpenAI 429 rate_limit_exceeded (slow down for seconds) is not a payment problem', () => {
    expect(parse(openaiRateLimit)).toBeNull();
  });

  it('Anthropic 400 "credit balance is too low" is out of credits', () => {
    expect(parse(anthropicCredit)).toMatchObject({ reason: 'quota_exceeded', status: 400 });
  });

  it('Anthropic 400 for a malformed request is not', () => {
    for (const input of anthropicMalformed) expect(parse(input)).toBeNull();
  });

  it('DeepL 456 "Quota Exceeded"', () => {
    expect(parse(deeplQuota)).toMatchObject({ reason: 'quota_exceeded', status: 456, message: 'Quota Exceeded' });
  });

  it('GitHub 403 rate limit with nothing remaining: quota exceeded until the reset time', () => {
    const incident = parse(githubRateLimit);
    expect(incident).toMatchObject({ reason: 'quota_exceeded', status: 403, quota: { limit: 60, used: 60, remaining: 0, resetAt: RESET_S * 1000 } });
    expect(incident?.retryAt).toBe(RESET_S * 1000);
  });

  it('GitHub 403 permission errors are not', () => {
    for (const input of githubForbidden) expect(parse(input)).toBeNull();
  });

  it('a status that is not opted in gives null even with a billing body', () => {
    expect(parsePaymentRequired(deeplQuota, { statuses: [402, 429] })).toBeNull();
  });
});

describe('default options (402 only)', () => {
  const all = [openaiQuota, openaiRateLimit, anthropicCredit, ...anthropicMalformed, deeplQuota, githubRateLimit, ...githubForbidden];
  it.each(all.map((input) => [input.status, input] as const))('%i gives null', (_status, input) => {
    expect(parsePaymentRequired(input, { now: () => NOW })).toBeNull();
  });

  it('the same billing body on a 402 is an incident', () => {
    expect(parsePaymentRequired({ ...openaiQuota, status: 402 })?.reason).toBe('quota_exceeded');
    expect(parsePaymentRequired({ ...anthropicCredit, status: 402 })?.reason).toBe('quota_exceeded');
  });
});
