// Shared by the extract and seed commands: argument parsing (strict: a mistyped flag is an error), reading
// the source file and its notes, and running the pure stages, with errors that name the file and line.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { buildExtraction } from '../pipeline.ts';
import { readNotesBeside } from '../read-notes.ts';
import { SEED_REGULATION_ID, SEED_SOURCE_PATH } from '../seed-source.ts';
import { decodeSource } from '../read-source.ts';
import { RegulationFormatError, type ExtractedGraph } from '../types.ts';
import { exitCodeOfUsageError, parseCommandLine, UsageError } from './command-line.ts';

/** An error about one input file; `line` is known for format and encoding errors. */
export class SourceError extends Error {
  constructor(file: string, cause: RegulationFormatError) {
    super(`${relative(process.cwd(), file) || file}:${cause.message.replace(/^line /, '')}`);
    this.name = 'SourceError';
  }
}

export interface SourceGraph {
  file: string;
  graph: ExtractedGraph;
  /** Notes beside the file that name nothing the rules found. */
  unusedNotes: string[];
  flags: Record<string, boolean>;
}

/** `flags`: the boolean options this command takes besides --id (e.g. report, if-changed). */
export function readSourceGraph(args: string[], options: { requireFile: boolean; usage: string; flags?: readonly string[] }): SourceGraph {
  const { values, positionals } = parseCommandLine(
    args,
    {
      allowPositionals: true,
      options: {
        id: { type: 'string' },
        ...Object.fromEntries((options.flags ?? []).map((flag) => [flag, { type: 'boolean' as const }])),
      },
    },
    options.usage,
  );
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"\n${options.usage}`);
  let file = positionals[0];
  let id = typeof values['id'] === 'string' ? values['id'] : undefined;
  if (id !== undefined && !/^regulation:[a-z0-9-]+$/.test(id)) {
    throw new UsageError(`--id must look like regulation:<lowercase-slug>, got "${id}"`);
  }
  if (file === undefined) {
    if (options.requireFile) throw new UsageError(options.usage);
    file = SEED_SOURCE_PATH;
    id ??= SEED_REGULATION_ID;
  }
  const path = resolve(file);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const flags = Object.fromEntries((options.flags ?? []).map((flag) => [flag, (values as Record<string, unknown>)[flag] === true]));
  try {
    const notes = readNotesBeside(path);
    const { graph, unusedNotes } = buildExtraction(decodeSource(bytes), { ...(id !== undefined && { id }), notes });
    return { file: path, graph, unusedNotes, flags };
  } catch (error) {
    // An encoding error is a RegulationFormatError too: both name the line.
    if (error instanceof RegulationFormatError) throw new SourceError(path, error);
    throw error;
  }
}

/** Prints an expected error plainly (no stack) and returns the exit code. */
export function reportSeedError(error: unknown): number {
  const usage = exitCodeOfUsageError(error);
  if (usage !== undefined) return usage;
  // Source, notes and database errors already name what to fix; no stack.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`error: ${message}\n`);
  return 1;
}
