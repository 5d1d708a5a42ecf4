// `npm run bench [-- <names…>] [--quick] [--allow-overwrite] [--out <dir>]`
//
// Runs the benchmarks (all, or those named: extract seed api soak client corpus; extract needs no database) against a
// throwaway Neo4j started here and
// deleted afterwards (or NEO4J_URI with --allow-overwrite: the seed benchmark replaces its graph), writes one
// JSON file per benchmark and summary.md into bench-results/ (git-ignored), and prints the summary.
// --quick uses tiny sizes and short runs (the smoke test in `npm test` runs this).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { exitCodeOfUsageError, parseCommandLine, UsageError } from '../../seed/cli/command-line.ts';
import { loadProjectEnv } from '../../server/project-env.ts';
import { runApiBench } from './api-bench.ts';
import { runExtractBench } from './extract-bench.ts';
import { openBenchDatabase, type BenchDatabase } from './bench-database.ts';
import { killChildren, PROJECT_ROOT } from '../support/child-process.ts';
import { buildClientBench, runClientBench, type ClientBuilds } from './client-bench.ts';
import { BENCH_NAMES, describeEnvironment, writeReports, type BenchName, type BenchReport } from './report.ts';
import { runSeedBench } from './seed-bench.ts';
import { runSoakBench } from './soak-bench.ts';
import { runCorpusBench } from './corpus-bench.ts';

const USAGE = 'usage: npm run bench [-- extract|seed|api|soak|client|corpus …] [--quick] [--allow-overwrite] [--out <dir>]';

interface Args {
  names: BenchName[];
  quick: boolean;
  allowOverwrite: boolean;
  out: string;
}

export function readBenchArgs(argv: string[]): Args {
  const { values, positionals } = parseCommandLine(
    argv,
    {
      allowPositionals: true,
      options: { quick: { type: 'boolean' }, 'allow-overwrite': { type: 'boolean' }, out: { type: 'string' } },
    },
    USAGE,
  );
  const unknown = positionals.find((name) => !(BENCH_NAMES as readonly string[]).includes(name));
  if (unknown !== undefined) throw new UsageError(`unknown benchmark "${unknown}"\n${USAGE}`);
  // Always in the canonical order: the seed benchmark leaves the shipped regulation loaded for the others.
  return {
    names: BENCH_NAMES.filter((n) => positionals.length === 0 || positionals.includes(n)),
    quick: values.quick === true,
    allowOverwrite: values['allow-overwrite'] === true,
    out: path.resolve(values.out ?? path.join(PROJECT_ROOT, 'bench-results')),
  };
}

const startedAt = performance.now();
const log = (line: string) => process.stderr.write(`[bench ${((performance.now() - startedAt) / 1000).toFixed(1)}s] ${line}\n`);

async function main(): Promise<number> {
  const args = readBenchArgs(process.argv.slice(2));
  const env = await loadProjectEnv();
  const started = Date.now();
  let db: BenchDatabase | undefined;
  let interrupted = false;
  // The Vite builds of the client benchmark need no database: they run while Neo4j starts.
  const builds: Promise<ClientBuilds> | undefined = args.names.includes('client') ? buildClientBench() : undefined;
  builds?.catch(() => undefined);
  // 4 GB of heap for the scale-100 seed's one transaction of 134,000 elements: at 2 GB Neo4j's collector stopped
  // the world for 200-400 ms several times a load, and ×100 loaded in 3.2-3.3 s against 2.6-2.8 s at 4 GB
  // (medians of 5, three rounds each, 2026-12-01). Smoke runs load 1,351 elements at most. The extract benchmark
  // alone needs no database.
  const needsDatabase = args.names.some((name) => name !== 'extract');
  const opening: Promise<BenchDatabase | null> = needsDatabase
    ? openBenchDatabase({
        env,
        allowOverwrite: args.allowOverwrite,
        heap: args.quick ? '512m' : '4g',
        pageCache: args.quick ? '64m' : '512m',
        log,
      })
    : Promise.resolve(null);
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted = true;
    log(`${signal}: stopping the benchmark processes and database`);
    killChildren();
    // Also when Neo4j is still starting: it runs detached and would outlive us.
    void opening
      .then((database) => database?.close(), () => undefined)
      .finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const reports: BenchReport[] = [];
  let failed = false;
  let clientRan = false;
  try {
    db = (await opening) ?? undefined;
    const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
    const environment = describeEnvironment(command, db?.description ?? 'none (extract only)', PROJECT_ROOT);
    const database = (): BenchDatabase => {
      if (db === undefined) throw new Error('this benchmark needs a database');
      return db;
    };
    const options = { get settings() { return database().settings; }, quick: args.quick, log };
    const runners: Record<BenchName, () => Promise<BenchReport>> = {
      extract: async () => runExtractBench({ quick: args.quick, log }),
      seed: () => runSeedBench(options),
      api: () => runApiBench(options),
      soak: () => runSoakBench(options),
      client: () => {
        clientRan = true;
        return runClientBench({ ...options, ...(builds ? { builds } : {}) });
      },
      corpus: () => runCorpusBench(options),
    };
    for (const name of args.names) {
      if (interrupted) break;
      log(`${name}: starting${args.quick ? ' (quick)' : ''}`);
      try {
        const report = await runners[name]();
        reports.push(report);
        log(`${name}: done in ${Math.round(report.durationMs / 1000)} s`);
      } catch (error) {
        failed = true;
        log(`${name}: FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    }
    const summary = await writeReports(args.out, environment, reports);
    process.stdout.write(await readFile(summary, 'utf8'));
    log(`wrote ${reports.map((r) => `${r.name}.json`).join(', ')} and summary.md to ${args.out} in ${Math.round((Date.now() - started) / 1000)} s`);
  } finally {
    // runClientBench removes the builds it used; otherwise they are removed here.
    if (builds && !clientRan) {
      await builds.then(
        (b) => Promise.all([b.client.remove(), b.page.remove()]),
        () => undefined,
      );
    }
    await db?.close();
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage = exitCodeOfUsageError(error);
    if (usage === undefined) log(error instanceof Error ? error.message : String(error));
    process.exitCode = usage ?? 1;
  },
);
