// One tab of an app using only the framework-free core: a blocked request becomes an incident
// whose resume re-sends it, and the store is linked to the app's other tabs. The test opens two
// of these pages and pays in one. `?transport=storage` removes BroadcastChannel first, so the
// localStorage fallback is what carries the resolve.
import { connectCrossTab } from '../../../src/core/crossTab';
import type { IncidentEvent } from '../../../src/core/events';
import { parsePaymentRequired } from '../../../src/core/parse/parsePaymentRequired';
import { createIncidentStore } from '../../../src/core/store';

declare global {
  interface Window {
    /** Every incident event of this tab, for the test to read. */
    __incidentEvents: IncidentEvent[];
  }
}

const params = new URLSearchParams(location.search);
const api = params.get('api') ?? '';
const account = params.get('account') ?? '';
const tab = params.get('tab') ?? '';
if (params.get('transport') === 'storage') Reflect.deleteProperty(globalThis, 'BroadcastChannel');

const status = document.getElementById('status')!;
const store = createIncidentStore();
window.__incidentEvents = [];
store.addEventListener((event) => window.__incidentEvents.push(event));
connectCrossTab(store);

async function loadInvoices(): Promise<void> {
  const response = await fetch(`${api}/invoices?account=${account}&tab=${tab}`);
  const body: unknown = await response.json();
  const incident = parsePaymentRequired({ status: response.status, headers: response.headers, body, url: response.url });
  if (incident) {
    status.textContent = `Blocked: ${incident.reason}`;
    store.report(incident, { blocked: { kind: 'query', key: 'invoices' }, resume: loadInvoices });
    return;
  }
  const { invoices } = body as { invoices: unknown[] };
  status.textContent = `Loaded ${invoices.length} invoices`;
}

document.getElementById('paid')!.addEventListener('click', async () => {
  await fetch(`${api}/pay?account=${account}`, { method: 'POST' });
  await store.resolve();
});

void loadInvoices();
