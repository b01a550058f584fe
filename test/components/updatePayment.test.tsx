import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UpdatePaymentModal, type UpdatePaymentModalProps } from '../../src/components';
import type { PaymentRequiredIncident } from '../../src/core/types';
import { sampleIncident } from '../../src/devtools/samples';
import { deferred } from './deferred';

function renderModal(props: Partial<UpdatePaymentModalProps> & { incident: PaymentRequiredIncident }) {
  const user = userEvent.setup();
  const onResolved = vi.fn();
  const onOpenChange = vi.fn();
  render(<UpdatePaymentModal onResolved={onResolved} onOpenChange={onOpenChange} {...props} />);
  return { user, onResolved, onOpenChange, dialog: screen.getByRole('dialog') };
}

const buttonNames = () => screen.getAllByRole('button').map((button) => button.textContent);

describe('per reason', () => {
  test.each([
    ['payment_method_required', 'Add a payment method', 'no card or other payment method', 'Add payment method'],
    ['payment_method_invalid', 'Check your payment details', 'can’t be charged right now', 'Update payment method'],
    ['payment_failed', 'Your payment didn’t go through', 'We couldn’t complete the payment.', 'Update payment method'],
    ['subscription_inactive', 'Your subscription is inactive', 'Renew it', 'Renew subscription'],
  ] as const)('%s: title, guidance and primary action', (reason, title, text, primary) => {
    const { dialog } = renderModal({ incident: sampleIncident({ reason }), onUpdatePayment: vi.fn() });
    expect(screen.getByRole('dialog', { name: title })).toBe(dialog);
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining(text));
    expect(dialog).toHaveAttribute('data-reason', reason);
    const primaryButton = screen.getByRole('button', { name: primary });
    expect(primaryButton).toHaveAttribute('data-primary');
    expect(primaryButton).toHaveFocus();
  });

  test('payment_method_required offers no retry nor other method', () => {
    renderModal({ incident: sampleIncident({ reason: 'payment_method_required' }), onUpdatePayment: vi.fn() });
    expect(buttonNames()).toEqual(['Add payment method', 'Not now']);
  });

  test('payment_failed: one fix, a retry, then the quiet dismiss; updating covers using another method', () => {
    renderModal({ incident: sampleIncident({ reason: 'payment_failed' }), onUpdatePayment: vi.fn() });
    expect(buttonNames()).toEqual(['Update payment method', 'Retry payment', 'Not now']);
    expect(document.querySelectorAll('[data-primary]')).toHaveLength(1);
  });

  test.each(['card_not_supported', 'card_velocity_exceeded'])(
    '%s: the card itself cannot pay, so the one fix is a different method',
    async (declineCode) => {
      const onUpdatePayment = vi.fn();
      const { user } = renderModal({ incident: sampleIncident({ reason: 'payment_failed', declineCode }), onUpdatePayment });
      const primary = screen.getByRole('button', { name: 'Use a different payment method' });
      expect(primary).toHaveAttribute('data-primary');
      expect(screen.queryByRole('button', { name: 'Update payment method' })).toBeNull();
      await user.click(primary);
      expect(onUpdatePayment).toHaveBeenLastCalledWith(expect.anything(), 'change-method');
    },
  );

  test('unknown: claims no cause, shows the server’s message, support first, then try again', () => {
    const { dialog } = renderModal({
      incident: sampleIncident({ reason: 'unknown', message: 'Account on hold.', links: { support: 'https://example.com/support' } }),
    });
    expect(dialog).toHaveAccessibleName('We couldn’t process this request');
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining('This needs attention before you can continue'));
    // The library cannot know whose side the problem is on, so it does not say.
    expect(dialog).not.toHaveAccessibleDescription(expect.stringMatching(/billing side|something you did/i));
    expect(within(dialog).getByText('Account on hold.')).toBeVisible();
    const support = screen.getByRole('link', { name: 'Contact support' });
    expect(support).toHaveFocus();
    expect(support).toHaveAttribute('href', 'https://example.com/support');
    expect(support).toHaveAttribute('rel', 'noopener noreferrer');
    expect(support).toHaveAttribute('target', '_blank');
    expect(buttonNames()).toEqual(['Try again', 'Not now']);
  });

  test('other reasons (e.g. an unreadable micropayment) show the generic variant', () => {
    const { dialog } = renderModal({ incident: sampleIncident({ reason: 'micropayment_required' }) });
    expect(dialog).toHaveAttribute('data-reason', 'unknown');
  });
});

describe('decline guidance', () => {
  test.each([
    ['insufficient_funds', 'insufficient funds', true],
    ['expired_card', 'has expired', false],
    ['incorrect_cvc', 'security code', false],
    ['authentication_required', 'confirm this payment', false],
    ['try_again_later', 'temporary problem', true],
    ['do_not_honor', 'Your card was declined by your bank', true],
    ['fraudulent', 'Your card was declined by your bank', true],
  ])('%s', (declineCode, text, retryable) => {
    const { dialog } = renderModal({ incident: sampleIncident({ reason: 'payment_failed', declineCode }), onUpdatePayment: vi.fn() });
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining(text));
    expect(screen.queryByRole('button', { name: 'Retry payment' }) !== null).toBe(retryable);
  });

  test('falls back to the processor code', () => {
    const { dialog } = renderModal({ incident: sampleIncident({ reason: 'payment_method_invalid', code: 'expired_card' }) });
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining('has expired'));
  });

  test('an unknown code adds no guidance', () => {
    const { dialog } = renderModal({ incident: sampleIncident({ reason: 'payment_failed', declineCode: 'made_up' }) });
    expect(dialog.querySelector('[data-part="guidance"]')).toBeNull();
  });
});

describe('card on file', () => {
  test('brand, last 4 (read as "ending in"), expiry', () => {
    renderModal({
      incident: sampleIncident({
        reason: 'payment_failed',
        paymentMethod: { brand: 'amex', last4: '0005', expMonth: 4, expYear: 2099 },
      }),
    });
    const card = document.querySelector('[data-part="card"]')!;
    expect(card).toHaveAttribute('data-state', 'valid');
    expect(card).toHaveTextContent('American Express');
    expect(card).toHaveTextContent('•••• 0005');
    expect(within(card as HTMLElement).getByText('ending in 0005')).toBeInTheDocument();
    expect(card).toHaveTextContent('Expires 04/2099');
  });

  test('an expired card says so (data-state and words)', () => {
    renderModal({
      incident: sampleIncident({ reason: 'payment_method_invalid', paymentMethod: { brand: 'visa', last4: '4242', expMonth: 1, expYear: 21 } }),
    });
    const card = document.querySelector('[data-part="card"]')!;
    expect(card).toHaveAttribute('data-state', 'expired');
    expect(card).toHaveTextContent('Expired 01/2021');
  });

  test('never more than the last four digits', () => {
    renderModal({ incident: sampleIncident({ reason: 'payment_failed', paymentMethod: { last4: '4242424242424242' } }) });
    expect(document.querySelector('[data-part="card"]')).toHaveTextContent('•••• 4242');
    expect(document.body).not.toHaveTextContent('42424242');
  });
});

describe('handlers', () => {
  test('pending: aria-busy, the busy button shows progress, others are disabled; fulfil resolves', async () => {
    const payment = deferred();
    const onUpdatePayment = vi.fn(() => payment.promise);
    const inc = sampleIncident({ reason: 'payment_failed' });
    const { user, onResolved, dialog } = renderModal({ incident: inc, onUpdatePayment });

    await user.click(screen.getByRole('button', { name: 'Update payment method' }));
    expect(onUpdatePayment).toHaveBeenCalledWith(inc, 'update');
    const busy = screen.getByRole('button', { name: 'Update payment method' });
    expect(dialog).toHaveAttribute('aria-busy', 'true');
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    expect(busy).toHaveAttribute('data-pending');
    expect(busy.querySelector('[data-part="spinner"]')).not.toBeNull();
    expect(busy).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Retry payment' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Working on it…');

    // A second click while pending runs nothing.
    await user.click(busy);
    await user.click(screen.getByRole('button', { name: 'Retry payment' }));
    expect(onUpdatePayment).toHaveBeenCalledTimes(1);

    await act(async () => payment.resolve(undefined));
    expect(onResolved).toHaveBeenCalledTimes(1);
    expect(dialog).not.toHaveAttribute('aria-busy');
  });

  test('reject: the error shows as an alert, the dialog stays, and it can be tried again', async () => {
    const onUpdatePayment = vi.fn().mockRejectedValueOnce(new Error('The billing portal is down.')).mockResolvedValueOnce(true);
    const { user, onResolved, onOpenChange } = renderModal({ incident: sampleIncident({ reason: 'payment_failed' }), onUpdatePayment });
    await user.click(screen.getByRole('button', { name: 'Update payment method' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The billing portal is down.');
    expect(screen.getByRole('dialog')).toHaveAttribute('open');
    expect(document.querySelector('[data-part="title"]')).toHaveAttribute('data-state', 'error');
    expect(onResolved).not.toHaveBeenCalled();
    expect(onOpenChange).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Update payment method' }));
    expect(onResolved).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('a synchronous throw is an error too; without a message the catalogue speaks', async () => {
    const { user } = renderModal({
      incident: sampleIncident({ reason: 'payment_method_required' }),
      onUpdatePayment: () => {
        throw { code: 42 };
      },
    });
    await user.click(screen.getByRole('button', { name: 'Add payment method' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That didn’t work. Nothing was lost, so please try again.');
  });

  test('fulfilling with false means the user cancelled: nothing resolves, no error', async () => {
    const { user, onResolved } = renderModal({ incident: sampleIncident({ reason: 'payment_failed' }), onUpdatePayment: async () => false });
    await user.click(screen.getByRole('button', { name: 'Update payment method' }));
    expect(onResolved).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Update payment method' })).not.toHaveAttribute('aria-disabled');
  });

  test('"Use a different payment method" and "Renew" pass their intent', async () => {
    const onUpdatePayment = vi.fn();
    const { user } = renderModal({
      incident: sampleIncident({ reason: 'payment_method_invalid', declineCode: 'card_not_supported' }),
      onUpdatePayment,
    });
    await user.click(screen.getByRole('button', { name: 'Use a different payment method' }));
    expect(onUpdatePayment).toHaveBeenLastCalledWith(expect.anything(), 'change-method');
  });

  test('subscription_inactive renews', async () => {
    const onUpdatePayment = vi.fn();
    const { user } = renderModal({ incident: sampleIncident({ reason: 'subscription_inactive' }), onUpdatePayment });
    await user.click(screen.getByRole('button', { name: 'Renew subscription' }));
    expect(onUpdatePayment).toHaveBeenLastCalledWith(expect.anything(), 'renew');
  });

  test('"Retry payment" re-runs what failed by default, or calls onRetry', async () => {
    const first = renderModal({ incident: sampleIncident({ reason: 'payment_failed' }) });
    await first.user.click(screen.getByRole('button', { name: 'Retry payment' }));
    expect(first.onResolved).toHaveBeenCalledTimes(1);
  });

  test('onRetry runs through the same pending / error states', async () => {
    const onRetry = vi.fn().mockRejectedValue(new Error('Still declined.'));
    const { user, onResolved } = renderModal({ incident: sampleIncident({ reason: 'payment_failed' }), onRetry });
    await user.click(screen.getByRole('button', { name: 'Retry payment' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Still declined.');
    expect(onResolved).not.toHaveBeenCalled();
  });

  test('contact support through the handler never resolves the incident', async () => {
    const onContactSupport = vi.fn(async () => undefined);
    const { user, onResolved } = renderModal({ incident: sampleIncident({ reason: 'payment_failed' }), onContactSupport });
    await user.click(screen.getByRole('button', { name: 'Contact support' }));
    expect(onContactSupport).toHaveBeenCalledTimes(1);
    expect(onResolved).not.toHaveBeenCalled();
  });
});

describe('links', () => {
  test('without a handler the billing portal link is the primary action', () => {
    renderModal({ incident: sampleIncident({ reason: 'payment_failed', links: { billingPortal: 'https://billing.example.com/p' } }) });
    const link = screen.getByRole('link', { name: 'Update payment method' });
    expect(link).toHaveAttribute('href', 'https://billing.example.com/p');
    expect(link).toHaveFocus();
  });

  test('unsafe links are not rendered', () => {
    renderModal({
      incident: sampleIncident({ reason: 'unknown', links: { support: 'javascript:alert(1)', billingPortal: 'data:text/html,x' } }),
    });
    expect(screen.queryByRole('link')).toBeNull();
  });
});

describe('content', () => {
  test("the server's message shows only when it adds something", () => {
    const repeat = renderModal({
      incident: sampleIncident({ reason: 'payment_failed', declineCode: 'insufficient_funds', message: 'Your card has insufficient funds.' }),
    });
    expect(repeat.dialog).toHaveTextContent('Your card has insufficient funds.');
    expect(document.querySelector('[data-part="message"]')).toBeNull();
    cleanup();

    renderModal({ incident: sampleIncident({ reason: 'payment_failed', declineCode: 'insufficient_funds', message: 'Invoice INV-7 is 14 days overdue.' }) });
    expect(document.querySelector('[data-part="message"]')).toHaveTextContent('Invoice INV-7 is 14 days overdue.');
  });

  test("the server's message is text, never HTML", () => {
    renderModal({ incident: sampleIncident({ reason: 'payment_failed', message: '<img src=x onerror=alert(1)>Declined' }) });
    expect(screen.getByText('<img src=x onerror=alert(1)>Declined')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  test('tells the user their blocked work will finish', () => {
    renderModal({ incident: sampleIncident({ reason: 'payment_failed' }), blockedCount: 2 });
    expect(screen.getByText('The 2 things you were doing will finish on their own once this is fixed.')).toBeInTheDocument();
  });

  test('renderPaymentForm: the app’s form replaces the update buttons; success resolves, errors show', async () => {
    const user = userEvent.setup();
    const onResolved = vi.fn();
    render(
      <UpdatePaymentModal
        incident={sampleIncident({ reason: 'subscription_inactive' })}
        onResolved={onResolved}
        onUpdatePayment={vi.fn()}
        renderPaymentForm={({ intent, onSuccess, onError }) => (
          <form aria-label="Card form" data-intent={intent}>
            <button type="button" onClick={() => onError(new Error('Your card number is incomplete.'))}>
              Save (fails)
            </button>
            <button type="button" onClick={onSuccess}>
              Save
            </button>
          </form>
        )}
      />,
    );
    expect(screen.getByRole('form', { name: 'Card form' })).toHaveAttribute('data-intent', 'renew');
    expect(screen.queryByRole('button', { name: 'Renew subscription' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save (fails)' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Your card number is incomplete.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onResolved).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('"Not now" asks to close', async () => {
    const { user, onOpenChange } = renderModal({ incident: sampleIncident({ reason: 'payment_failed' }) });
    await user.click(screen.getByRole('button', { name: 'Not now' }));
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });
});

describe('styling hooks and locale', () => {
  test('className, per-part classNames, and unstyled', () => {
    const { rerender } = render(
      <UpdatePaymentModal
        incident={sampleIncident({ reason: 'payment_failed' })}
        className="my-dialog"
        classNames={{ title: 'my-title', action: 'btn' }}
      />,
    );
    expect(screen.getByRole('dialog')).toHaveClass('rpr-dialog', 'my-dialog');
    expect(screen.getByRole('heading')).toHaveClass('rpr-title', 'my-title');
    expect(screen.getByRole('button', { name: 'Not now' })).toHaveClass('rpr-action', 'btn');

    rerender(<UpdatePaymentModal incident={sampleIncident({ reason: 'payment_failed' })} unstyled classNames={{ title: 'my-title' }} />);
    expect(screen.getByRole('dialog')).not.toHaveAttribute('data-rpr-root');
    expect(screen.getByRole('heading')).toHaveAttribute('class', 'my-title');
    expect(document.querySelector('[class*="rpr-"]')).toBeNull();
    expect(screen.getByRole('heading')).toHaveAttribute('data-part', 'title');
  });

  test('German, with lang set; message overrides per key', async () => {
    render(
      <UpdatePaymentModal
        incident={sampleIncident({ reason: 'payment_failed', declineCode: 'insufficient_funds' })}
        locale="de-DE"
        messages={{ 'action.notNow': 'Später' }}
        onUpdatePayment={vi.fn()}
      />,
    );
    // The German catalogue is a chunk of its own: the prompt shows once it has arrived.
    const dialog = await screen.findByRole('dialog', { name: 'Die Zahlung ist fehlgeschlagen' });
    expect(dialog).toHaveAttribute('lang', 'de-DE');
    expect(dialog).toHaveAttribute('dir', 'ltr');
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining('nicht ausreichend gedeckt'));
    expect(screen.getByRole('button', { name: 'Zahlungsmethode aktualisieren' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Später' })).toBeInTheDocument();
  });

  test('right-to-left locales set dir="rtl" unless the app sets it', () => {
    const { rerender } = render(<UpdatePaymentModal incident={sampleIncident({ reason: 'payment_failed' })} locale="ar" />);
    expect(screen.getByRole('dialog')).toHaveAttribute('dir', 'rtl');
    rerender(<UpdatePaymentModal incident={sampleIncident({ reason: 'payment_failed' })} locale="ar" dir="ltr" />);
    expect(screen.getByRole('dialog')).toHaveAttribute('dir', 'ltr');
  });

  test('without an explicit locale, dir and lang are inherited from the page', () => {
    render(<UpdatePaymentModal incident={sampleIncident({ reason: 'payment_failed' })} />);
    expect(screen.getByRole('dialog')).not.toHaveAttribute('dir');
    expect(screen.getByRole('dialog')).not.toHaveAttribute('lang');
  });
});
