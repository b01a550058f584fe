import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  ActionButton,
  DialogTitle,
  HandlerError,
  PanelRoot,
  PlanCard,
  PlanList,
  PlanUpgradePrompt,
  usePlanUpgrade,
} from '../../src/components';
import { resolvePlanOptions } from '../../src/components/plan-upgrade/planOptions';
import type { PaymentRequiredIncident } from '../../src/core/types';
import { PaymentRequiredProvider } from '../../src/react/PaymentRequiredProvider';
import { sampleIncident, samplePlans as plans } from '../../src/devtools/samples';
import { deferred } from './deferred';

const upgradeIncident = sampleIncident({
  reason: 'upgrade_required',
  feature: 'SAML single sign-on',
  plan: { current: { id: 'team' }, required: { id: 'business', name: 'Business' } },
});

const planItem = (name: string) => screen.getByText(name, { selector: '[data-part="plan-name"]' }).closest('li')!;

test('lists the plans with the current and required one marked by state and by words', () => {
  render(<PlanUpgradePrompt incident={upgradeIncident} plans={plans} onUpgrade={vi.fn()} />);
  const dialog = screen.getByRole('dialog', { name: 'Upgrade to continue' });
  expect(dialog).toHaveAccessibleDescription(
    'SAML single sign-on is part of the Business plan.',
  );
  const list = screen.getByRole('list', { name: 'Plans' });
  expect(list.querySelectorAll(':scope > [data-part="plan"]')).toHaveLength(4);

  const team = planItem('Team');
  expect(team).toHaveAttribute('data-state', 'current');
  expect(team).toHaveTextContent('Current plan');
  expect(team).toHaveTextContent('$20/month');
  const business = planItem('Business');
  expect(business).toHaveAttribute('data-state', 'required');
  expect(business).toHaveAttribute('data-selected');
  expect(business).toHaveTextContent('Needed for this');
  expect(business).toHaveTextContent('$50/month');
  expect(business).toHaveTextContent('Security and control for growing companies.');
  expect(within(business).getByText('Unlimited projects')).toBeInTheDocument();
  // SAML SSO is in Business's feature list already: no "Includes SAML single sign-on" line repeating it.
  expect(within(business).getByText('SAML single sign-on')).toBeInTheDocument();
  expect(business).not.toHaveTextContent('Includes');
  expect(planItem('Scale')).toHaveTextContent('€4,990/year');
  expect(planItem('Scale')).toHaveAttribute('data-state', 'available');
});

test('a price of 0 reads "Free"', () => {
  const [team, business] = plans;
  const freeTeam = { ...team!, price: { amount: 0, currency: 'USD', interval: 'month' as const } };
  render(<PlanUpgradePrompt incident={upgradeIncident} plans={[freeTeam, business!]} onUpgrade={vi.fn()} />);
  expect(within(planItem('Team')).getByText('Free')).toBeInTheDocument();
  expect(planItem('Team')).not.toHaveTextContent('$');
});

describe('machine feature ids are not shown', () => {
  const idIncident = (feature: string) => ({ ...upgradeIncident, feature });

  test.each(['saml_sso', 'saml-sso', 'samlSso'])('%s: the plan-only sentence, no "Includes" line', (feature) => {
    render(<PlanUpgradePrompt incident={idIncident(feature)} plans={plans} onUpgrade={vi.fn()} />);
    expect(screen.getByRole('dialog')).toHaveAccessibleDescription(
      'This is part of the Business plan.',
    );
    expect(planItem('Business')).not.toHaveTextContent('Includes');
    expect(document.body).not.toHaveTextContent(feature);
  });

  test('featureLabels names a feature id', () => {
    render(
      <PlanUpgradePrompt
        incident={idIncident('audit_log')}
        plans={plans}
        onUpgrade={vi.fn()}
        featureLabels={{ audit_log: 'Audit log export' }}
      />,
    );
    expect(screen.getByRole('dialog')).toHaveAccessibleDescription(
      'Audit log export is part of the Business plan.',
    );
    expect(planItem('Business')).toHaveTextContent('Includes Audit log export');
  });
});

test('one call to action: upgrades to the required plan, with the incident', async () => {
  const user = userEvent.setup();
  const onUpgrade = vi.fn();
  const onResolved = vi.fn();
  render(<PlanUpgradePrompt incident={upgradeIncident} plans={plans} onUpgrade={onUpgrade} onResolved={onResolved} />);
  const cta = screen.getByRole('button', { name: 'Upgrade to Business' });
  expect(cta).toHaveFocus();
  await user.click(cta);
  expect(onUpgrade).toHaveBeenCalledWith(plans[1], upgradeIncident);
  expect(onResolved).toHaveBeenCalledTimes(1);
});

test('another plan can be chosen with the radio buttons (the current plan cannot)', async () => {
  const user = userEvent.setup();
  const onUpgrade = vi.fn();
  render(<PlanUpgradePrompt incident={upgradeIncident} plans={plans} onUpgrade={onUpgrade} />);
  expect(screen.getAllByRole('radio')).toHaveLength(3);
  expect(screen.getByRole('radio', { name: 'Business' })).toBeChecked();
  await user.click(screen.getByRole('radio', { name: 'Scale' }));
  expect(planItem('Scale')).toHaveAttribute('data-selected');
  await user.click(screen.getByRole('button', { name: 'Upgrade to Scale' }));
  expect(onUpgrade).toHaveBeenCalledWith(plans[2], upgradeIncident);
});

test('pending and error states', async () => {
  const user = userEvent.setup();
  const checkout = deferred();
  const onResolved = vi.fn();
  render(
    <PlanUpgradePrompt incident={upgradeIncident} plans={plans} onUpgrade={() => checkout.promise} onResolved={onResolved} />,
  );
  await user.click(screen.getByRole('button', { name: 'Upgrade to Business' }));
  expect(screen.getByRole('button', { name: 'Upgrade to Business' })).toHaveAttribute('aria-disabled', 'true');
  expect(screen.getByRole('dialog')).toHaveAttribute('aria-busy', 'true');
  await act(async () => checkout.reject(new Error('Checkout failed.')));
  expect(screen.getByRole('alert')).toHaveTextContent('Checkout failed.');
  expect(screen.getByRole('dialog')).toBeInTheDocument();
  expect(onResolved).not.toHaveBeenCalled();
});

test("plans and onUpgrade come from the provider; without plans, the incident's are shown", async () => {
  const user = userEvent.setup();
  const onUpgrade = vi.fn();
  const client = new QueryClient();
  const { rerender } = render(
    <QueryClientProvider client={client}>
      <PaymentRequiredProvider autoUI={false} plans={plans} onUpgrade={onUpgrade}>
        <PlanUpgradePrompt incident={upgradeIncident} onResolved={() => {}} />
      </PaymentRequiredProvider>
    </QueryClientProvider>,
  );
  expect(screen.getAllByRole('listitem').filter((item) => item.dataset.part === 'plan')).toHaveLength(4);
  await user.click(screen.getByRole('button', { name: 'Upgrade to Business' }));
  expect(onUpgrade).toHaveBeenCalledWith(plans[1], upgradeIncident);

  rerender(
    <QueryClientProvider client={client}>
      <PaymentRequiredProvider autoUI={false} onUpgrade={onUpgrade}>
        <PlanUpgradePrompt incident={upgradeIncident} onResolved={() => {}} />
      </PaymentRequiredProvider>
    </QueryClientProvider>,
  );
  const items = screen.getAllByRole('listitem').filter((item) => item.dataset.part === 'plan');
  expect(items.map((item) => item.dataset.state)).toEqual(['current', 'required']);
  expect(screen.queryByRole('radio')).toBeNull();
  expect(screen.getByRole('button', { name: 'Upgrade to Business' })).toBeInTheDocument();
});

test('without a handler, the incident’s upgrade link', () => {
  render(
    <PlanUpgradePrompt
      incident={{ ...upgradeIncident, links: { upgrade: 'https://example.com/pricing' } }}
      plans={plans}
    />,
  );
  expect(screen.getByRole('link', { name: 'Upgrade to Business' })).toHaveAttribute('href', 'https://example.com/pricing');
});

test('inline variant: a region in the page, not a modal', () => {
  render(<PlanUpgradePrompt variant="inline" plans={plans} currentPlanId="team" onUpgrade={vi.fn()} />);
  expect(screen.queryByRole('dialog')).toBeNull();
  const region = screen.getByRole('region', { name: 'Upgrade to continue' });
  expect(region).toHaveAttribute('data-variant', 'inline');
  expect(region).toHaveAccessibleDescription('Your current plan doesn’t include this.');
  // No required plan: the first plan above the current one.
  expect(screen.getByRole('button', { name: 'Upgrade to Business' })).toBeInTheDocument();
});

test('prices in the locale, in German', async () => {
  render(
    <PlanUpgradePrompt
      incident={upgradeIncident}
      locale="de-DE"
      plans={[{ id: 'business', name: 'Business', price: { amount: 50, currency: 'EUR', interval: 'month' } }]}
      onUpgrade={vi.fn()}
    />,
  );
  // The German catalogue is a chunk of its own: the prompt shows once it has arrived.
  expect(await screen.findByRole('dialog', { name: 'Upgrade erforderlich' })).toBeInTheDocument();
  expect(planItem('Business')).toHaveTextContent('50 €/Monat');
  expect(planItem('Business')).toHaveTextContent('Dafür nötig');
  expect(screen.getByRole('button', { name: 'Auf Business upgraden' })).toBeInTheDocument();
});

describe('resolvePlanOptions', () => {
  test('lower plans than the current one are listed but not selectable', () => {
    const { options, defaultPlanId } = resolvePlanOptions({ plans, currentPlanId: 'business' });
    expect(options.map((option) => [option.plan.id, option.state, option.selectable])).toEqual([
      ['team', 'available', false],
      ['business', 'current', false],
      ['scale', 'available', true],
      ['enterprise', 'available', true],
    ]);
    expect(defaultPlanId).toBe('scale');
  });

  test('the incident’s plans, named by id when unnamed', () => {
    const { options } = resolvePlanOptions({ requirement: { required: { id: 'team' } } });
    expect(options).toEqual([{ plan: { id: 'team', name: 'team' }, state: 'required', selectable: true }]);
  });
});

test('parts and the headless hook rearranged into an app’s own layout', async () => {
  const user = userEvent.setup();
  const onUpgrade = vi.fn().mockRejectedValueOnce(new Error('Card required.')).mockResolvedValueOnce(undefined);
  function MyPaywall({ incident: current }: { incident: PaymentRequiredIncident }) {
    const upgrade = usePlanUpgrade({ incident: current, plans, onUpgrade });
    return (
      <PanelRoot className="rounded-xl">
        <DialogTitle className="text-lg">Unlock {current.feature}</DialogTitle>
        <PlanList>
          {upgrade.options.map((option) => (
            <PlanCard key={option.plan.id} option={option} selected={option.plan === upgrade.selectedPlan} />
          ))}
        </PlanList>
        <HandlerError error={upgrade.error} failed={upgrade.status === 'error'} />
        <ActionButton action="upgrade" primary pending={upgrade.pending} onClick={upgrade.upgrade}>
          Go {upgrade.selectedPlan?.name}
        </ActionButton>
      </PanelRoot>
    );
  }
  render(<MyPaywall incident={upgradeIncident} />);
  expect(screen.getByRole('region', { name: 'Unlock SAML single sign-on' })).toHaveClass('rpr-panel', 'rounded-xl');
  expect(planItem('Business')).toHaveAttribute('data-selected');
  await user.click(screen.getByRole('button', { name: 'Go Business' }));
  expect(screen.getByRole('alert')).toHaveTextContent('Card required.');
  await user.click(screen.getByRole('button', { name: 'Go Business' }));
  expect(onUpgrade).toHaveBeenCalledTimes(2);
  expect(screen.queryByRole('alert')).toBeNull();
});
