import { readAuthParams } from './authParams';

/** Auth-params of the first challenge with one of `schemes` in a `WWW-Authenticate` value. */
export function authChallenge(value: string | undefined, schemes: RegExp): { scheme: string; params: Map<string, string> } | undefined {
  // The scheme must be followed by an auth-param, so prose such as `error="no payment"` is no match.
  const m = value && new RegExp(`(?:^|[\\s,])(${schemes.source})\\s+(?=[\\w-]+\\s*=)([^]*)`, 'i').exec(value.slice(0, 8192));
  if (!m) return undefined;
  return { scheme: m[1] ?? '', params: readAuthParams(m[2] ?? '') };
}
