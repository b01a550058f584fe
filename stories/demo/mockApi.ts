import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import { scenarios, type ScenarioId } from './scenarios';

/** A project of the demo workspace. */
export interface Project {
  id: string;
  name: string;
  region: string;
}

export interface Invoice {
  id: string;
  date: string;
  amount: number;
  currency: string;
  status: 'paid' | 'open' | 'failed';
}

export interface Usage {
  plan: string;
  used: number;
  limit: number;
  unit: string;
}

/** One request the mock server answered, for the demo's server panel. */
export interface ServerLogEntry {
  id: number;
  at: number;
  method: string;
  path: string;
  status: number;
}

/** What the server panel shows; a new object on every change. */
export interface MockServerState {
  scenario: ScenarioId;
  /** Whether the billing problem is fixed (paid, upgraded, quota reset). */
  fixed: boolean;
  projects: readonly Project[];
  /** How many projects `POST /projects` has created: a replayed mutation must create one, not two. */
  creations: number;
  log: readonly ServerLogEntry[];
}

export interface MockApiOptions {
  scenario: ScenarioId;
  /** Quota scenario: seconds from the first 402 until the quota resets. */
  quotaSeconds?: number;
  /** Latency of every response, ms. */
  latency?: number;
  /** How long the billing system takes to confirm a payment or an upgrade, ms. */
  confirmDelay?: number;
}

const registry = new Map<string, MockBillingApi>();
let latest: MockBillingApi | undefined;
let nextSession = 1;

/**
 * The demo's back end, in the browser: billing state, projects, and a log of what it answered.
 * MSW routes `/demo-api/<session>/…` to the instance with that session (see `createMockApi`), so
 * every mounted demo (and every story test) has its own server.
 */
export class MockBillingApi {
  readonly session = `s${nextSession++}`;
  readonly baseUrl = `/demo-api/${this.session}`;
  readonly options: Required<MockApiOptions>;
  #state: MockServerState;
  #quotaResetAt: number | undefined;
  #listeners = new Set<() => void>();
  #logId = 0;

  constructor(options: MockApiOptions) {
    this.options = { quotaSeconds: 10, latency: 150, confirmDelay: 600, ...options };
    this.#state = {
      scenario: options.scenario,
      fixed: false,
      projects: [
        { id: 'prj_1', name: 'Marketing site', region: 'eu-west-1' },
        { id: 'prj_2', name: 'Mobile API', region: 'us-east-1' },
      ],
      creations: 0,
      log: [],
    };
  }

  getState = (): MockServerState => this.#state;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  #update(patch: Partial<MockServerState>) {
    this.#state = { ...this.#state, ...patch };
    this.#listeners.forEach((listener) => listener());
  }

  /** The billing system confirms the fix after a short delay (the demo's handlers await this). */
  async confirmFix(): Promise<void> {
    await delay(this.options.confirmDelay);
    this.#update({ fixed: true });
  }

  /** Whether a billable request gets a 402 now. */
  #isBlocked(now: number): boolean {
    if (this.#state.fixed) return false;
    if (this.#state.scenario !== 'quota') return true;
    this.#quotaResetAt ??= now + this.options.quotaSeconds * 1000;
    if (now < this.#quotaResetAt) return true;
    this.#update({ fixed: true });
    return false;
  }

  #log(method: string, path: string, status: number) {
    const entry = { id: ++this.#logId, at: Date.now(), method, path, status };
    this.#update({ log: [entry, ...this.#state.log].slice(0, 30) });
  }

  #paymentRequired(method: string, path: string, url: string, now: number): Response {
    const secondsLeft = Math.max(1, Math.ceil(((this.#quotaResetAt ?? now) - now) / 1000));
    const { status, headers, body } = scenarios[this.#state.scenario].respond({ url, secondsLeft, now });
    this.#log(method, path, status);
    return typeof body === 'string'
      ? new HttpResponse(body, { status, headers })
      : HttpResponse.json(body as JsonBodyType, { status, headers });
  }

  /** `GET /usage`, `GET /invoices`: billing pages stay readable whatever the scenario. */
  async usage(): Promise<Response> {
    await delay(this.options.latency);
    this.#log('GET', '/usage', 200);
    const { scenario, fixed } = this.#state;
    const usage: Usage =
      scenario === 'quota'
        ? { plan: 'Free', used: fixed ? 0 : 10_000, limit: 10_000, unit: 'requests' }
        : { plan: scenario === 'upgrade_required' && fixed ? 'Business' : 'Team', used: 6_420, limit: 10_000, unit: 'requests' };
    return HttpResponse.json(usage);
  }

  async invoices(): Promise<Response> {
    await delay(this.options.latency);
    this.#log('GET', '/invoices', 200);
    const failed = !this.#state.fixed && ['card_declined', 'insufficient_funds', 'expired_card', 'subscription_past_due'].includes(this.#state.scenario);
    const invoices: Invoice[] = [
      { id: 'in_1042', date: '2026-11-01', amount: 49, currency: 'USD', status: failed ? 'failed' : 'paid' },
      { id: 'in_0987', date: '2026-10-01', amount: 49, currency: 'USD', status: 'paid' },
      { id: 'in_0931', date: '2026-09-01', amount: 49, currency: 'USD', status: 'paid' },
    ];
    return HttpResponse.json({ invoices });
  }

  /** `GET /projects`: billable, so 402 while the scenario lasts. */
  async listProjects(url: string): Promise<Response> {
    await delay(this.options.latency);
    const now = Date.now();
    if (this.#isBlocked(now)) return this.#paymentRequired('GET', '/projects', url, now);
    this.#log('GET', '/projects', 200);
    return HttpResponse.json({ projects: this.#state.projects });
  }

  /** `POST /projects`: creates a project, or 402 (creating nothing) while the scenario lasts. */
  async createProject(url: string, input: { name?: unknown; region?: unknown }): Promise<Response> {
    await delay(this.options.latency);
    const now = Date.now();
    if (this.#isBlocked(now)) return this.#paymentRequired('POST', '/projects', url, now);
    const name = typeof input.name === 'string' && input.name.trim() ? input.name.trim().slice(0, 80) : 'Untitled project';
    const region = typeof input.region === 'string' ? input.region : 'eu-west-1';
    const project = { id: `prj_${this.#state.projects.length + 1}`, name, region };
    this.#update({ projects: [...this.#state.projects, project], creations: this.#state.creations + 1 });
    this.#log('POST', '/projects', 201);
    return HttpResponse.json({ project }, { status: 201 });
  }
}

/** Starts a mock server for one demo session and registers it with the MSW handlers. */
export function createMockApi(options: MockApiOptions): MockBillingApi {
  const api = new MockBillingApi(options);
  registry.set(api.session, api);
  latest = api;
  return api;
}

/** The most recently created mock server (what a story's play function checks). */
export function latestMockApi(): MockBillingApi {
  if (!latest) throw new Error('No demo mock server has been created yet.');
  return latest;
}

const withApi = (session: unknown, run: (api: MockBillingApi) => Promise<Response>) => {
  const api = typeof session === 'string' ? registry.get(session) : undefined;
  return api ? run(api) : HttpResponse.json({ error: 'unknown_session' }, { status: 404 });
};

/** MSW handlers of the demo API; register them with `msw.use(...demoApiHandlers)`. */
export const demoApiHandlers = [
  http.get('/demo-api/:session/usage', ({ params }) => withApi(params.session, (api) => api.usage())),
  http.get('/demo-api/:session/invoices', ({ params }) => withApi(params.session, (api) => api.invoices())),
  http.get('/demo-api/:session/projects', ({ params, request }) =>
    withApi(params.session, (api) => api.listProjects(request.url)),
  ),
  http.post('/demo-api/:session/projects', async ({ params, request }) => {
    const input = (await request.json().catch(() => ({}))) as { name?: unknown; region?: unknown };
    return withApi(params.session, (api) => api.createProject(request.url, input ?? {}));
  }),
];
