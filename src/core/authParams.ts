/**
 * Auth-params of a `WWW-Authenticate` challenge (`key=token` or `key="quoted string"`), read in
 * one pass. A regular expression applied at every position backtracked over each long run of
 * word characters without `=` (quadratic: an 8 KiB header cost up to 175 ms per parse); this
 * scanner looks at each character a bounded number of times.
 */

// `[\w-]`: ASCII letters, digits, `_` and `-`.
const isKeyChar = (c: string) => {
  const code = c.charCodeAt(0);
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 45;
};
// `\s`, with a fast path for ASCII.
const isSpace = (c: string) => {
  const code = c.charCodeAt(0);
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(c));
};
const endsBareValue = (c: string) => c === ',' || c === '"' || isSpace(c);

/**
 * `key → value` for every auth-param in `text`, keys in lower case, the first of a repeated key
 * winning. Quoted values are kept as written between the quotes (escapes included). Text that is
 * not a param (another scheme's name, a token68) is skipped; an unterminated quoted string ends
 * the reading, since nothing after it can be told apart from its content.
 */
export function readAuthParams(text: string): Map<string, string> {
  const params = new Map<string, string>();
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isKeyChar(text[i]!)) {
      i++;
      continue;
    }
    const keyStart = i;
    while (i < n && isKeyChar(text[i]!)) i++;
    const key = text.slice(keyStart, i).toLowerCase();
    // If `word =` does not follow, no suffix of the word can start a param either: go on after it.
    let j = i;
    while (j < n && isSpace(text[j]!)) j++;
    if (text[j] !== '=') continue;
    j++;
    while (j < n && isSpace(text[j]!)) j++;
    let value: string | undefined;
    if (text[j] === '"') {
      let k = j + 1;
      while (k < n && text[k] !== '"') k += text[k] === '\\' ? 2 : 1;
      if (k >= n) break;
      value = text.slice(j + 1, k);
      i = k + 1;
    } else {
      let k = j;
      while (k < n && !endsBareValue(text[k]!)) k++;
      if (k > j) value = text.slice(j, k);
      i = k > j ? k : j;
    }
    if (value !== undefined && !params.has(key)) params.set(key, value);
  }
  return params;
}
