// @vitest-environment node
/**
 * The OpenTelemetry reporter against the real SDK: spans go to an InMemorySpanExporter, the counter
 * to an InMemoryMetricExporter; a minimal stack context manager makes `getActiveSpan()` work.
 */
import { ROOT_CONTEXT, context, metrics, trace, type Context, type ContextManager } from '@opentelemetry/api';
import { AggregationTemporality, InMemoryMetricExporter, MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { openTelemetryIncidentReporter } from '../../src/monitoring';
import { CARD_TEXT, declinedCard, declinedCardIncident, showAndResolve } from './incidents';

/** Synchronous context propagation, enough for `context.with` in one call stack. */
class StackContextManager implements ContextManager {
  #stack: Context[] = [];
  active = () => this.#stack.at(-1) ?? ROOT_CONTEXT;
  with<A extends unknown[], F extends (...args: A) => ReturnType<F>>(ctx: Context, fn: F, thisArg?: ThisParameterType<F>, ...args: A): ReturnType<F> {
    this.#stack.push(ctx);
    try {
      return fn.call(thisArg, ...args);
    } finally {
      this.#stack.pop();
    }
  }
  bind<T>(_ctx: Context, target: T): T {
    return target;
  }
  enable() {
    return this;
  }
  disable() {
    this.#stack = [];
    return this;
  }
}

const spans = new InMemorySpanExporter();
const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
const reader = new PeriodicExportingMetricReader({ exporter: metricExporter, exportIntervalMillis: 3_600_000 });
const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });
const meterProvider = new MeterProvider({ readers: [reader] });

beforeAll(() => {
  context.setGlobalContextManager(new StackContextManager());
  trace.setGlobalTracerProvider(tracerProvider);
  metrics.setGlobalMeterProvider(meterProvider);
});
beforeEach(() => spans.reset());
afterAll(async () => {
  await meterProvider.shutdown();
  await tracerProvider.shutdown();
  trace.disable();
  metrics.disable();
  context.disable();
});

async function counted(): Promise<{ value: number; attributes: Record<string, unknown> }[]> {
  await reader.forceFlush();
  const points = metricExporter
    .getMetrics()
    .at(-1)!
    .scopeMetrics.flatMap((scope) => scope.metrics)
    .filter((metric) => metric.descriptor.name === 'payment_required.incident_events')
    .flatMap((metric): { value: unknown; attributes: Record<string, unknown> }[] => metric.dataPoints);
  return points.map((point) => ({ value: point.value as number, attributes: point.attributes }));
}

it('adds a span event to the active span and counts each event by type, reason and format', async () => {
  const report = openTelemetryIncidentReporter({ trace, metrics });
  const incident = await declinedCard();
  const request = trace.getTracer('app').startSpan('POST /invoices/pay');
  await context.with(trace.setSpan(context.active(), request), () => showAndResolve(incident, report));
  request.end();

  const [finished] = spans.getFinishedSpans();
  expect(finished!.name).toBe('POST /invoices/pay');
  expect(finished!.events.map((event) => event.name)).toEqual(['payment_required.shown', 'payment_required.resolved']);
  expect(finished!.events[0]!.attributes).toMatchObject({
    'payment_required.reason': 'payment_failed',
    'payment_required.code': 'card_declined',
    'payment_required.decline_code': 'insufficient_funds',
    'payment_required.status': 402,
    'payment_required.blocked': 1,
  });
  expect(JSON.stringify(finished!.events)).not.toMatch(new RegExp(CARD_TEXT.join('|')));

  const points = await counted();
  const base = { 'payment_required.reason': 'payment_failed', 'payment_required.format': 'problem+json' };
  expect(points).toEqual(
    expect.arrayContaining([
      { value: 1, attributes: { ...base, 'payment_required.event': 'shown' } },
      { value: 1, attributes: { ...base, 'payment_required.event': 'resolved' } },
    ]),
  );
});

it('records a short span of its own when no span is active', async () => {
  await declinedCardIncident(openTelemetryIncidentReporter({ trace, metrics }));
  const finished = spans.getFinishedSpans();
  expect(finished.map((span) => span.name)).toEqual(['payment_required.shown', 'payment_required.resolved']);
  expect(finished[0]!.instrumentationScope.name).toBe('react-payment-required');
  expect(finished[0]!.attributes['payment_required.reason']).toBe('payment_failed');
  const shown = (await counted()).find((point) => point.attributes['payment_required.event'] === 'shown');
  expect(shown?.value).toBe(2);
});
