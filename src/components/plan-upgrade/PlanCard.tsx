import type { ComponentPropsWithoutRef } from 'react';
import { usePartMessages } from '../shared/partMessages';
import { usePart } from '../shared/parts';
import type { PlanOption } from './planOptions';
import { formatPlanPrice } from './planPrice';

/** Props of {@link PlanCard}. */
export interface PlanCardProps extends ComponentPropsWithoutRef<'li'> {
  option: PlanOption;
  selected?: boolean;
  /** Name of the radio group; when given and the plan is selectable, a radio button chooses it. */
  radioName?: string;
  onPlanSelect?: (planId: string) => void;
  /** The feature that triggered the prompt, shown on the required plan ("Includes …"). */
  feature?: string;
}

/**
 * One plan: name, a visible "Current plan" / "Needed for this" badge (and `data-state`, never
 * colour alone), price with its interval, description, features, and what it unlocks.
 */
export function PlanCard(props: PlanCardProps) {
  const { option, selected = false, radioName, onPlanSelect, feature, className, ...rest } = props;
  const messages = usePartMessages();
  const { plan, state } = option;
  const root = usePart('plan', className, state);
  const labelPart = usePart('plan-label');
  const radioPart = usePart('plan-radio');
  const namePart = usePart('plan-name');
  const badgePart = usePart('plan-badge');
  const pricePart = usePart('plan-price');
  const descriptionPart = usePart('plan-description');
  const featuresPart = usePart('plan-features');
  const unlocksPart = usePart('plan-unlocks');
  const price = formatPlanPrice(plan, messages);
  const name = <span {...namePart}>{plan.name}</span>;
  const badge = state === 'current' ? 'upgrade.current' : state === 'required' ? 'upgrade.required' : undefined;
  const features = plan.features ?? [];
  // "Includes SAML SSO" under a feature list that already names it would say it twice.
  const listed = feature !== undefined && features.some((text) => text.trim().toLocaleLowerCase() === feature.trim().toLocaleLowerCase());

  return (
    <li {...rest} {...root} data-selected={selected || undefined}>
      {radioName && option.selectable ? (
        <label {...labelPart}>
          <input
            {...radioPart}
            type="radio"
            name={radioName}
            value={plan.id}
            checked={selected}
            onChange={() => onPlanSelect?.(plan.id)}
          />
          {name}
        </label>
      ) : (
        name
      )}
      {badge ? <span {...badgePart}>{messages.t(badge)}</span> : null}
      {price ? <span {...pricePart}>{price}</span> : null}
      {plan.description ? <p {...descriptionPart}>{plan.description}</p> : null}
      {features.length > 0 ? (
        <ul {...featuresPart}>
          {features.map((text, index) => (
            <li key={`${index}:${text}`}>{text}</li>
          ))}
        </ul>
      ) : null}
      {state === 'required' && feature && !listed ? <p {...unlocksPart}>{messages.t('upgrade.unlocks', { feature })}</p> : null}
    </li>
  );
}
