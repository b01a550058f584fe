import * as z from 'zod/mini';
import type { IncidentEvent } from './events';
import type { IncidentEntry, IncidentStore } from './store';
import type { PaymentRequiredReason, WireFormat } from './types';

/** What one tab tells the others when it resolves an incident. Nothing else crosses tabs. */
export interface CrossTabResolution {
  /** Reason of the incident that was resolved. */
  reason: PaymentRequiredReason;
  /** Wire format it was recognised in. */
  format: WireFormat;
  /** Epoch ms when it was resolved, by the sending tab's clock. */
  at: number;
}

/** The part of `BroadcastChannel` the cross-tab link uses (window and worker alike). */
export interface BroadcastChannelLike {
  postMessage(message: unknown): void;
  close(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
}

/** The part of `localStorage` the fallback uses. */
export interface StorageLike {
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The part of a `storage` event the fallback reads. */
export interface StorageEventLike {
  key: string | null;
  newValue: string | null;
}

/**
 * Where the cross-tab link finds its transports: `globalThis` by default. BroadcastChannel is
 * used when present; otherwise `localStorage` plus the `storage` event (older Safari, some
 * embedded web views). With neither, the link does nothing.
 */
export interface CrossTabEnvironment {
  BroadcastChannel?: new (name: string) => BroadcastChannelLike;
  localStorage?: StorageLike;
  addEventListener?: (type: 'storage', listener: (event: StorageEventLike) => void) => void;
  removeEventListener?: (type: 'storage', listener: (event: StorageEventLike) => void) => void;
}

/** Options of {@link connectCrossTab}. */
export interface CrossTabOptions {
  /** Channel name (and storage key); tabs using the same name talk to each other. Default `react-payment-required`. */
  channel?: string;
  /**
   * Whether a resolve in another tab resolves a local incident. Default {@link isFixedByRemoteResolve}.
   * Micropayments are never resolved remotely, whatever this returns.
   */
  shouldResolve?: (resolved: CrossTabResolution, local: IncidentEntry) => boolean;
  /** Transports to use instead of the global ones (tests, workers with a custom channel). */
  environment?: CrossTabEnvironment;
  /** Clock that judges a message's `at`, for tests. Default `Date.now`. */
  now?: () => number;
}

const DEFAULT_CHANNEL = 'react-payment-required';
const MESSAGE_KIND = 'rpr:resolved';
const MESSAGE_VERSION = 1;
/**
 * How old a message may be when it arrives. Tabs of one browser share a clock and a message
 * takes milliseconds: an older one was replayed or held back, and resolving on it would re-run
 * work for a fix nobody just made.
 */
const MAX_MESSAGE_AGE_MS = 60_000;
/** How far in the future a message's `at` may be (rounding, a clock adjusted between tabs). */
const MAX_CLOCK_SKEW_MS = 5_000;

/** What goes over the wire: the resolution plus who sent it. */
interface CrossTabMessage extends CrossTabResolution {
  kind: typeof MESSAGE_KIND;
  version: typeof MESSAGE_VERSION;
  /** Random id of the sending link, so a tab ignores its own messages. */
  sender: string;
}

const PAYMENT_METHOD_REASONS: readonly PaymentRequiredReason[] = [
  'payment_method_required',
  'payment_method_invalid',
  'payment_failed',
  'subscription_inactive',
];

/**
 * Which local reasons a resolve of each reason elsewhere fixes. A new card or a renewed
 * subscription fixes every payment-method problem of the account; an upgrade went through
 * checkout, so it also fixes those, and a higher plan lifts quotas; a quota reset (or credits
 * bought) fixes quotas only. Unrelated incidents stay open, so their dialog does not close and
 * reopen for nothing. Micropayments are per request: one paid request proves nothing about another.
 */
const FIXES: Readonly<Record<PaymentRequiredReason, readonly PaymentRequiredReason[]>> = {
  payment_method_required: PAYMENT_METHOD_REASONS,
  payment_method_invalid: PAYMENT_METHOD_REASONS,
  payment_failed: PAYMENT_METHOD_REASONS,
  subscription_inactive: PAYMENT_METHOD_REASONS,
  upgrade_required: [...PAYMENT_METHOD_REASONS, 'upgrade_required', 'quota_exceeded'],
  quota_exceeded: ['quota_exceeded'],
  unknown: ['unknown'],
  micropayment_required: [],
};

/** The default compatibility rule of {@link connectCrossTab}: whether `resolved` elsewhere fixes `local` (see `FIXES`). */
export function isFixedByRemoteResolve(resolved: CrossTabResolution, local: IncidentEntry): boolean {
  return FIXES[resolved.reason].includes(local.incident.reason);
}

/** Micropayments are per request, paid or refused: a message about another tab never settles them. */
const isMicropayment = (incident: { reason: PaymentRequiredReason; micropayment?: unknown }): boolean =>
  incident.reason === 'micropayment_required' || incident.micropayment !== undefined;

/**
 * Links an incident store to the other tabs of the same app (same origin, same channel name):
 * when an incident is resolved here (the user paid, upgraded, or the quota reset), the other
 * tabs resolve their compatible incidents and re-run what they had blocked. Returns the
 * function that disconnects.
 *
 * Only the reason, the wire format and a timestamp are sent: never the incident's body, text,
 * links or card. Dismissing is not broadcast. A resolve caused by another tab is not sent on,
 * so tabs cannot echo each other. Messages that do not match the schema exactly, or whose
 * `at` is over a minute old or in the future, are ignored.
 *
 * Trust model: the channel (and the storage key of the fallback) is open to every script of
 * the same origin, which is trusted as much as the page itself: it could as well call
 * `store.resolve()`. A forged message can do no more than a user's "I've fixed it" click in
 * another tab: resolve the incidents the compatibility rule allows, re-running their blocked
 * work once, and the server still answers 402 if nothing was paid. It cannot carry text, links
 * or data into the page, pay, resolve a micropayment incident (asked or refused, in either
 * direction), be replayed later, or make tabs echo each other.
 */
export function connectCrossTab(store: IncidentStore, options: CrossTabOptions = {}): () => void {
  const channelName = options.channel ?? DEFAULT_CHANNEL;
  const shouldResolve = options.shouldResolve ?? isFixedByRemoteResolve;
  const now = options.now ?? Date.now;
  const transport = openTransport(channelName, options.environment ?? readGlobalEnvironment(), (data) => receive(data));
  if (!transport) return () => {};

  const sender = randomId();
  // True while this tab resolves incidents because another tab asked: those are not re-sent.
  let applyingRemote = false;
  // True while addEventListener replays events from before anyone listened: history, not news.
  let replaying = true;

  const receive = (data: unknown) => {
    const message = readMessage(data);
    if (!message || message.sender === sender || message.reason === 'micropayment_required') return;
    const age = now() - message.at;
    if (!(age <= MAX_MESSAGE_AGE_MS && age >= -MAX_CLOCK_SKEW_MS)) return;
    const resolution: CrossTabResolution = { reason: message.reason, format: message.format, at: message.at };
    const targets = store
      .getSnapshot()
      .entries.filter((entry) => !isMicropayment(entry.incident) && safely(() => shouldResolve(resolution, entry)));
    for (const entry of targets) {
      applyingRemote = true;
      try {
        // resolve() removes the entry and emits `resolved` synchronously; the re-runs go on after.
        void store.resolve(entry.id);
      } finally {
        applyingRemote = false;
      }
    }
  };

  const onEvent = (event: IncidentEvent) => {
    if (replaying || applyingRemote || event.type !== 'resolved') return;
    if (isMicropayment(event.incident)) return;
    const message: CrossTabMessage = {
      kind: MESSAGE_KIND,
      version: MESSAGE_VERSION,
      sender,
      reason: event.incident.reason,
      format: event.incident.format,
      at: now(),
    };
    transport.send(message);
  };
  const removeListener = store.addEventListener(onEvent);
  replaying = false;

  let connected = true;
  return () => {
    if (!connected) return;
    connected = false;
    removeListener();
    transport.close();
  };
}

interface Transport {
  send: (message: CrossTabMessage) => void;
  close: () => void;
}

function openTransport(name: string, environment: CrossTabEnvironment, onData: (data: unknown) => void): Transport | null {
  const Channel = environment.BroadcastChannel;
  if (typeof Channel === 'function') {
    const channel = new Channel(name);
    channel.onmessage = (event) => onData(event.data);
    return {
      send: (message) => channel.postMessage(message),
      close: () => {
        channel.onmessage = null;
        channel.close();
      },
    };
  }

  const storage = environment.localStorage;
  const { addEventListener, removeEventListener } = environment;
  if (!storage || typeof addEventListener !== 'function' || typeof removeEventListener !== 'function') return null;
  const key = `${name}:resolved`;
  // Other tabs get a `storage` event for the write; the removal right after keeps storage clean
  // (its event has no new value and is ignored).
  const onStorage = (event: StorageEventLike) => {
    if (event.key !== key || event.newValue === null) return;
    onData(parseJson(event.newValue));
  };
  addEventListener.call(environment, 'storage', onStorage);
  return {
    send: (message) => {
      try {
        storage.setItem(key, JSON.stringify(message));
        storage.removeItem(key);
      } catch {
        // Storage full or blocked (private mode, cookie settings): the other tabs simply miss it.
      }
    },
    close: () => removeEventListener.call(environment, 'storage', onStorage),
  };
}

function readGlobalEnvironment(): CrossTabEnvironment {
  const scope = globalThis as unknown as CrossTabEnvironment & { localStorage?: StorageLike };
  let storage: StorageLike | undefined;
  try {
    // Reading localStorage throws in sandboxed frames and when the browser blocks site data.
    storage = scope.localStorage;
  } catch {
    storage = undefined;
  }
  return {
    BroadcastChannel: scope.BroadcastChannel,
    localStorage: storage,
    addEventListener: typeof scope.addEventListener === 'function' ? scope.addEventListener.bind(globalThis) : undefined,
    removeEventListener: typeof scope.removeEventListener === 'function' ? scope.removeEventListener.bind(globalThis) : undefined,
  };
}

/** Exactly what a link sends, and nothing more: unknown fields, types or values reject the message. */
const crossTabMessageSchema = z.strictObject({
  kind: z.literal(MESSAGE_KIND),
  version: z.literal(MESSAGE_VERSION),
  sender: z.string().check(z.minLength(1), z.maxLength(64)),
  // FIXES has a row for every reason. Not PAYMENT_REQUIRED_REASONS: esbuild would then load the
  // module holding that list with every provider page, as a chunk of its own.
  reason: z.enum(Object.keys(FIXES) as [PaymentRequiredReason, ...PaymentRequiredReason[]]),
  format: z.string().check(z.regex(/^[a-z0-9+-]{1,32}$/)),
  at: z.number().check(z.int(), z.positive()),
});

/** The message, or `null` for anything that is not exactly what a link sends. */
function readMessage(data: unknown): CrossTabMessage | null {
  const result = z.safeParse(crossTabMessageSchema, data);
  return result.success ? { ...result.data, format: result.data.format as WireFormat } : null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function safely(check: () => boolean): boolean {
  try {
    return check() === true;
  } catch {
    return false;
  }
}

function randomId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
