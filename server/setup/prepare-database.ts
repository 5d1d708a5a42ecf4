// Shared by `npm start` and `npm run dev`: bring up Neo4j (the project-managed one unless NEO4J_URI is set)
// and seed it with the shipped regulation and, when REGATLAS_CORPUS names a folder, every document in it, each
// only when the database does not hold its current graph. The corpus is read the way `npm run seed` reads it;
// a file of it that fails is logged and skipped so that one bad document never keeps the explorer from starting.
import path from 'node:path';
import { displayPath, expandSources, readSourceFiles, type SourceFile } from '../../seed/cli/source-graph.ts';
import { loadIfChanged } from '../../seed/load-graph.ts';
import { SEED_REGULATION_ID, SEED_SOURCE_PATH } from '../../seed/seed-source.ts';
import { DatabaseAuthError, DatabaseUnavailableError } from '../db/neo4j-client.ts';
import type { Neo4jSettings } from '../db/neo4j-settings.ts';
import { loadProjectEnv, PROJECT_ROOT } from '../project-env.ts';
import { withSeedingClient } from './seeding-client.ts';

/** The shipped regulation first (a corpus file clashing with its id is the one refused), then the corpus. */
async function sourceFiles(corpus: string | undefined, log: (message: string) => void): Promise<SourceFile[]> {
  const shipped: SourceFile = { path: SEED_SOURCE_PATH, id: SEED_REGULATION_ID };
  if (corpus === undefined || corpus.trim() === '') return [shipped];
  // Relative to the project, like REGATLAS_NEO4J_HOME: .env lives there.
  const folder = path.resolve(PROJECT_ROOT, corpus.trim());
  const { files, failures } = await expandSources([folder]);
  for (const failure of failures) log(`error: REGATLAS_CORPUS: ${failure.message}`);
  if (files.length > 0) log(`REGATLAS_CORPUS: ${files.length} document(s) in ${folder}`);
  return [shipped, ...files.filter((file) => file !== SEED_SOURCE_PATH).map((file) => ({ path: file }))];
}

export async function prepareDatabase(log: (message: string) => void): Promise<Neo4jSettings> {
  const env = await loadProjectEnv();
  const files = await sourceFiles(env['REGATLAS_CORPUS'], log);
  const { sources, failures } = await readSourceFiles(files);
  for (const failure of failures) {
    // The shipped text is part of the program: if it does not read, that is a bug to stop for.
    if (failure.file === displayPath(SEED_SOURCE_PATH)) throw new Error(failure.message);
    log(`error: ${failure.message} (skipped)`);
  }
  const { settings } = await withSeedingClient(log, async (client) => {
    for (const { file, graph } of sources) {
      const id = graph.regulation.id;
      try {
        const outcome = await loadIfChanged(client, graph, {
          // One regulation: its steps, as before; a corpus: a line each.
          ...(sources.length === 1 && { onProgress: (m: string) => log(`  ${m}`) }),
        });
        log(outcome.loaded ? `seeded ${id}: ${outcome.nodes} nodes and ${outcome.relationships} relationships` : `${id}: already seeded with its current graph`);
      } catch (error) {
        // Without the database nothing else can load; the shipped regulation must load for the explorer to work.
        if (id === SEED_REGULATION_ID || error instanceof DatabaseUnavailableError || error instanceof DatabaseAuthError) throw error;
        log(`error: ${file}: ${error instanceof Error ? error.message : String(error)} (skipped)`);
      }
    }
  });
  return settings;
}
