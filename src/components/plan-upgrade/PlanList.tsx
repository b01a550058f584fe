import type { ComponentPropsWithoutRef } from 'react';
import { usePartMessages } from '../shared/partMessages';
import { usePart } from '../shared/parts';

/** Props of {@link PlanList}. */
export type PlanListProps = ComponentPropsWithoutRef<'ul'>;

/** The list of plans (labelled "Plans"); holds `PlanCard`s. */
export function PlanList({ className, ...props }: PlanListProps) {
  const messages = usePartMessages();
  return <ul aria-label={messages.t('upgrade.plans')} {...props} {...usePart('plans', className)} />;
}
