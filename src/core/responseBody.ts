import { MAX_BODY_CHARS } from './limits';

/** Reads a response body once, at most {@link MAX_BODY_CHARS} characters; decodes JSON when it is JSON. */
export async function readBody(response: Response): Promise<unknown> {
  let text = '';
  try {
    const reader = response.body?.getReader();
    if (reader) {
      // Stream and stop at the cap, so a huge error page is never held in memory whole.
      const decoder = new TextDecoder();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
        if (text.length > MAX_BODY_CHARS) {
          await reader.cancel().catch(() => {});
          break;
        }
      }
      text += decoder.decode();
    } else {
      text = await response.text();
    }
  } catch {
    // A body that cannot be read is reported as no body.
  }
  text = text.slice(0, MAX_BODY_CHARS);
  if (!text.trim()) return undefined;
  if (/json/i.test(response.headers.get('content-type') ?? '') || /^\s*[[{]/.test(text)) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // not JSON after all: keep the text
    }
  }
  return text;
}
