// The part of a BenchReport every benchmark fills in alike: which one, whether quick, when it started and how
// long it took.
import type { BenchName, BenchReport } from './report.ts';

export type ReportBody<D> = Omit<BenchReport<D>, 'name' | 'title' | 'quick' | 'startedAt' | 'durationMs'>;

export interface ReportClock {
  /** The report, stamped with the start time and the time taken until now. */
  finish<D>(title: string, body: ReportBody<D>): BenchReport<D>;
}

/** Notes the start of a benchmark run now. */
export function startReport(name: BenchName, quick: boolean): ReportClock {
  const started = Date.now();
  const startedAt = new Date().toISOString();
  return {
    finish: (title, body) => ({ name, title, quick, startedAt, durationMs: Date.now() - started, ...body }),
  };
}
