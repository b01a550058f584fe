import type { FailureExtractor } from './types';
import { failure, firstString, prop, safely } from './read';

// `responseType: 'arraybuffer'` (or a Node Buffer) leaves the body as bytes: decode them as text.
const MAX_BYTES = 64 * 1024;
function decoded(data: unknown): unknown {
  const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : undefined;
  return bytes ? new TextDecoder().decode(bytes.subarray(0, MAX_BYTES)) : data;
}

// The request URL: the final one the browser reports, else `baseURL` + `url` from the config.
function requestUrl(error: unknown): string | undefined {
  const config = prop(error, 'config');
  const url = firstString(prop(config, 'url'));
  const base = firstString(prop(config, 'baseURL'));
  let joined = url;
  try {
    if (url && base) joined = new URL(url, base).href;
  } catch {
    // a relative base: keep the path alone
  }
  return firstString(prop(prop(error, 'request'), 'responseURL'), prop(prop(prop(error, 'request'), 'res'), 'responseUrl'), joined);
}

/**
 * axios 1 `AxiosError`: `error.response.status`, `.headers` (AxiosHeaders) and `.data`, decoded
 * by axios already. Network errors (no response) and non-axios errors give null.
 */
export const axiosFailure: FailureExtractor = safely((error: unknown) => {
  if (prop(error, 'isAxiosError') !== true) return null;
  const response = prop(error, 'response');
  if (!response) return null;
  return failure(prop(response, 'status'), prop(response, 'headers'), decoded(prop(response, 'data')), requestUrl(error));
});
