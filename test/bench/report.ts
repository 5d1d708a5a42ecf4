// What every benchmark returns, and how the results become files: one JSON file per benchmark and one
// Markdown summary under bench-results/ (git-ignored). Pure except for writeReports.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fmt } from './stats.ts';

export type BenchName = 'extract' | 'seed' | 'api' | 'soak' | 'client' | 'corpus';
// corpus last: it empties the database the others share and leaves 100 regulations in it.
export const BENCH_NAMES: readonly BenchName[] = ['extract', 'seed', 'api', 'soak', 'client', 'corpus'];

/** One target of the issue and where this run stands. */
export interface TargetCheck {
  target: string;
  measured: string;
  /** null: not measured in this run (e.g. the peer cannot express the query). */
  met: boolean | null;
  /** For a miss: by how much. */
  miss?: string;
  /** For a miss: why, and what would close it. */
  why?: string;
}

export interface BenchReport<D = unknown> {
  name: BenchName;
  title: string;
  quick: boolean;
  startedAt: string;
  durationMs: number;
  targets: TargetCheck[];
  /** The benchmark's section of the summary: tables, in Markdown. */
  markdown: string;
  notes: string[];
  data: D;
}

export interface Environment {
  command: string;
  startedAt: string;
  node: string;
  platform: string;
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  /** 1-minute load average when the run started: other work on the machine skews every figure. */
  loadAverage: number[];
  gitCommit: string | null;
  gitDirty: boolean | null;
  neo4j: string;
}

export function describeEnvironment(command: string, neo4j: string, root: string): Environment {
  const git = (args: string[]): string | null => {
    try {
      return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return null;
    }
  };
  const status = git(['status', '--porcelain']);
  return {
    command,
    startedAt: new Date().toISOString(),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    loadAverage: os.loadavg().map((v) => Math.round(v * 100) / 100),
    gitCommit: git(['rev-parse', '--short', 'HEAD']),
    gitDirty: status === null ? null : status !== '',
    neo4j,
  };
}

/** "by 12 ms (24 %)": how far a measurement is on the wrong side of its target. */
export function missBy(measured: number, target: number, unit: string, lowerIsBetter = true): string {
  const diff = lowerIsBetter ? measured - target : target - measured;
  const relative = `${fmt((diff / target) * 100, 2)} %`;
  // A ratio is clearer side by side with its limit than as a difference of ratios.
  if (unit === '×') return `${fmt(measured)}× against ${fmt(target)}× (${relative} ${lowerIsBetter ? 'over' : 'under'})`;
  return `by ${fmt(diff)}${unit ? ` ${unit}` : ''} (${relative})`;
}

export function check(
  target: string,
  measured: string,
  value: number | null,
  limit: number,
  options: { unit: string; lowerIsBetter?: boolean; why?: string },
): TargetCheck {
  if (value === null || Number.isNaN(value)) return { target, measured, met: null };
  const lowerIsBetter = options.lowerIsBetter ?? true;
  const met = lowerIsBetter ? value <= limit : value >= limit;
  return met
    ? { target, measured, met }
    : { target, measured, met, miss: missBy(value, limit, options.unit, lowerIsBetter), ...(options.why ? { why: options.why } : {}) };
}

export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `| ${header.map(escape).join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`),
  ].join('\n');
}

const verdict = (met: boolean | null) => (met === null ? 'n/a' : met ? 'met' : '**missed**');

export function renderTargets(targets: readonly TargetCheck[]): string {
  return markdownTable(
    ['Target', 'Measured', 'Verdict', 'Missed by'],
    targets.map((t) => [t.target, t.measured, verdict(t.met), t.miss ?? '']),
  );
}

export function renderSummary(environment: Environment, reports: readonly BenchReport[]): string {
  const targets = reports.flatMap((r) => r.targets.map((t) => ({ ...t, target: `${r.name}: ${t.target}` })));
  const misses = targets.filter((t) => t.met === false);
  const met = targets.filter((t) => t.met === true).length;
  const lines = [
    '# RegAtlas benchmarks',
    '',
    `Command: \`${environment.command}\` · ${environment.startedAt} · commit ${environment.gitCommit ?? '?'}${environment.gitDirty ? ' (with local changes)' : ''}`,
    '',
    `Machine: ${environment.cpus} × ${environment.cpuModel}, ${environment.memoryGb} GB, ${environment.platform}, Node ${environment.node}; ` +
      `load average ${environment.loadAverage.join(' / ')} at the start (other work on the machine inflates every figure). ` +
      `Database: ${environment.neo4j}.`,
    '',
    `## Targets: ${met} met, ${misses.length} missed, ${targets.length - met - misses.length} not measured`,
    '',
    renderTargets(targets),
    '',
  ];
  if (misses.length > 0) {
    lines.push('### Why the misses, and what would close them', '');
    for (const miss of misses) lines.push(`- **${miss.target}** (${miss.miss}): ${miss.why ?? 'see the section below.'}`);
    lines.push('');
  }
  for (const report of reports) {
    lines.push(`## ${report.title}${report.quick ? ' (quick)' : ''}`, '', report.markdown, '');
    if (report.notes.length > 0) {
      lines.push(...report.notes.map((note) => `- ${note}`), '');
    }
    lines.push(`_${(report.durationMs / 1000).toFixed(0)} s._`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export async function writeReports(dir: string, environment: Environment, reports: readonly BenchReport[]): Promise<string> {
  await mkdir(dir, { recursive: true });
  for (const report of reports) {
    await writeFile(path.join(dir, `${report.name}.json`), `${JSON.stringify({ environment, ...report }, null, 2)}\n`);
  }
  const summary = renderSummary(environment, reports);
  const summaryFile = path.join(dir, 'summary.md');
  await writeFile(summaryFile, summary);
  return summaryFile;
}
