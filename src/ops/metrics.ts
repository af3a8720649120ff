import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics of one process, served at /metrics. One registry per app instance (tests build several). */
export interface Metrics {
  registry: Registry;
  requests: Counter<'action' | 'code'>;
  requestSeconds: Histogram<'action'>;
  queueDepth: Gauge<'state'>;
  queueOldestAgeSeconds: Gauge;
  stageSeconds: Histogram<'stage'>;
  verifications: Counter<'verdict'>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'cardverify_process_' });
  return {
    registry,
    requests: new Counter({
      name: 'cardverify_requests_total',
      help: 'API requests by action and error code ("OK" for success)',
      labelNames: ['action', 'code'],
      registers: [registry],
    }),
    requestSeconds: new Histogram({
      name: 'cardverify_request_duration_seconds',
      help: 'API request latency by action',
      labelNames: ['action'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    queueDepth: new Gauge({
      name: 'cardverify_queue_jobs',
      help: 'Verification jobs by state',
      labelNames: ['state'],
      registers: [registry],
    }),
    queueOldestAgeSeconds: new Gauge({
      name: 'cardverify_queue_oldest_age_seconds',
      help: 'Age of the oldest queued verification job',
      registers: [registry],
    }),
    stageSeconds: new Histogram({
      name: 'cardverify_pipeline_stage_duration_seconds',
      help: 'Pipeline stage durations',
      labelNames: ['stage'],
      buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5],
      registers: [registry],
    }),
    verifications: new Counter({
      name: 'cardverify_verifications_total',
      help: 'Finished verifications by verdict',
      labelNames: ['verdict'],
      registers: [registry],
    }),
  };
}
