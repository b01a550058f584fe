import { useId } from 'react';
import { useMessages } from '../../messages/useMessages';
import { DialogDescription } from '../dialog/DialogDescription';
import { DialogTitle } from '../dialog/DialogTitle';
import type { PromptStateOptions } from '../dialog/usePromptState';
import { ActionButton } from '../shared/ActionButton';
import { ActionLink } from '../shared/ActionLink';
import { BlockedNotice } from '../shared/BlockedNotice';
import { HandlerError } from '../shared/HandlerError';
import { HandlerStatus } from '../shared/HandlerStatus';
import type { PresentationProps } from '../shared/presentationProps';
import { PromptShell, type PromptPart } from '../shared/PromptShell';
import { useIncidentControls } from '../shared/useIncidentControls';
import { PlanCard } from './PlanCard';
import { PlanList } from './PlanList';
import { usePlanUpgrade, type UsePlanUpgradeOptions } from './usePlanUpgrade';

/** Parts of the upgrade prompt, for `classNames`. */
export type PlanUpgradePart =
  | PromptPart
  | 'panel'
  | 'plans'
  | 'plan'
  | 'plan-label'
  | 'plan-radio'
  | 'plan-name'
  | 'plan-badge'
  | 'plan-price'
  | 'plan-description'
  | 'plan-features'
  | 'plan-unlocks'
  | 'blocked';

/** Props of {@link PlanUpgradePrompt}. */
export interface PlanUpgradePromptProps extends UsePlanUpgradeOptions, PromptStateOptions, PresentationProps<PlanUpgradePart> {
  /** A modal dialog (default) or a section in the page. */
  variant?: 'modal' | 'inline';
  /** The feature that needs the upgrade; default: the incident's `feature`. */
  feature?: string;
  /**
   * Names to show for feature ids, e.g. `{ saml_sso: 'SAML single sign-on' }`. A feature that looks
   * like a machine id (`saml_sso`, `saml-sso`, `samlSso`) and has no label is not shown.
   */
  featureLabels?: Record<string, string>;
  /** How many queries and mutations wait on the incident. */
  blockedCount?: number;
}

const MACHINE_ID = /^[^\s]*(?:[_-]|[a-z][A-Z])[^\s]*$/;

/**
 * The feature as users should read it: the app's label if it gives one, else the feature itself
 * unless it looks like a machine id (snake_case, kebab-case or camelCase, no spaces).
 */
export function featureDisplayName(feature: string | undefined, labels?: Record<string, string>): string | undefined {
  if (!feature) return undefined;
  const label = labels && Object.hasOwn(labels, feature) ? labels[feature]?.trim() : undefined;
  if (label) return label;
  const trimmed = feature.trim();
  return trimmed && !MACHINE_ID.test(trimmed) ? trimmed : undefined;
}

/**
 * The prompt for `upgrade_required`: the plans with the current and the required one marked,
 * localized prices with their interval, features and what the required plan unlocks, and one
 * call to action running `onUpgrade(plan, incident)` with pending and error states.
 */
export function PlanUpgradePrompt(props: PlanUpgradePromptProps) {
  const { incident = null, variant = 'modal', blockedCount = 0 } = props;
  const messages = useMessages({ locale: props.locale, messages: props.messages });
  const controls = useIncidentControls(incident, props);
  const state = usePlanUpgrade({ ...props, onResolved: controls.onResolved });
  const radioName = useId();
  const { t } = messages;
  const feature = featureDisplayName(props.feature ?? incident?.feature, props.featureLabels);
  const requiredName = state.requiredPlan?.name;
  const description =
    feature && requiredName
      ? t('upgrade.descriptionFeature', { feature, plan: requiredName })
      : requiredName
        ? t('upgrade.descriptionPlan', { plan: requiredName })
        : t('upgrade.description');
  const ctaLabel = state.selectedPlan
    ? t('action.upgrade', { plan: state.selectedPlan.name })
    : t('action.upgradeShortcut');

  const actions = (
    <>
      {state.canUpgrade ? (
        <ActionButton action="upgrade" primary initialFocus pending={state.pending} onClick={() => void state.upgrade()}>
          {ctaLabel}
        </ActionButton>
      ) : (
        <ActionLink action="upgrade" primary initialFocus href={state.upgradeHref}>
          {ctaLabel}
        </ActionLink>
      )}
    </>
  );

  return (
    <PromptShell prompt={props} messages={messages} controls={controls} state={state} variant={variant} reason="upgrade_required" actions={actions}>
      <DialogTitle>{t('upgrade.title')}</DialogTitle>
      <DialogDescription>{description}</DialogDescription>
      {state.options.length > 0 ? (
        <PlanList>
          {state.options.map((option) => (
            <PlanCard
              key={option.plan.id}
              option={option}
              selected={option.plan.id === state.selectedPlan?.id}
              radioName={state.hasChoice ? radioName : undefined}
              onPlanSelect={state.select}
              feature={feature}
            />
          ))}
        </PlanList>
      ) : null}
      <BlockedNotice count={blockedCount} />
      <HandlerError error={state.error} failed={state.status === 'error'} />
      <HandlerStatus pending={state.pending} />
    </PromptShell>
  );
}
