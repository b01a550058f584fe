import { parsePaymentRequired } from '../../src/core/parse/parsePaymentRequired';
import { htmlTitle } from '../../src/core/text';
import { createMessageFormatter } from '../../src/messages/formatter';
import type { MessageKey } from '../../src/messages/catalog';

// Server text is data, never a property name: each lookup below used to reach Object.prototype.

const parse = (body: unknown) => parsePaymentRequired({ status: 402, body }, { now: () => 0 })!;
const FUNCTION_TEXT = /function|native code|\[object/i;

describe('an HTML title with an inherited entity name', () => {
  it.each(['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty'])('&%s; stays as written', (name) => {
    expect(htmlTitle(`<title>Billing &${name}; error</title>`)).toBe(`Billing &${name}; error`);
  });

  it('the incident message of such a page shows no function source', () => {
    const incident = parse('<!doctype html><html><head><title>Billing &constructor; &amp; more</title></head></html>');
    expect(incident.message).toBe('Billing &constructor; & more');
  });
});

describe('body keys named like Object.prototype members', () => {
  // Keys are compared lower-cased with punctuation removed, so these all read as `constructor`.
  it.each(['Constructor', 'CONSTRUCTOR', 'con_structor', '__constructor__', 'con-structor', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'])(
    '`%s` is neither a message nor a code',
    (key) => {
      const incident = parse({ [key]: 'sneaky_text', detail: 'The real message.' });
      expect(incident.message).toBe('The real message.');
      expect(incident.code).toBeUndefined();
    },
  );

  it('a body made only of such keys gives no message, no code and no rank arithmetic on functions', () => {
    const incident = parse({ Constructor: 'hello world', __constructor__: 'x', toString: 'y' });
    expect(incident.message).toBeUndefined();
    expect(incident.code).toBeUndefined();
    expect(incident.reason).toBe('unknown');
  });
});

describe('the message catalogue', () => {
  it.each(['constructor', 'toString', '__proto__', 'price.constructor', 'hasOwnProperty'])(
    'a key that is not in the catalogue (%s) shows the key, not a function',
    (key) => {
      const messages = createMessageFormatter({ locale: 'en', overrides: [{}] });
      const text = messages.t(key as MessageKey);
      expect(text).toBe(key);
      expect(text).not.toMatch(FUNCTION_TEXT);
    },
  );
});
