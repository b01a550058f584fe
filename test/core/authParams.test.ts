import fc from 'fast-check';
import { readAuthParams } from '../../src/core/authParams';
import { authChallenge } from '../../src/core/authChallenge';
import { parsePaymentRequired } from '../../src/core/parse/parsePaymentRequired';

// The auth-param reader is a one-pass scanner (it replaced a regular expression that was
// quadratic on long runs of word characters); these check it still reads what it should.

const base64 = (length: number) => 'AgEEbHNhdAJCAAB2'.repeat(Math.ceil(length / 16)).slice(0, length);

test('an 8 KiB L402 challenge with a long macaroon still parses, invoice and all', () => {
  const macaroon = base64(7600);
  const invoice = 'lnbc10u1pjq9xyzpp5qqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqypq';
  const header = `L402 macaroon="${macaroon}", invoice="${invoice}"`;
  expect(header.length).toBeGreaterThan(7600);
  expect(header.length).toBeLessThanOrEqual(8192);
  const challenge = authChallenge(header, /L402|LSAT/);
  expect(challenge?.params.get('macaroon')).toBe(macaroon);
  expect(challenge?.params.get('invoice')).toBe(invoice);

  const incident = parsePaymentRequired({ status: 402, headers: { 'www-authenticate': header } });
  expect(incident?.reason).toBe('micropayment_required');
  expect(incident?.micropayment?.amount).toBe('1000');
});

test('8 KiB of word characters without "=" before the params: the params are still found', () => {
  const header = `L402 x=1 ${'a'.repeat(8000)} invoice="lnbc1"`;
  expect(authChallenge(header, /L402/)?.params).toEqual(new Map([['x', '1'], ['invoice', 'lnbc1']]));
  // Past the 8,192-character cap, the rest is not read.
  expect(authChallenge(`L402 x=1 ${'a'.repeat(9000)} invoice="lnbc1"`, /L402/)?.params).toEqual(new Map([['x', '1']]));
});

test.each([
  ['quoted and bare values, spaces around "="', 'a="1", b = 2 ,c= "x y"', { a: '1', b: '2', c: 'x y' }],
  ['first of a repeated key wins, keys lower-cased', 'Realm="one", realm="two"', { realm: 'one' }],
  ['escapes stay as written', 'a="say \\"hi\\"", b=1', { a: 'say \\"hi\\"', b: '1' }],
  ['a token68 and a following scheme are skipped', 'abc , Bearer realm="api"', { realm: 'api' }],
  ['a key without a value is skipped', 'a=, b=2', { b: '2' }],
  ['an unterminated quoted string ends the reading', 'a=1, b="open c=3', { a: '1' }],
  ['base64 padding in a bare value', 'request=eyJhIjoxfQ==, id=7', { request: 'eyJhIjoxfQ==', id: '7' }],
])('%s', (_name, text, expected) => {
  expect(Object.fromEntries(readAuthParams(text))).toEqual(expected);
});

// The expression the scanner replaced, as a reference on well-formed input (short, closed quotes).
function reference(text: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const [, k = '', quoted, bare] of text.matchAll(/([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.){0,4096})"|([^\s,"]+))/g)) {
    const key = k.toLowerCase();
    if (!params.has(key)) params.set(key, quoted ?? bare ?? '');
  }
  return params;
}

test('reads what the old expression read, on well-formed challenges', () => {
  const word = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);
  const quoted = fc.stringMatching(/^[^"\\]{0,20}$/).map((v) => `"${v}"`);
  const bare = fc.stringMatching(/^[^\s,"\\]{1,20}$/);
  const space = fc.constantFrom('', ' ', '  ', '\t');
  const param = fc.tuple(word, space, space, fc.oneof(quoted, bare)).map(([k, s1, s2, v]) => `${k}${s1}=${s2}${v}`);
  const junk = fc.oneof(word, fc.constantFrom('Bearer', 'abc==', ','));
  const challenge = fc.array(fc.oneof(param, param, junk), { maxLength: 8 }).map((parts) => parts.join(', '));
  fc.assert(
    fc.property(challenge, (text) => {
      expect(readAuthParams(text)).toEqual(reference(text));
    }),
    { numRuns: 500, seed: 402 },
  );
});
