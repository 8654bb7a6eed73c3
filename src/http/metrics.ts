import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../db/database';

const maxOperationNames = 100;

/**
 * Prometheus metrics for one server (a registry of its own, so tests can build several servers in
 * one process). Operation names come from clients, so at most 100 distinct ones are labelled;
 * the rest count as `other`.
 */
export function createMetrics(db: Database) {
  const registry = new Registry();
  // Node's and the process's own metrics under their standard names (process_*, nodejs_*), as
  // dashboards for Node services expect; Fascia's own are under fascia_.
  collectDefaultMetrics({ register: registry });
  const counter = <L extends string>(name: string, help: string, labelNames: readonly L[]) =>
    new Counter({ name, help, labelNames, registers: [registry] });
  const histogram = <L extends string>(name: string, help: string, labelNames: readonly L[], buckets: number[]) =>
    new Histogram({ name, help, labelNames, buckets, registers: [registry] });

  const requests = counter(
    'fascia_graphql_requests_total',
    'GraphQL requests by operation name and outcome (ok or error).',
    ['operation', 'outcome'] as const,
  );
  const latency = histogram(
    'fascia_graphql_request_duration_seconds',
    'GraphQL request latency by operation name.',
    ['operation'] as const,
    [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  );
  const errors = counter('fascia_graphql_errors_total', 'GraphQL errors by extensions.code.', ['code'] as const);
  const transactions = counter(
    'fascia_cypher_transactions_total',
    'Neo4j transactions (driver calls) by mode and outcome.',
    ['mode', 'outcome'] as const,
  );
  const statements = counter('fascia_cypher_statements_total', 'Cypher statements run, by mode.', ['mode'] as const);
  const transactionLatency = histogram(
    'fascia_cypher_transaction_duration_seconds',
    'Neo4j transaction latency by mode, retries included.',
    ['mode'] as const,
    [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
  );
  new Gauge({
    name: 'fascia_neo4j_pool_in_use',
    help: 'Neo4j connections in use: transactions open right now.',
    registers: [registry],
    collect() {
      this.set(db.inFlight);
    },
  });
  const unsubscribe = db.onTransaction((event) => {
    transactions.inc({ mode: event.mode, outcome: event.ok ? 'ok' : 'error' });
    statements.inc({ mode: event.mode }, event.statements);
    transactionLatency.observe({ mode: event.mode }, event.ms / 1000);
  });

  const seenOperations = new Set<string>();
  const operationLabel = (name: string | null | undefined) => {
    const label = name && /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name) ? name : 'anonymous';
    if (seenOperations.has(label)) return label;
    if (seenOperations.size >= maxOperationNames) return 'other';
    seenOperations.add(label);
    return label;
  };

  return {
    registry,
    recordRequest(operationName: string | null | undefined, seconds: number, errorCodes: string[]) {
      const operation = operationLabel(operationName);
      requests.inc({ operation, outcome: errorCodes.length > 0 ? 'error' : 'ok' });
      latency.observe({ operation }, seconds);
      for (const code of errorCodes) errors.inc({ code });
    },
    close: unsubscribe,
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
