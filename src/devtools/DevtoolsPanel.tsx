import { useEffect, useId, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { IncidentEvent } from '../core/events';
import type { IncidentEntry } from '../core/store';
import { PAYMENT_REQUIRED_REASONS, type PaymentRequiredReason } from '../core/types';
import { usePaymentRequiredClient } from '../presentation/context';
import { usePaymentRequired, usePaymentRequiredActions, type PaymentRequiredState } from '../presentation/usePaymentRequired';
import { simulateIncident } from './simulatedResponses';

/** Props of {@link PaymentRequiredDevtools}. */
export interface PaymentRequiredDevtoolsProps {
  /** Start expanded. Default `false`: only the toggle button shows. */
  initialOpen?: boolean;
  /** How many events the log keeps, newest first. Default 50. */
  maxEvents?: number;
  /** Where the panel sits: fixed in a corner of the viewport (default) or in the page flow. */
  position?: 'bottom-right' | 'bottom-left' | 'inline';
  className?: string;
}

// System colours follow the page's color-scheme and keep their contrast in forced-colours mode;
// the panel needs no stylesheet of its own.
const shell: CSSProperties = {
  zIndex: 2147483000,
  maxInlineSize: 'min(40rem, calc(100vw - 16px))',
  font: '12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  color: 'CanvasText',
};
const corners: Record<NonNullable<PaymentRequiredDevtoolsProps['position']>, CSSProperties> = {
  'bottom-right': { position: 'fixed', insetBlockEnd: 8, insetInlineEnd: 8 },
  'bottom-left': { position: 'fixed', insetBlockEnd: 8, insetInlineStart: 8 },
  inline: {},
};
const panel: CSSProperties = {
  display: 'grid',
  gap: 8,
  marginBlockStart: 4,
  padding: 8,
  maxBlockSize: '60vh',
  overflow: 'auto',
  border: '1px solid GrayText',
  borderRadius: 6,
  background: 'Canvas',
  boxShadow: '0 4px 16px #0004',
};
const heading: CSSProperties = { margin: 0, fontSize: 12, fontWeight: 700 };
const cell: CSSProperties = { paddingInlineEnd: 8, textAlign: 'start', verticalAlign: 'top' };
const row: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: 4 };
const plainList: CSSProperties = { margin: 0, paddingInlineStart: 0, listStyle: 'none' };

const selectEntries = (state: PaymentRequiredState) => state.entries;

/** Keeps the latest `max` incident events, newest first. */
function useEventLog(max: number): [readonly IncidentEvent[], () => void] {
  const { store } = usePaymentRequiredClient('PaymentRequiredDevtools');
  const [events, setEvents] = useState<readonly IncidentEvent[]>([]);
  useEffect(() => {
    // The store replays events from before anyone listened to its first listener only. The
    // provider's `onIncident` subscribes in its own effect, which runs after this child's; waiting
    // a microtask lets it go first, so the devtools never take those events from the app.
    let active = true;
    let unsubscribe: (() => void) | undefined;
    queueMicrotask(() => {
      if (!active) return;
      unsubscribe = store.addEventListener((event) => setEvents((previous) => [event, ...previous].slice(0, max)));
    });
    return () => {
      active = false;
      unsubscribe?.();
    };
  }, [store, max]);
  return [events, () => setEvents([])];
}

function formatTime(at: number): string {
  const date = new Date(at);
  const pad = (value: number, size = 2) => String(value).padStart(size, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}

/** The devtools panel itself; use {@link PaymentRequiredDevtools}, which drops it from production builds. */
export function DevtoolsPanel({ initialOpen = false, maxEvents = 50, position = 'bottom-right', className }: PaymentRequiredDevtoolsProps) {
  // First, so that outside the provider the error names this component.
  const { store } = usePaymentRequiredClient('PaymentRequiredDevtools');
  const [open, setOpen] = useState(initialOpen);
  const entries = usePaymentRequired(selectEntries);
  const actions = usePaymentRequiredActions();
  const [events, clearEvents] = useEventLog(maxEvents);
  const toggle = useRef<HTMLButtonElement>(null);
  const sequence = useRef(0);
  const id = useId();
  const panelId = `${id}-panel`;

  const simulate = async (reason: PaymentRequiredReason) => {
    const n = ++sequence.current;
    const incident = await simulateIncident(reason);
    // A blocked operation whose re-run does nothing, so "blocked" and resolve behave as for a real query.
    store.report(incident, {
      blocked: { kind: 'query', key: `rpr-devtools:${reason}:${n}`, queryKey: ['rpr-devtools', reason, n] },
      resume: async () => {},
    });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <div className={className} data-rpr-devtools="" style={{ ...shell, ...corners[position] }} onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((value) => !value)}
        style={{ font: 'inherit', fontWeight: 700 }}
      >
        402 devtools · {entries.length} {entries.length === 1 ? 'incident' : 'incidents'}
      </button>
      {open ? (
        <section id={panelId} aria-label="Payment Required devtools" style={panel}>
          <h2 style={heading}>Incidents</h2>
          {entries.length === 0 ? (
            <p style={{ margin: 0 }}>No unresolved incidents.</p>
          ) : (
            <table style={{ borderCollapse: 'collapse' }}>
              <thead>
                <tr>
                  {['Reason', 'State', 'Format', 'Blocked', '402s', 'Actions'].map((label) => (
                    <th key={label} scope="col" style={cell}>
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <IncidentRow key={entry.id} entry={entry} actions={actions} />
                ))}
              </tbody>
            </table>
          )}

          <h2 style={heading}>Simulate a 402</h2>
          <ul style={{ ...plainList, ...row }}>
            {PAYMENT_REQUIRED_REASONS.map((reason) => (
              <li key={reason}>
                <button type="button" onClick={() => void simulate(reason)}>
                  {reason}
                </button>
              </li>
            ))}
          </ul>

          <div style={{ ...row, alignItems: 'center', justifyContent: 'space-between' }}>
            <h2 style={heading}>Events</h2>
            <button type="button" onClick={clearEvents} disabled={events.length === 0}>
              Clear events
            </button>
          </div>
          {events.length === 0 ? (
            <p style={{ margin: 0 }}>No events yet.</p>
          ) : (
            <ol aria-label="Incident events, newest first" style={plainList}>
              {events.map((event, index) => (
                <li key={`${event.at}-${event.id}-${event.type}-${events.length - index}`}>
                  <time dateTime={new Date(event.at).toISOString()}>{formatTime(event.at)}</time> <strong>{event.type}</strong>{' '}
                  {event.incident.reason} ({event.id}, {event.blocked} blocked)
                </li>
              ))}
            </ol>
          )}
        </section>
      ) : null}
    </div>
  );
}

function IncidentRow({ entry, actions }: { entry: IncidentEntry; actions: ReturnType<typeof usePaymentRequiredActions> }) {
  const { reason, format } = entry.incident;
  return (
    <tr data-state={entry.state}>
      <th scope="row" style={{ ...cell, fontWeight: 400 }}>
        {reason}
      </th>
      <td style={cell}>{entry.state}</td>
      <td style={cell}>{format}</td>
      <td style={cell}>{entry.blocked.length}</td>
      <td style={cell}>{entry.occurrences}</td>
      <td style={cell}>
        <div style={row}>
          <button type="button" aria-label={`Resolve ${reason} (${entry.id})`} onClick={() => void actions.resolve(entry.id)}>
            Resolve
          </button>
          {entry.state === 'open' ? (
            <button type="button" aria-label={`Dismiss ${reason} (${entry.id})`} onClick={() => actions.dismiss(entry.id)}>
              Dismiss
            </button>
          ) : (
            <button type="button" aria-label={`Show ${reason} (${entry.id})`} onClick={() => actions.open(entry.id)}>
              Show
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}
