import { tokensForParts, type TokenScope } from './tokenUsage';

/** Props of {@link TokenTable}. */
export interface TokenTableProps {
  /** The prompt's parts, as in its `classNames` type. */
  parts: readonly string[];
  /** `shared`: what every prompt uses; `own`: what only these parts add. Default `all`. */
  scope?: TokenScope;
}

/** The tokens a prompt uses, with the CSS property and the `theme` key that set each. */
export function TokenTable({ parts, scope = 'all' }: TokenTableProps) {
  const tokens = tokensForParts(parts, undefined, scope);
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">CSS custom property</th>
          <th scope="col">
            <code>theme</code> key
          </th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => (
          <tr key={token.property}>
            <td>
              <code>{token.property}</code>
            </td>
            <td>
              <code>{token.themeKey}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
