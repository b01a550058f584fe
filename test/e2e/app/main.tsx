// A small app as a user of the library would write it: plain fetch + assertOk, TanStack Query,
// PaymentRequiredProvider. The API is on another origin (see ../servers.ts).
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { assertOk, PaymentRequiredProvider, type IncidentEvent } from '../../../src/index';
import '../../../src/theme/styles.css';

declare global {
  interface Window {
    /** What the test reads back: every `onIncident` event. */
    __incidentEvents: IncidentEvent[];
  }
}
window.__incidentEvents = [];

const params = new URLSearchParams(location.search);
const api = params.get('api') ?? '';
const scenario = params.get('scenario') ?? '';

interface Report {
  id: string;
  name: string;
}

function Reports() {
  const reports = useQuery({
    queryKey: ['reports', scenario],
    queryFn: () =>
      fetch(`${api}/reports?scenario=${encodeURIComponent(scenario)}`)
        .then(assertOk)
        .then((response) => response.json() as Promise<{ reports: Report[] }>),
  });
  if (reports.isPending) return <p>Loading reports…</p>;
  if (reports.isError) return <p data-testid="reports-error">Reports are unavailable.</p>;
  return (
    <ul aria-label="Reports">
      {reports.data.reports.map((report) => (
        <li key={report.id}>{report.name}</li>
      ))}
    </ul>
  );
}

const queryClient = new QueryClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <PaymentRequiredProvider onIncident={(event) => window.__incidentEvents.push(event)} locale="en">
        <main>
          <h1>Reports</h1>
          <Reports />
        </main>
      </PaymentRequiredProvider>
    </QueryClientProvider>
  </StrictMode>,
);
