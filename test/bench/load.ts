// Load generation: autocannon against an HTTP server, and the same closed loop in-process against the
// driver (the floor without HTTP). Latencies are collected per response at microsecond resolution, because
// autocannon's own histogram rounds them to whole milliseconds, too coarse for a 2 ms query.
import autocannon from 'autocannon';
import { percentile } from './stats.ts';

export interface LoadRun {
  p50: number;
  p90: number;
  p99: number;
  max: number;
  requestsPerSecond: number;
  responses: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** Responses that were not 2xx, or whose body failed the check (GraphQL `errors`). */
  failures: number;
}

/** How long a load lasts: for some seconds, or (quick smoke runs) until this many responses. */
export type LoadLength = { seconds: number } | { amount: number };

export interface HttpLoad {
  url: string;
  connections: number;
  length: LoadLength;
  /** One request, or several that each connection cycles through (a mix). */
  requests: { path: string; body: string }[];
  verifyBody?: (body: string) => boolean;
  timeoutSeconds?: number;
}

function toRun(latencies: number[], seconds: number, errors: number, failures: number): LoadRun {
  const sorted = latencies.sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
    requestsPerSecond: sorted.length / seconds,
    responses: sorted.length,
    errors,
    failures,
  };
}

export async function runHttpLoad(load: HttpLoad): Promise<LoadRun> {
  const latencies: number[] = [];
  const instance = autocannon({
    url: load.url,
    connections: load.connections,
    ...('amount' in load.length ? { amount: Math.max(load.length.amount, load.connections) } : { duration: load.length.seconds }),
    timeout: load.timeoutSeconds ?? 30,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    requests: load.requests.map(({ path, body }) => ({ method: 'POST', path, body })),
    ...(load.verifyBody ? { verifyBody: load.verifyBody } : {}),
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
  const result = await instance;
  return toRun(latencies, result.duration, result.errors, result.non2xx + result.mismatches);
}

/**
 * The same requests through fetch in a closed loop: for quick smoke runs, where autocannon's one-second
 * reporting interval would make every run last at least a second.
 */
export function runFetchLoad(load: HttpLoad): Promise<LoadRun> {
  let next = 0;
  return runInProcessLoad(
    async () => {
      const { path, body } = load.requests[next++ % load.requests.length]!;
      const response = await fetch(`${load.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body,
      });
      const text = await response.text();
      if (!response.ok || (load.verifyBody && !load.verifyBody(text))) throw new Error(`HTTP ${response.status}`);
    },
    load.connections,
    load.length,
  );
}

/** A closed loop of `concurrency` workers calling `call` back to back. */
export async function runInProcessLoad(call: () => Promise<unknown>, concurrency: number, length: LoadLength): Promise<LoadRun> {
  const latencies: number[] = [];
  let failures = 0;
  let calls = 0;
  const started = performance.now();
  const more =
    'amount' in length
      ? () => calls++ < Math.max(length.amount, concurrency)
      : () => performance.now() < started + length.seconds * 1000;
  const worker = async () => {
    while (more()) {
      const t0 = performance.now();
      try {
        await call();
        latencies.push(performance.now() - t0);
      } catch {
        failures++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return toRun(latencies, (performance.now() - started) / 1000, 0, failures);
}

/** A GraphQL response body with data and without errors (a cheap check: no JSON parse per response). */
export const isGraphQLSuccess = (body: string): boolean => body.startsWith('{"data":') && !body.includes('"errors":[');
