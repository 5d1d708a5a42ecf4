/**
 * npm run db:start | db:stop | db:status [-- --json]
 *
 * Progress and errors go to stderr; the status report (the command's data) and the start summary go to stdout.
 */
import { DatabaseAuthError, DatabaseUnavailableError, createNeo4jClient } from '../db/neo4j-client.ts';
import { describeNeo4jSettings, Neo4jSettingsError, readNeo4jSettings } from '../db/neo4j-settings.ts';
import { Neo4jSetupError, logToStderr } from '../db/local-neo4j-config.ts';
import { ensureNeo4j, localNeo4jStatus, stopLocalNeo4j, type LocalNeo4jStatus } from '../db/local-neo4j.ts';
import { loadProjectEnv } from '../project-env.ts';
import { exitCodeOfUsageError, parseCommandLine, UsageError } from '../../seed/cli/command-line.ts';

const USAGE = 'usage: tsx server/cli/db.ts start|stop|status [--json]';

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, { allowPositionals: true, options: { json: { type: 'boolean' } } }, USAGE);
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const [command] = positionals;
  const json = values.json === true;
  const env = await loadProjectEnv();

  switch (command) {
    case 'start': {
      const { settings, startedHere } = await ensureNeo4j({ env, log: logToStderr });
      if (settings.source === 'env') {
        // Nothing to start: check the configured server answers, so `db:start` is a useful smoke test.
        const client = createNeo4jClient(settings);
        try {
          await client.verify();
        } finally {
          await client.close();
        }
        print(json, { source: 'env', uri: settings.uri, user: settings.user, database: settings.database }, [
          `NEO4J_URI is set: nothing to start. ${describeNeo4jSettings(settings)} is reachable.`,
        ]);
        return 0;
      }
      const status = await localNeo4jStatus({ env });
      print(json, { source: 'managed', startedHere, ...status }, [
        `Neo4j ${startedHere ? 'started' : 'already running'}: ${settings.uri} (user ${settings.user}, database ${settings.database})`,
        `password: ${status.passwordFile}`,
        `data:     ${status.dataDir}`,
        `log:      ${status.consoleLog}`,
      ]);
      return 0;
    }
    case 'stop': {
      const { wasRunning, pid } = await stopLocalNeo4j({ env, log: logToStderr });
      print(json, { wasRunning, pid: pid ?? null }, [wasRunning ? `Neo4j (pid ${pid}) stopped.` : 'Neo4j was not running.']);
      return 0;
    }
    case 'status': {
      const status = await localNeo4jStatus({ env });
      const configured = readNeo4jSettings(env);
      const external = configured ? { uri: configured.uri, user: configured.user, database: configured.database } : null;
      print(json, { configured: external, managed: status }, formatStatus(status, external?.uri));
      return 0;
    }
    default:
      throw new UsageError(`unknown command "${command}"\n${USAGE}`);
  }
}

function formatStatus(status: LocalNeo4jStatus, externalUri: string | undefined): string[] {
  return [
    ...(externalUri ? [`NEO4J_URI is set: RegAtlas uses ${externalUri}; the managed server below is not used.`] : []),
    `managed Neo4j ${status.neo4jVersion} in ${status.home}`,
    `  jars:    ${status.jarsPresent ? 'present' : 'not downloaded (npm run db:start downloads them)'}`,
    `  running: ${status.running ? `yes (pid ${status.pid})${status.boltListening ? '' : ', Bolt not answering yet'}` : 'no'}`,
    `  bolt:    ${status.boltUri ?? '(not configured yet)'}`,
    `  data:    ${status.dataDir}`,
  ];
}

function print(json: boolean, data: unknown, lines: string[]): void {
  process.stdout.write(json ? `${JSON.stringify(data, null, 2)}\n` : `${lines.join('\n')}\n`);
}

const EXPECTED_ERRORS = [Neo4jSetupError, Neo4jSettingsError, DatabaseAuthError, DatabaseUnavailableError];

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage = exitCodeOfUsageError(error);
    if (usage !== undefined) {
      process.exitCode = usage;
      return;
    }
    const expected = EXPECTED_ERRORS.some((type) => error instanceof type);
    process.stderr.write(`${expected ? (error as Error).message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
