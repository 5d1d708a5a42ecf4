// Shared by the extract and seed commands: argument parsing, reading the source file and running the pure
// stages, with errors that name the file and line.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { buildGraph } from '../pipeline.ts';
import { SEED_REGULATION_ID, SEED_SOURCE_PATH } from '../seed-source.ts';
import { decodeSource, SourceEncodingError } from '../read-source.ts';
import { RegulationFormatError, type ExtractedGraph } from '../types.ts';


export class UsageError extends Error {}

/** An error about one input file; `line` is known for format and encoding errors. */
export class SourceError extends Error {
  constructor(file: string, cause: RegulationFormatError | SourceEncodingError) {
    super(`${relative(process.cwd(), file) || file}:${cause.message.replace(/^line /, '')}`);
    this.name = 'SourceError';
  }
}

export interface SourceGraph {
  file: string;
  graph: ExtractedGraph;
}

export function readSourceGraph(args: string[], options: { requireFile: boolean }): SourceGraph {
  let file: string | undefined;
  let id: string | undefined;
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--id') id = args[++i];
    else if (arg.startsWith('--id=')) id = arg.slice('--id='.length);
    else if (arg.startsWith('--')) flags.add(arg);
    else if (file === undefined) file = arg;
    else throw new UsageError(`unexpected argument "${arg}"`);
  }
  if (id !== undefined && !/^regulation:[a-z0-9-]+$/.test(id)) {
    throw new UsageError(`--id must look like regulation:<lowercase-slug>, got "${id}"`);
  }
  if (file === undefined) {
    if (options.requireFile) throw new UsageError('usage: npm run --silent extract -- <regulation.txt> [--id regulation:<slug>]');
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
  try {
    return { file: path, graph: buildGraph(decodeSource(bytes), id === undefined ? {} : { id }) };
  } catch (error) {
    if (error instanceof RegulationFormatError || error instanceof SourceEncodingError) throw new SourceError(path, error);
    throw error;
  }
}

/** Prints an expected error plainly (no stack) and returns the exit code. */
export function reportSeedError(error: unknown): number {
  if (error instanceof UsageError || error instanceof SourceError) {
    process.stderr.write(`error: ${error.message}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`error: ${message}\n`);
  return 1;
}
