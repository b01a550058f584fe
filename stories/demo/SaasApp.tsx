import { QueryClient, QueryClientProvider, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { assertOk, PaymentRequiredError, PaymentRequiredProvider, usePaymentRequired, type IncidentEvent, type Plan, type ThemeTokens } from '../../src/index';
import { samplePlans } from '../../src/devtools/samples';
import { createMockApi, type Invoice, type MockBillingApi, type Project, type Usage } from './mockApi';
import { scenarios, type ScenarioId } from './scenarios';
import './demo.css';

/** Plans the demo offers in the upgrade prompt: the samples' Team, Business and Enterprise. */
export const demoPlans: readonly Plan[] = samplePlans.filter((plan) => plan.id !== 'scale');

/** Props of the demo app: what the story's controls set. */
export interface SaasAppProps {
  /** Which billing problem the mocked API has. */
  scenario: ScenarioId;
  /** Quota scenario: seconds until the quota resets (the `Retry-After` the API sends). */
  quotaSeconds?: number;
  /** How long the mocked billing system takes to confirm a payment or an upgrade (ms). */
  confirmDelay?: number;
  /** The first payment attempt fails (the handler rejects), to show the error state. */
  failFirstAttempt?: boolean;
  /** Theme tokens for the library's UI; `colorScheme` also switches the demo's own look. */
  theme?: ThemeTokens;
  locale?: string;
}

/**
 * A small SaaS dashboard (usage, invoices, projects, a "Create project" form) wrapped in
 * `QueryClientProvider` + `PaymentRequiredProvider`, talking to an API mocked with MSW.
 * A new scenario starts a new session: fresh mock server, fresh QueryClient.
 */
export function SaasApp(props: SaasAppProps) {
  const key = `${props.scenario}:${props.quotaSeconds}:${props.confirmDelay}:${props.failFirstAttempt}`;
  return <DemoSession key={key} {...props} />;
}

function DemoSession({ scenario, quotaSeconds, confirmDelay, failFirstAttempt = false, theme, locale }: SaasAppProps) {
  const [api] = useState(() => createMockApi({ scenario, quotaSeconds, confirmDelay }));
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false, staleTime: 10_000 } } }),
  );
  const [events, setEvents] = useState<readonly IncidentEvent[]>([]);
  const attempts = useRef(0);

  // Every billing action goes to the mocked billing system, which confirms after a short delay
  // and from then on lets the API answer 200. With `failFirstAttempt`, the first one fails.
  const confirm = async () => {
    attempts.current += 1;
    if (failFirstAttempt && attempts.current === 1) {
      await new Promise((resolve) => setTimeout(resolve, 400));
      throw new Error('The billing portal could not be reached.');
    }
    await api.confirmFix();
  };

  const colorScheme = theme?.colorScheme === 'dark' ? 'dark' : 'light';
  return (
    <QueryClientProvider client={queryClient}>
      <PaymentRequiredProvider
        plans={demoPlans}
        theme={theme}
        locale={locale}
        onIncident={(event) => {
          setEvents((previous) => [event, ...previous].slice(0, 40));
          // Paid: the app refreshes its billing data too (invoices, usage).
          if (event.type === 'resolved') void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'projects' });
        }}
        onUpdatePayment={confirm}
        onUpgrade={confirm}
        onPay={confirm}
        onContactSupport={confirm}
      >
        <div className="demo" data-theme={colorScheme}>
          <TopBar />
          <BlockedBanner />
          <div className="demo-layout">
            <main className="demo-main" aria-labelledby="demo-title">
              <div className="demo-heading">
                <h1 id="demo-title">Dashboard</h1>
                <p>Scenario: {scenarios[scenario].label}</p>
              </div>
              <div className="demo-grid">
                <UsageCard api={api} />
                <InvoicesCard api={api} />
                <ProjectsCard api={api} />
                <CreateProjectCard api={api} />
              </div>
            </main>
            <aside className="demo-side" aria-label="Behind the scenes">
              <EventLog events={events} />
              <ServerPanel api={api} />
            </aside>
          </div>
        </div>
      </PaymentRequiredProvider>
    </QueryClientProvider>
  );
}

/** `fetch` + `assertOk`, as the library's README tells apps to write their query functions. */
function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  return fetch(url, init)
    .then(assertOk)
    .then((response) => response.json() as Promise<T>);
}

function TopBar() {
  return (
    <header className="demo-topbar">
      <span className="demo-logo">
        <span className="demo-logo-mark" aria-hidden="true">
          A
        </span>
        Acme Cloud
      </span>
      <nav aria-label="Main">
        <ul className="demo-nav">
          <li>
            <a href="#dashboard" aria-current="page">
              Dashboard
            </a>
          </li>
          <li>
            <a href="#projects">Projects</a>
          </li>
          <li>
            <a href="#billing">Billing</a>
          </li>
        </ul>
      </nav>
      <span className="demo-account">
        <span className="demo-avatar" aria-hidden="true">
          AL
        </span>
        Ada Lovelace
      </span>
    </header>
  );
}

/** Shown while something waits on a dismissed incident: one click brings the dialog back. */
function BlockedBanner() {
  const { isBlocked, isOpen, entries, open } = usePaymentRequired();
  if (!isBlocked || isOpen) return null;
  const waiting = entries.reduce((count, entry) => count + entry.blocked.length, 0);
  return (
    <div className="demo-banner" role="region" aria-label="Billing issue">
      <span>
        {waiting === 1 ? 'One request is' : `${waiting} requests are`} waiting for a billing issue to be sorted.
      </span>
      <button type="button" className="demo-button" data-variant="secondary" onClick={() => open()}>
        Review billing issue
      </button>
    </div>
  );
}

function UsageCard({ api }: { api: MockBillingApi }) {
  const usage = useQuery({ queryKey: ['usage'], queryFn: () => getJson<Usage>(`${api.baseUrl}/usage`) });
  const titleId = useId();
  return (
    <section className="demo-card" aria-labelledby={titleId}>
      <div className="demo-card-header">
        <h2 id={titleId}>API usage this month</h2>
        {usage.data ? <span className="demo-badge">{usage.data.plan} plan</span> : null}
      </div>
      {usage.isPending ? (
        <p className="demo-muted">Loading usage…</p>
      ) : usage.isError ? (
        <p className="demo-callout" data-tone="bad">
          Usage is unavailable.
        </p>
      ) : (
        <>
          <p className="demo-big">
            {usage.data.used.toLocaleString('en-US')}{' '}
            <span className="demo-muted">/ {usage.data.limit.toLocaleString('en-US')} {usage.data.unit}</span>
          </p>
          <div
            className="demo-meter"
            role="meter"
            aria-label="Requests used"
            aria-valuemin={0}
            aria-valuemax={usage.data.limit}
            aria-valuenow={usage.data.used}
            data-full={usage.data.used >= usage.data.limit || undefined}
          >
            <span style={{ inlineSize: `${Math.min(100, (usage.data.used / usage.data.limit) * 100)}%` }} />
          </div>
        </>
      )}
    </section>
  );
}

const invoiceTone = { paid: 'ok', open: 'warn', failed: 'bad' } as const;

function InvoicesCard({ api }: { api: MockBillingApi }) {
  const invoices = useQuery({
    queryKey: ['invoices'],
    queryFn: () => getJson<{ invoices: Invoice[] }>(`${api.baseUrl}/invoices`),
  });
  const titleId = useId();
  return (
    <section className="demo-card" aria-labelledby={titleId} id="billing">
      <h2 id={titleId}>Invoices</h2>
      {invoices.isPending ? (
        <p className="demo-muted">Loading invoices…</p>
      ) : invoices.isError ? (
        <p className="demo-callout" data-tone="bad">
          Invoices are unavailable.
        </p>
      ) : (
        <table className="demo-table">
          <thead>
            <tr>
              <th scope="col">Invoice</th>
              <th scope="col">Date</th>
              <th scope="col">Status</th>
              <th scope="col">Amount</th>
            </tr>
          </thead>
          <tbody>
            {invoices.data.invoices.map((invoice) => (
              <tr key={invoice.id}>
                <td>{invoice.id}</td>
                <td>{invoice.date}</td>
                <td>
                  <span className="demo-badge" data-tone={invoiceTone[invoice.status]}>
                    {invoice.status}
                  </span>
                </td>
                <td>{new Intl.NumberFormat('en-US', { style: 'currency', currency: invoice.currency }).format(invoice.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function ProjectsCard({ api }: { api: MockBillingApi }) {
  const projects = useQuery({
    queryKey: ['projects'],
    queryFn: () => getJson<{ projects: Project[] }>(`${api.baseUrl}/projects`),
  });
  const { open, isOpen } = usePaymentRequired();
  const titleId = useId();
  return (
    <section className="demo-card" aria-labelledby={titleId} id="projects">
      <div className="demo-card-header">
        <h2 id={titleId}>Projects</h2>
        {projects.data ? <span className="demo-badge">{projects.data.projects.length}</span> : null}
      </div>
      {projects.isPending ? (
        <p className="demo-muted">Loading projects…</p>
      ) : projects.isError ? (
        <div className="demo-callout" data-tone="warn">
          <p>
            {projects.error instanceof PaymentRequiredError
              ? 'Projects are paused until the billing issue is sorted. They load again on their own.'
              : 'Projects could not be loaded.'}
          </p>
          {projects.error instanceof PaymentRequiredError && !isOpen ? (
            <button type="button" className="demo-button" data-variant="secondary" onClick={() => open()}>
              Show what’s needed
            </button>
          ) : null}
        </div>
      ) : (
        <ul className="demo-list" aria-label="Projects">
          {projects.data.projects.map((project) => (
            <li key={project.id}>
              <span>{project.name}</span>
              <span className="demo-muted">{project.region}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CreateProjectCard({ api }: { api: MockBillingApi }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [region, setRegion] = useState('eu-west-1');
  // Callbacks on the mutation itself (not on `mutate`), so a replay after payment runs them too.
  const create = useMutation({
    mutationKey: ['create-project'],
    mutationFn: (input: { name: string; region: string }) =>
      getJson<{ project: Project }>(`${api.baseUrl}/projects`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      }),
    onSuccess: () => {
      setName('');
      return queryClient.invalidateQueries({ queryKey: ['projects'] });
    },
  });
  const titleId = useId();
  const nameId = useId();
  const regionId = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate({ name, region });
  };

  return (
    <section className="demo-card" aria-labelledby={titleId}>
      <h2 id={titleId}>Create project</h2>
      <form className="demo-form" onSubmit={submit} aria-labelledby={titleId}>
        <div className="demo-field">
          <label htmlFor={nameId}>Project name</label>
          <input id={nameId} name="name" required value={name} onChange={(event) => setName(event.target.value)} />
        </div>
        <div className="demo-field">
          <label htmlFor={regionId}>Region</label>
          <select id={regionId} name="region" value={region} onChange={(event) => setRegion(event.target.value)}>
            <option value="eu-west-1">Europe (Ireland)</option>
            <option value="us-east-1">US East (Virginia)</option>
            <option value="ap-southeast-1">Asia Pacific (Singapore)</option>
          </select>
        </div>
        <button type="submit" className="demo-button" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create project'}
        </button>
      </form>
      <div role="status">
        {create.isSuccess ? (
          <p className="demo-callout" data-tone="ok">
            Project “{create.data.project.name}” created.
          </p>
        ) : create.isError ? (
          <p className="demo-callout" data-tone={create.error instanceof PaymentRequiredError ? 'warn' : 'bad'}>
            {create.error instanceof PaymentRequiredError
              ? `“${create.variables.name}” will be created as soon as the billing issue is sorted.`
              : 'The project could not be created.'}
          </p>
        ) : null}
      </div>
    </section>
  );
}

const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** The provider's `onIncident` events, newest first. */
function EventLog({ events }: { events: readonly IncidentEvent[] }) {
  const titleId = useId();
  const tone = { shown: 'warn', updated: undefined, dismissed: undefined, reopened: 'warn', resolved: 'ok', render_failed: 'warn' } as const;
  return (
    <section className="demo-card" aria-labelledby={titleId}>
      <div className="demo-card-header">
        <h2 id={titleId}>onIncident events</h2>
        <span className="demo-badge">{events.length}</span>
      </div>
      {events.length === 0 ? (
        <p className="demo-empty">No events yet.</p>
      ) : (
        <ol className="demo-log" aria-label="Incident events, newest first">
          {events.map((event, index) => (
            <li key={`${event.at}-${event.type}-${events.length - index}`}>
              <time dateTime={new Date(event.at).toISOString()}>{timeFormat.format(event.at)}</time>
              <span className="demo-badge" data-tone={tone[event.type]}>
                {event.type}
              </span>
              <span>
                {event.incident.reason}
                {event.blocked > 0 ? ` · ${event.blocked} blocked` : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** What the mocked server knows: whether billing is fixed, how many projects it created, its request log. */
function ServerPanel({ api }: { api: MockBillingApi }) {
  const state = useSyncExternalStore(api.subscribe, api.getState);
  const titleId = useId();
  return (
    <section className="demo-card" aria-labelledby={titleId}>
      <div className="demo-card-header">
        <h2 id={titleId}>Mock API (MSW)</h2>
        <span className="demo-badge" data-tone={state.fixed ? 'ok' : 'bad'}>
          {state.fixed ? 'answers 200' : 'answers 402'}
        </span>
      </div>
      <dl className="demo-kv">
        <dt>Fixture</dt>
        <dd>{scenarios[state.scenario].fixture}</dd>
        <dt>Projects created</dt>
        <dd data-testid="server-creations">{state.creations}</dd>
      </dl>
      {state.log.length === 0 ? (
        <p className="demo-empty">No requests yet.</p>
      ) : (
        <ol className="demo-log" aria-label="Requests, newest first">
          {state.log.map((entry) => (
            <li key={entry.id}>
              <time dateTime={new Date(entry.at).toISOString()}>{timeFormat.format(entry.at)}</time>
              <span className="demo-badge" data-tone={entry.status >= 400 ? 'bad' : 'ok'}>
                {entry.status}
              </span>
              <span>
                {entry.method} {entry.path}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
