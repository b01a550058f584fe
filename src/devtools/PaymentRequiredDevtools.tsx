import { DevtoolsPanel, type PaymentRequiredDevtoolsProps } from './DevtoolsPanel';

/**
 * A development panel for `PaymentRequiredProvider`: the unresolved incidents (reason, state,
 * format, what they block) with resolve / dismiss buttons, the recent incident events, and one
 * button per reason that reports a simulated 402. Render it anywhere inside the provider.
 *
 * Renders nothing in production builds. The check is the literal `process.env.NODE_ENV`, which
 * bundlers (Vite, webpack, Next.js, esbuild with `define`) replace: the branch that renders the
 * panel becomes dead code and the panel, its canned responses and the parser it calls are
 * dropped from the bundle.
 */
export function PaymentRequiredDevtools(props: PaymentRequiredDevtoolsProps) {
  // One conditional expression, not an early return: bundlers fold it while parsing, so the
  // panel is never referenced and tree-shaking drops it (esbuild keeps code after an `if` return).
  return process.env.NODE_ENV === 'production' ? null : <DevtoolsPanel {...props} />;
}
