// Shared by the extract and seed commands and by npm start: argument parsing (strict: a mistyped flag is an
// error), finding the source files (folders expanded), reading each document and its notes, and running the
// pure stages, with errors that name the file and line. For a corpus, a file that fails is set aside with its
// problem and the others go on: one scanned PDF must not stop a hundred good texts.
import { readFileSync } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { buildExtraction } from '../pipeline.ts';
import { READABLE_EXTENSIONS, readDocumentText } from '../read-document.ts';
import type { RegulationNotes } from '../notes.ts';
import { notesPathFor, readNotesBeside } from '../read-notes.ts';
import { RegulationIdError, regulationIdForFile } from '../regulation-id.ts';
import { SEED_REGULATION_ID, SEED_SOURCE_PATH } from '../seed-source.ts';
import { RegulationFormatError, type ExtractedGraph } from '../types.ts';
import { exitCodeOfUsageError, parseCommandLine, UsageError } from './command-line.ts';

/** A path as messages show it: relative to the working folder when inside it. */
export const displayPath = (path: string): string => relative(process.cwd(), path) || path;

/** An error about one input file: `file:line: problem` for format and encoding errors, `file: problem` otherwise. */
export class SourceError extends Error {
  /** The file as displayed. */
  readonly file: string;
  /** What is wrong, without the file: `line 3: binary data …`. */
  readonly problem: string;
  constructor(file: string, cause: RegulationFormatError | string) {
    const shown = displayPath(file);
    super(typeof cause === 'string' ? `${shown}: ${cause}` : `${shown}:${cause.message.replace(/^line /, '')}`);
    this.name = 'SourceError';
    this.file = shown;
    this.problem = typeof cause === 'string' ? cause : cause.message;
  }
}

export interface SourceGraph {
  /** The file as displayed (relative to the working folder when inside it). */
  file: string;
  graph: ExtractedGraph;
  /** Notes beside the file that name nothing the rules found. */
  unusedNotes: string[];
}

/** A file set aside: `message` is `file:line: problem` (or `file: problem`), as printed after `error: `. */
export interface SourceFailure {
  file: string;
  problem: string;
  message: string;
}

/** One file to read; `id` overrides the regulation id made from its name. */
export interface SourceFile {
  path: string;
  id?: string;
}

export interface ReadProgress {
  /** Called once the files are known, before the first is read. */
  start?(total: number): void;
  /** Called after each file, with what came of it. */
  read?(done: number, total: number, outcome: { source: SourceGraph } | { failure: SourceFailure }): void;
}

const failureOf = (error: SourceError): SourceFailure => ({ file: error.file, problem: error.problem, message: error.message });

/** The shipped text keeps its published id whichever way it is named; any other file gets one from its name. */
function defaultIdFor(path: string): string {
  return resolve(path) === SEED_SOURCE_PATH ? SEED_REGULATION_ID : regulationIdForFile(path);
}

const isReadableName = (name: string): boolean => {
  const dot = name.lastIndexOf('.');
  return dot > 0 && (READABLE_EXTENSIONS as readonly string[]).includes(name.slice(dot).toLowerCase());
};

/**
 * The documents under a folder, sorted by path. Hidden entries (.git, .DS_Store) and Word's lock files (~$x.docx,
 * which are not documents) are skipped with everything else that is not readable; a folder reached twice through
 * a link is read once.
 */
async function filesUnder(folder: string, seen: Set<string>): Promise<string[]> {
  const real = await realpath(folder);
  if (seen.has(real)) return [];
  seen.add(real);
  const files: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
    const path = join(folder, entry.name);
    const kind = entry.isSymbolicLink() ? await stat(path).catch(() => null) : entry;
    if (kind?.isDirectory()) files.push(...(await filesUnder(path, seen)));
    else if (kind?.isFile() && isReadableName(entry.name)) files.push(path);
  }
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Files and folders as given → the files to read, in order (each folder's sorted by path, each file once).
 * A file named explicitly is kept whatever its extension, so that an unsupported one is reported; a path that
 * does not exist or a folder without documents is a failure.
 */
export async function expandSources(paths: readonly string[]): Promise<{ files: string[]; failures: SourceFailure[] }> {
  const files: string[] = [];
  const failures: SourceFailure[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    files.push(file);
  };
  for (const given of paths) {
    const path = resolve(given);
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      const problem = info.code === 'ENOENT' ? 'no such file or folder' : `cannot read (${info.code ?? info.message})`;
      failures.push(failureOf(new SourceError(path, problem)));
    } else if (info.isDirectory()) {
      const found = await filesUnder(path, new Set());
      if (found.length === 0) failures.push(failureOf(new SourceError(path, `no documents in this folder (${READABLE_EXTENSIONS.join(', ')})`)));
      found.forEach(add);
    } else {
      add(path);
    }
  }
  return { files, failures };
}

/** One document's bytes → its graph; throws SourceError for what is wrong with the file. */
async function extractSource(path: string, bytes: Uint8Array, id: string | undefined): Promise<SourceGraph> {
  try {
    const regulationId = id ?? defaultIdFor(path);
    const text = await readDocumentText(bytes, basename(path));
    const { graph, unusedNotes } = buildExtraction(text, { id: regulationId, notes: readNotesOf(path) });
    return { file: displayPath(path), graph, unusedNotes };
  } catch (error) {
    if (error instanceof SourceError) throw error;
    // An encoding or document error is a RegulationFormatError too: all name the line.
    if (error instanceof RegulationFormatError) throw new SourceError(path, error);
    if (error instanceof RegulationIdError) throw new SourceError(path, error.message);
    // A fault of ours on one text must not stop a corpus: that file fails, saying it is not the file's fault.
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new SourceError(path, `unexpected error while extracting (please report it): ${message}`);
  }
}

function readNotesOf(path: string): RegulationNotes | null {
  try {
    return readNotesBeside(path);
  } catch (error) {
    const notes = notesPathFor(path);
    throw new SourceError(path, (error as Error).message.replace(notes, displayPath(notes)));
  }
}

/**
 * Reads every file, one after the other (pdf.js and the extraction are CPU-bound; in parallel they would only
 * interleave). Each failure is kept with its file; a second file giving a regulation id already taken fails
 * naming the first, so that one regulation never silently replaces another in the same run.
 */
export async function readSourceFiles(
  files: readonly SourceFile[],
  progress: ReadProgress = {},
): Promise<{ sources: SourceGraph[]; failures: SourceFailure[] }> {
  const sources: SourceGraph[] = [];
  const failures: SourceFailure[] = [];
  const byId = new Map<string, string>();
  progress.start?.(files.length);
  for (const [index, { path, id }] of files.entries()) {
    let outcome: { source: SourceGraph } | { failure: SourceFailure };
    try {
      const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
        throw new SourceError(path, `cannot read (${error.code ?? error.message})`);
      });
      const source = await extractSource(path, bytes, id);
      const earlier = byId.get(source.graph.regulation.id);
      if (earlier !== undefined) {
        throw new SourceError(path, `gives the regulation id ${source.graph.regulation.id}, as ${earlier} does; rename one of them`);
      }
      byId.set(source.graph.regulation.id, source.file);
      sources.push(source);
      outcome = { source };
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      const failure = failureOf(error);
      failures.push(failure);
      outcome = { failure };
    }
    progress.read?.(index + 1, files.length, outcome);
  }
  return { sources, failures };
}

type Flags = Record<string, boolean>;

/** `flags`: the boolean options this command takes besides --id (e.g. report, if-changed). */
function parseSourceArgs(args: string[], usage: string, flagNames: readonly string[] = []) {
  const { values, positionals } = parseCommandLine(
    args,
    {
      allowPositionals: true,
      options: {
        id: { type: 'string' },
        ...Object.fromEntries(flagNames.map((flag) => [flag, { type: 'boolean' as const }])),
      },
    },
    usage,
  );
  const id = typeof values['id'] === 'string' ? values['id'] : undefined;
  if (id !== undefined && !/^regulation:[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
    throw new UsageError(`--id must look like regulation:<lowercase-slug>, got "${id}"`);
  }
  const flags: Flags = Object.fromEntries(flagNames.map((flag) => [flag, (values as Record<string, unknown>)[flag] === true]));
  return { positionals, id, flags };
}

/** The extract command's one file: throws SourceError for a bad file, UsageError for a missing one. */
export async function readSourceGraph(
  args: string[],
  options: { requireFile: boolean; usage: string; flags?: readonly string[] },
): Promise<SourceGraph & { flags: Flags }> {
  const { positionals, id, flags } = parseSourceArgs(args, options.usage, options.flags);
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"\n${options.usage}`);
  const file = positionals[0];
  if (file === undefined && options.requireFile) throw new UsageError(options.usage);
  const path = resolve(file ?? SEED_SOURCE_PATH);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return { ...(await extractSource(path, bytes, id)), flags };
}

export interface SourceGraphs {
  sources: SourceGraph[];
  /** Files that could not be read or extracted, and paths that name nothing to read. */
  failures: SourceFailure[];
  /** How many files were found to read. */
  total: number;
  flags: Flags;
}

/**
 * The seed command's sources: files and folders (expanded to their documents), or the shipped regulation when
 * none is given. `--id` names one regulation, so it is a usage error with more than one file.
 */
export async function readSourceGraphs(
  args: string[],
  options: { usage: string; flags?: readonly string[]; progress?: ReadProgress },
): Promise<SourceGraphs> {
  const { positionals, id, flags } = parseSourceArgs(args, options.usage, options.flags);
  if (positionals.length === 0) {
    const { sources, failures } = await readSourceFiles([{ path: SEED_SOURCE_PATH, id: id ?? SEED_REGULATION_ID }], options.progress);
    return { sources, failures, total: 1, flags };
  }
  const { files, failures: missing } = await expandSources(positionals);
  if (id !== undefined && files.length + missing.length > 1) {
    throw new UsageError(`--id names one regulation, but ${files.length} files were given; drop --id to name each by its file\n${options.usage}`);
  }
  const { sources, failures } = await readSourceFiles(
    files.map((path) => ({ path, ...(id !== undefined && { id }) })),
    options.progress,
  );
  return { sources, failures: [...missing, ...failures], total: files.length, flags };
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
