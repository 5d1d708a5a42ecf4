// `npm run seed [-- <file-or-folder>...] [--id regulation:<slug>] [--if-changed]`: read, extract and load
// regulations into Neo4j (the project-managed server unless NEO4J_URI is set), each beside the others already
// there. Folders are read for their documents (.txt .md .docx .pdf .html …); without arguments the shipped
// regulation is loaded. Each regulation's id comes from its file name (regulation:<slug>), or from --id when
// exactly one file is given. It lives beside the driver, not in seed/: the pipeline stays pure and this command
// only joins it to a database.
//
// Every source is read and extracted before the database is touched, so bad input never half-writes; a file
// that fails is reported (`error: <file>: <problem>`) and skipped, and the others are loaded, one transaction
// per regulation. stderr carries progress (a bar on a terminal, else one line per file and per regulation) and
// errors; stdout one JSON summary {loaded, unchanged, failed} once the database was reached. Exit 1 when
// anything failed, 2 for a usage error. With nothing readable the database is not opened and stdout stays empty.
import { MultiBar, type SingleBar } from 'cli-progress';
import { readSourceGraphs, reportSeedError, type ReadProgress, type SourceFailure, type SourceGraph } from '../../seed/cli/source-graph.ts';
import { loadIfChanged } from '../../seed/load-graph.ts';
import { DatabaseAuthError, DatabaseUnavailableError } from '../db/neo4j-client.ts';
import { withSeedingClient } from '../setup/seeding-client.ts';

const USAGE = 'usage: npm run seed [-- <file-or-folder>...] [--id regulation:<slug>] [--if-changed]';

export interface SeedSummary {
  loaded: { regulation: string; file: string; nodes: number; relationships: number }[];
  /** Regulations the database already held exactly (with --if-changed). */
  unchanged: string[];
  failed: { file: string; problem: string }[];
}

/** Where progress and errors go: a bar on a terminal, plain lines in a log. */
interface Display {
  log(line: string): void;
  reading: ReadProgress;
  loadStart(total: number): void;
  /** `verb` is loaded or unchanged; `detail` what came of it. */
  loaded(done: number, total: number, verb: string, regulation: string, detail: string, elements: number): void;
  stop(): void;
}

const note = (message: string) => `[seed] ${message}`;

function describeRead(source: SourceGraph): string {
  const { graph } = source;
  return `${source.file} → ${graph.regulation.id}: ${graph.articles.length} articles, ${graph.obligations.length} obligations`;
}

/** One line per file and per regulation, so that a log of a large corpus stays readable. */
function plainDisplay(): Display {
  const write = (line: string) => process.stderr.write(`${line}\n`);
  return {
    log: write,
    reading: {
      read: (done, total, outcome) => {
        if ('failure' in outcome) write(`error: ${outcome.failure.message}`);
        else write(note(`read ${done}/${total} ${describeRead(outcome.source)}`));
      },
    },
    loadStart: () => {},
    loaded: (done, total, verb, regulation, detail) => write(note(`${verb} ${done}/${total} ${regulation}: ${detail}`)),
    stop: () => {},
  };
}

/** Two bars on a terminal, files read and then regulations loaded; messages are printed above them. */
function barDisplay(): Display {
  const bars = new MultiBar({ stream: process.stderr, clearOnComplete: false, hideCursor: true, format: '{label} [{bar}] {value}/{total} {unit} {detail}' });
  let bar: SingleBar | undefined;
  let stopped = false;
  const log = (line: string) => {
    bars.log(`${line}\n`);
    bars.update();
  };
  return {
    log,
    reading: {
      start: (total) => {
        bar = bars.create(total, 0, { label: 'reading', unit: 'files', detail: '' });
      },
      read: (done, _total, outcome) => {
        if ('failure' in outcome) log(`error: ${outcome.failure.message}`);
        bar?.update(done, { detail: 'failure' in outcome ? outcome.failure.file : outcome.source.file });
      },
    },
    loadStart: (total) => {
      bar?.update({ detail: '' });
      bar = bars.create(total, 0, { label: 'loading', unit: 'regulations', detail: '' });
    },
    loaded: (done, _total, _verb, regulation, _detail, elements) => bar?.update(done, { detail: `${elements} elements written, ${regulation}` }),
    stop: () => {
      if (stopped) return;
      stopped = true;
      bars.update(); // flushes messages logged since the last redraw
      bars.stop();
    },
  };
}

async function main(): Promise<number> {
  const started = performance.now();
  let display: Display = plainDisplay();
  const reported = new Set<SourceFailure>();
  const reading: ReadProgress = {
    start: (total) => {
      // A bar for a corpus only: with one file the loader's own steps are the progress, one line each.
      if (total > 1 && process.stderr.isTTY) display = barDisplay();
      display.reading.start?.(total);
    },
    read: (done, total, outcome) => {
      if ('failure' in outcome) reported.add(outcome.failure);
      display.reading.read?.(done, total, outcome);
    },
  };
  try {
    const { sources, failures, flags } = await readSourceGraphs(process.argv.slice(2), { usage: USAGE, flags: ['if-changed'], progress: reading });
    // A missing path or a folder without documents is found before reading; its error is printed here.
    for (const failure of failures) if (!reported.has(failure)) display.log(`error: ${failure.message}`);
    for (const source of sources) {
      if (source.unusedNotes.length > 0) display.log(note(`${source.file}: notes naming nothing the rules found: ${source.unusedNotes.join(', ')}`));
    }
    if (sources.length === 0) return 1;
    const summary: SeedSummary = { loaded: [], unchanged: [], failed: failures.map(({ file, problem }) => ({ file, problem })) };
    await withSeedingClient(display.log, async (client) => {
      display.loadStart(sources.length);
      let elements = 0;
      for (const [index, { file, graph }] of sources.entries()) {
        const regulation = graph.regulation.id;
        const loadStarted = performance.now();
        try {
          const outcome = await loadIfChanged(client, graph, {
            force: !flags['if-changed'],
            // One regulation: its steps, as before (a log shows where a long load is). Several: a line each.
            ...(sources.length === 1 && { onProgress: (m: string) => display.log(note(m)) }),
          });
          if (outcome.loaded) {
            elements += outcome.nodes + outcome.relationships;
            summary.loaded.push({ regulation, file, nodes: outcome.nodes, relationships: outcome.relationships });
            const seconds = ((performance.now() - loadStarted) / 1000).toFixed(2);
            const detail = `${outcome.nodes} nodes, ${outcome.relationships} relationships in ${seconds} s (${elements} elements written so far)`;
            display.loaded(index + 1, sources.length, 'loaded', regulation, detail, elements);
          } else {
            summary.unchanged.push(regulation);
            display.loaded(index + 1, sources.length, 'unchanged', regulation, 'the database already holds this graph', elements);
          }
        } catch (error) {
          const problem = error instanceof Error ? error.message : String(error);
          // Without the database the rest would fail the same way, each after its own retries.
          const lost = error instanceof DatabaseUnavailableError || error instanceof DatabaseAuthError;
          const left = lost ? sources.slice(index) : [sources[index]!];
          for (const source of left) {
            summary.failed.push({ file: source.file, problem });
            display.log(`error: ${source.file}: ${problem}`);
          }
          if (lost) break;
        }
      }
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    display.stop();
    display = plainDisplay();
    const { loaded, unchanged, failed } = summary;
    display.log(note(`${loaded.length} loaded, ${unchanged.length} unchanged, ${failed.length} failed in ${seconds} s`));
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return failed.length > 0 ? 1 : 0;
  } finally {
    display.stop();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = reportSeedError(error);
  },
);
