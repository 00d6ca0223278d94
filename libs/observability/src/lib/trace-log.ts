import { isSpanContextValid, trace } from '@opentelemetry/api';

/**
 * The pino mixin that puts the active span's ids on every log line written during a traced
 * request (`trace_id`, `span_id`: the OpenTelemetry names), so that a log line leads to its trace
 * and back. Nothing when tracing is off (no span is ever active).
 */
export function traceLogFields(): { trace_id?: string; span_id?: string } {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const context = span.spanContext();
  if (!isSpanContextValid(context)) return {};
  return { trace_id: context.traceId, span_id: context.spanId };
}

/** Sends the spans still buffered (at shutdown), when a tracer provider is registered. */
export async function flushTraces(): Promise<void> {
  const provider = trace.getTracerProvider() as { getDelegate?: () => unknown };
  const delegate = provider.getDelegate?.() as { forceFlush?: () => Promise<void> } | undefined;
  await delegate?.forceFlush?.();
}
