import { Component, type ErrorInfo, type ReactNode } from 'react';

/** Props of {@link PromptBoundary}. */
export interface PromptBoundaryProps {
  children?: ReactNode;
  /** Rendered instead of the children once they threw; `null` renders nothing. */
  fallback: ReactNode;
  /** Told once about the error the children threw. */
  onError?: (error: unknown, info: ErrorInfo) => void;
}

interface PromptBoundaryState {
  failed: boolean;
}

/**
 * Keeps a render error of the prebuilt UI inside the UI: the app around it stays mounted, and
 * the fallback shows instead. Stays failed until remounted (the host keys it by incident), so a
 * prompt that throws on every render is not retried in a loop.
 */
export class PromptBoundary extends Component<PromptBoundaryProps, PromptBoundaryState> {
  override state: PromptBoundaryState = { failed: false };

  static getDerivedStateFromError(): PromptBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    try {
      this.props.onError?.(error, info);
    } catch {
      // Reporting must not turn a contained error into an uncontained one.
    }
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
