import { parseJson } from '../parse/decode';
import type { FormatReader } from '../parse/draft';
import { elementText, htmlText, htmlTitle, isHtml } from '../text';

// The first `"key": "value"` of a JSON document too broken (or too long) to parse; a value cut
// off by the size cap is kept up to the cut.
const salvage = (json: string, keys: string): string | undefined => {
  const m = new RegExp(`"(?:${keys})"\\s*:\\s*"((?:[^"\\\\]|\\\\.){1,500})`).exec(json)?.[1];
  if (m === undefined) return undefined;
  const v = parseJson(`"${m.replace(/\\(u[0-9a-f]{0,3})?$/i, '')}"`);
  return typeof v === 'string' ? v : m;
};

// A body that only repeats the status line ("Payment Required", "402 Payment Required") tells
// the user nothing the dialog's own title does not; the generic text reads better.
const informative = (text: string | undefined): string | undefined =>
  text && !/^(?:http\/[\d.]+\s+)?(?:402\s*:?\s*)?payment required\.?$/i.test(text.trim()) ? text : undefined;

/**
 * A text body: plain prose (the message itself), an HTML page (only its title is kept as the
 * message; markup never is), an XML error document (its message and code elements) or JSON cut
 * off or broken (its first message and code are salvaged).
 */
export const readText: FormatReader = (ctx) => {
  const t = ctx.text?.trim();
  if (!t) return undefined;
  // An HTML page, or an XML error document (Braintree, S3, SOAP gateways): never the markup's tag
  // names (`<credit-card><errors>` is no "card errors"); the page's title, or else the document's
  // `<message>` and `<code>` elements.
  if (isHtml(t) || /^<\?xml/i.test(t)) {
    const title = htmlTitle(t);
    const message = title ?? elementText(t, 'message');
    const code = title ? undefined : elementText(t, 'code');
    return { format: 'text', message: informative(message), code, codes: code ? [code] : [], texts: [message ?? '', htmlText(t)] };
  }
  if (/^[[{]/.test(t)) {
    const message = salvage(t, 'message|detail|error|title|msg');
    const code = salvage(t, 'code|type|reason|status');
    return { format: 'json', message, code, codes: code ? [code] : [], texts: message ? [message] : [] };
  }
  // SCREAMING_SNAKE words in prose are codes ("402: PAYMENT_REQUIRED Code: DEPLOYMENT_DISABLED").
  return { format: 'text', message: informative(t), texts: [t], codes: t.match(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g)?.slice(0, 5) };
};
