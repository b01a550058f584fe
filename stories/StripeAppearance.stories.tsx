import type { Meta, StoryObj } from '@storybook/react-vite';
import { useCallback, useState, type CSSProperties } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { UpdatePaymentModal } from '../src/components/update-payment/UpdatePaymentModal';
import type { PaymentFormSlotProps } from '../src/components/update-payment/useUpdatePayment';
import { toStripeAppearance, type StripeAppearance } from '../src/theme/stripeAppearance';
import type { ThemeTokens } from '../src/theme/tokens';
import { sampleIncidents } from '../src/devtools/samples';
import { findDialog } from './support/play';

/**
 * Stands in for Stripe's PaymentElement, whose script cannot load here. It reads the appearance
 * the way an app would (from the element the PaymentElement mounts in, inside the themed
 * modal) and paints its fields only from that object, as Stripe's iframe would.
 */
function StubPaymentElement({ onSuccess, onAppearance }: PaymentFormSlotProps & { onAppearance?: (appearance: StripeAppearance) => void }) {
  const [appearance, setAppearance] = useState<StripeAppearance | null>(null);
  // A ref callback: the modal's theme is applied by then, and nothing re-reads on every render.
  const mountPoint = useCallback(
    (element: HTMLDivElement | null) => {
      if (!element) return;
      const next = toStripeAppearance(undefined, { element });
      setAppearance(next);
      onAppearance?.(next);
    },
    [onAppearance],
  );
  const v = appearance?.variables ?? {};
  const input = appearance?.rules?.['.Input'] ?? {};
  const field: CSSProperties = {
    boxSizing: 'border-box',
    inlineSize: '100%',
    padding: `calc(${v.spacingUnit ?? '2px'} * 5)`,
    border: input.border,
    borderRadius: v.borderRadius,
    background: v.colorBackground,
    color: v.colorText,
    font: `${v.fontSizeBase ?? '15px'}/${v.fontLineHeight ?? 1.5} ${v.fontFamily ?? 'sans-serif'}`,
  };
  const label: CSSProperties = { display: 'grid', gap: 4, color: v.colorTextSecondary, fontSize: v.fontSizeSm };
  return (
    <div ref={mountPoint} data-testid="stub-payment-element" style={{ display: 'grid', gap: v.spacingGridRow }}>
      {appearance ? (
        <>
          <label style={label}>
            Card number
            <input style={field} inputMode="numeric" autoComplete="off" placeholder="1234 1234 1234 1234" />
          </label>
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: v.spacingGridRow }}>
            <label style={label}>
              Expiration
              <input style={field} inputMode="numeric" autoComplete="off" placeholder="MM / YY" />
            </label>
            <label style={label}>
              Security code
              <input style={field} inputMode="numeric" autoComplete="off" placeholder="CVC" />
            </label>
          </div>
          <button type="button" className="rpr-action" data-primary="" onClick={onSuccess}>
            Save card
          </button>
          <details>
            <summary>Appearance passed to Stripe</summary>
            <pre data-testid="appearance-json" tabIndex={0} style={{ maxBlockSize: 200, overflow: 'auto', fontSize: 12 }}>
              {JSON.stringify(appearance, null, 2)}
            </pre>
          </details>
        </>
      ) : null}
    </div>
  );
}

interface StripeAppearanceDemoProps {
  /** The modal's theme (as the provider's `theme` prop would pass it). */
  theme?: ThemeTokens;
  /** Called when the stubbed form reports the card saved. */
  onResolved?: () => void;
}

/**
 * `UpdatePaymentModal` with its `renderPaymentForm` slot holding a (stubbed) Stripe
 * PaymentElement themed by `toStripeAppearance()`.
 */
function StripeAppearanceDemo({ theme, onResolved }: StripeAppearanceDemoProps) {
  return (
    <UpdatePaymentModal
      incident={sampleIncidents.expiredCard}
      theme={theme}
      onResolved={onResolved}
      renderPaymentForm={(props) => <StubPaymentElement {...props} />}
    />
  );
}

const meta = {
  title: 'Theming/Stripe appearance',
  component: StripeAppearanceDemo,
  args: { onResolved: fn() },
  parameters: {
    layout: 'fullscreen',
    docs: { story: { inline: false, iframeHeight: 720 } },
  },
} satisfies Meta<typeof StripeAppearanceDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Reads the JSON the stub shows: exactly what would be passed to `stripe.elements({ appearance })`. */
async function shownAppearance(dialog: HTMLElement): Promise<StripeAppearance> {
  const json = await within(dialog).findByTestId('appearance-json');
  return JSON.parse(json.textContent ?? '') as StripeAppearance;
}

/** The light scheme: Stripe's `stripe` theme with the modal's colours, radius and font. */
export const Light: Story = {
  args: { theme: { colorScheme: 'light' } },
  play: async ({ canvasElement, args, userEvent }) => {
    const dialog = await findDialog(canvasElement, 'Check your payment details');
    const appearance = await shownAppearance(dialog);
    await expect(appearance.theme).toBe('stripe');
    await expect(appearance.variables).toMatchObject({ colorPrimary: '#4f46e5', colorBackground: '#ffffff', borderRadius: '8px' });
    // The stub's fields are painted from the appearance alone, and match the modal's surface.
    const cardNumber = within(dialog).getByLabelText('Card number');
    await expect(getComputedStyle(cardNumber).backgroundColor).toBe(getComputedStyle(dialog).backgroundColor);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save card' }));
    await waitFor(() => expect(args.onResolved).toHaveBeenCalledTimes(1));
  },
};

/** The dark scheme: `light-dark()` resolved to the dark colours, Stripe's `night` theme. */
export const Dark: Story = {
  args: { theme: { colorScheme: 'dark' } },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, 'Check your payment details');
    const appearance = await shownAppearance(dialog);
    await expect(appearance.theme).toBe('night');
    await expect(appearance.variables).toMatchObject({ colorPrimary: '#a5b4fc', colorBackground: '#18181b', colorText: '#fafafa' });
    const cardNumber = within(dialog).getByLabelText('Card number');
    await expect(getComputedStyle(cardNumber).backgroundColor).toBe(getComputedStyle(dialog).backgroundColor);
  },
};

/** An app's brand set through the `theme` prop reaches Stripe too: read back from the modal's CSS. */
export const CustomBrand: Story = {
  args: { theme: { colorScheme: 'light', colorPrimary: '#0f766e', colorFocus: '#0f766e', radiusSmall: '4px', fontFamily: 'Georgia, serif' } },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, 'Check your payment details');
    const appearance = await shownAppearance(dialog);
    await expect(appearance.variables).toMatchObject({
      colorPrimary: '#0f766e',
      borderRadius: '4px',
      fontFamily: 'Georgia, serif',
      focusOutline: '2px solid #0f766e',
    });
  },
};
