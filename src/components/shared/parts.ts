import { createContext, createElement, useContext, useMemo, type ReactNode } from 'react';
import { usePaymentRequiredConfig } from '../../presentation/context';

/** Class names for parts, by part name (the `data-part` value): the `classNames` prop of composed components. */
export type PartClassNames<Part extends string = string> = Partial<Record<Part, string>>;

interface PartsContextValue {
  unstyled: boolean;
  classNames: PartClassNames | undefined;
  /** The composed component's state, which parts without their own state carry. */
  state: string | undefined;
}

const PartsContext = createContext<PartsContextValue | null>(null);

/** Props of {@link PartsProvider}. */
export interface PartsProviderProps {
  /** Leave out the library's `rpr-*` class names. */
  unstyled?: boolean;
  classNames?: PartClassNames;
  /** State shown as `data-state` by parts that have none of their own. */
  state?: string;
  children?: ReactNode;
}

/**
 * Gives the parts below a `classNames` map, the `unstyled` switch and a default `data-state`;
 * what is not given is inherited from an enclosing provider, then from `PaymentRequiredProvider`.
 */
export function PartsProvider({ unstyled, classNames, state, children }: PartsProviderProps) {
  const parent = useContext(PartsContext);
  const config = usePaymentRequiredConfig();
  const resolvedUnstyled = unstyled ?? parent?.unstyled ?? config?.unstyled ?? false;
  const resolvedClassNames = classNames ?? parent?.classNames;
  const resolvedState = state ?? parent?.state;
  const value = useMemo(
    () => ({ unstyled: resolvedUnstyled, classNames: resolvedClassNames, state: resolvedState }),
    [resolvedUnstyled, resolvedClassNames, resolvedState],
  );
  return createElement(PartsContext.Provider, { value }, children);
}

/** What every part spreads on its element. */
export interface PartAttributes {
  'data-part': string;
  'data-state'?: string;
  className?: string;
}

/**
 * The `data-part`, `data-state` and class name of a part: the library's `rpr-<part>` class
 * (unless unstyled), the `classNames` entry for the part, then the part's own `className`.
 * `unstyled` overrides the enclosing setting (for roots that take the prop themselves).
 */
export function usePart(part: string, className?: string, state?: string, unstyledOverride?: boolean): PartAttributes {
  const context = useContext(PartsContext);
  const config = usePaymentRequiredConfig();
  const unstyled = unstyledOverride ?? context?.unstyled ?? config?.unstyled ?? false;
  const names = [unstyled ? undefined : `rpr-${part}`, context?.classNames?.[part], className].filter(Boolean);
  return {
    'data-part': part,
    'data-state': state ?? context?.state,
    className: names.length > 0 ? names.join(' ') : undefined,
  };
}

/** Whether styles are off here: the given prop, else the enclosing parts' setting, else the provider's. */
export function useUnstyled(unstyled?: boolean): boolean {
  const context = useContext(PartsContext);
  const config = usePaymentRequiredConfig();
  return unstyled ?? context?.unstyled ?? config?.unstyled ?? false;
}
