import { QueryClientProvider, useMutation, type QueryClient } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { assertOk } from '../../src/core/error';
import { getPaymentRequiredClient } from '../../src/query/paymentRequiredClient';
import { PaymentRequiredProvider, type PaymentRequiredProviderProps } from '../../src/react/PaymentRequiredProvider';
import { samplePlans } from '../../src/devtools/samples';
import { deferred } from '../components/deferred';
import { createQueryClient } from '../helpers';

// Nothing the user typed is lost to a 402: the form keeps its input while the dialog is shown and
// after, and once paid the submission reaches the server exactly once with what was submitted.

interface NewProject {
  name: string;
  description: string;
  private: boolean;
}

/** An in-process API: `POST /projects` answers 402 until the account is paid; it keeps every body it received. */
function fakeProjectsApi(refusal: 'declined' | 'upgrade') {
  let paid = false;
  const received: unknown[] = [];
  const created: NewProject[] = [];
  async function createProject(input: NewProject): Promise<{ id: number } & NewProject> {
    const body = JSON.stringify(input);
    // What reaches the server is the serialised body, as a real fetch would send it.
    received.push(JSON.parse(body));
    const response = paid
      ? Response.json({ id: created.push(JSON.parse(body) as NewProject), ...input }, { status: 201 })
      : refusal === 'declined'
        ? Response.json({ error: { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds', message: 'Your card has insufficient funds.' } }, { status: 402 })
        : Response.json({ error: { code: 'upgrade_required', message: 'Private projects need the Business plan.', required_plan: 'business' } }, { status: 402 });
    return (await assertOk(response)).json() as Promise<{ id: number } & NewProject>;
  }
  return {
    createProject,
    received,
    created,
    markPaid: () => {
      paid = true;
    },
  };
}
type ProjectsApi = ReturnType<typeof fakeProjectsApi>;

/** The app's form: controlled inputs in its own state, submitted through useMutation. */
function NewProjectForm({ api }: { api: ProjectsApi }) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [isPrivate, setPrivate] = useState(false);
  const mutation = useMutation({ mutationFn: api.createProject });
  return (
    <form
      aria-label="New project"
      onSubmit={(event) => {
        event.preventDefault();
        mutation.mutate({ name, description, private: isPrivate });
      }}
    >
      <input aria-label="Name" value={name} onChange={(event) => setName(event.target.value)} />
      <textarea aria-label="Description" value={description} onChange={(event) => setDescription(event.target.value)} />
      <input type="checkbox" aria-label="Private" checked={isPrivate} onChange={(event) => setPrivate(event.target.checked)} />
      <button type="submit">Create project</button>
      {mutation.data ? <p>Created project #{mutation.data.id}</p> : null}
    </form>
  );
}

function renderApp(client: QueryClient, api: ProjectsApi, props: Omit<PaymentRequiredProviderProps, 'children'>) {
  return render(
    <QueryClientProvider client={client}>
      <PaymentRequiredProvider plans={samplePlans} {...props}>
        <NewProjectForm api={api} />
      </PaymentRequiredProvider>
    </QueryClientProvider>,
  );
}

const typed: NewProject = { name: 'Apollo', description: 'Moon landing\nphase two', private: true };
const form = () => within(screen.getByRole('form', { name: 'New project' }));

function expectFormToHold(values: NewProject) {
  expect(form().getByLabelText('Name')).toHaveValue(values.name);
  expect(form().getByLabelText('Description')).toHaveValue(values.description);
  expect(form().getByLabelText('Private')).toBeChecked();
}

async function fillAndSubmit(user: ReturnType<typeof userEvent.setup>) {
  await user.type(form().getByLabelText('Name'), typed.name);
  await user.type(form().getByLabelText('Description'), 'Moon landing{Enter}phase two');
  await user.click(form().getByLabelText('Private'));
  await user.click(form().getByRole('button', { name: 'Create project' }));
}

// The provider loads its prebuilt UI on demand; load it once up front so no test waits on the import.
beforeAll(async () => {
  await import('../../src/components/PaymentRequiredHost');
});

const flows = [
  { refusal: 'declined', handler: 'onUpdatePayment', dialog: 'Your payment didn’t go through', confirm: 'Update payment method' },
  { refusal: 'upgrade', handler: 'onUpgrade', dialog: 'Upgrade to continue', confirm: 'Upgrade to Business' },
] as const;

describe.each(flows)('a form submitted during a 402 ($refusal)', ({ refusal, handler, dialog, confirm }) => {
  test('keeps its input while the dialog is shown and after; once paid it is created exactly once with what was submitted', async () => {
    const api = fakeProjectsApi(refusal);
    const client = createQueryClient();
    const checkout = deferred();
    renderApp(client, api, { [handler]: () => checkout.promise });
    const user = userEvent.setup();
    await fillAndSubmit(user);

    const shown = await screen.findByRole('dialog', { name: dialog });
    expectFormToHold(typed);
    await user.click(within(shown).getByRole('button', { name: confirm }));
    expectFormToHold(typed);

    api.markPaid();
    await act(async () => checkout.resolve(undefined));
    expect(await form().findByText('Created project #1')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expectFormToHold(typed);
    // One refused request, one replay: the server created exactly one project, with the input.
    expect(api.received).toEqual([typed, typed]);
    expect(api.created).toEqual([typed]);
    expect(getPaymentRequiredClient(client).store.getSnapshot().entries).toEqual([]);
  });

  test.each(['returns at once', 'returns a promise'])('a double click on the confirm button (the handler %s) pays once and creates once', async (how) => {
    const api = fakeProjectsApi(refusal);
    const client = createQueryClient();
    const onHandler = vi.fn(how === 'returns at once' ? () => api.markPaid() : async () => api.markPaid());
    renderApp(client, api, { [handler]: onHandler });
    const user = userEvent.setup();
    await fillAndSubmit(user);
    const shown = await screen.findByRole('dialog', { name: dialog });

    await user.dblClick(within(shown).getByRole('button', { name: confirm }));
    expect(await form().findByText('Created project #1')).toBeInTheDocument();
    await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
    expect(onHandler).toHaveBeenCalledTimes(1);
    expect(api.received).toEqual([typed, typed]);
    expect(api.created).toEqual([typed]);
    expectFormToHold(typed);
  });
});

test('edits made after the refused submit stay in the form; the replay sends what was submitted', async () => {
  const api = fakeProjectsApi('declined');
  const client = createQueryClient();
  renderApp(client, api, { onUpdatePayment: async () => api.markPaid() });
  const user = userEvent.setup();
  await fillAndSubmit(user);
  const shown = await screen.findByRole('dialog');

  // "Not now": the user keeps working on the form, then pays from the reopened dialog.
  await user.click(within(shown).getByRole('button', { name: 'Not now' }));
  await user.type(form().getByLabelText('Name'), ' 2');
  await act(async () => getPaymentRequiredClient(client).store.open());
  await user.click(await screen.findByRole('button', { name: 'Update payment method' }));

  expect(await form().findByText('Created project #1')).toBeInTheDocument();
  expect(form().getByLabelText('Name')).toHaveValue('Apollo 2');
  await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
  expect(api.created).toEqual([typed]);
  expect(api.received).toEqual([typed, typed]);
});
