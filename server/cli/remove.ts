// `npm run seed:remove -- regulation:<slug>...`: takes regulations out of the graph: what each owns and states,
// and the bodies and industries only it named. One transaction per regulation; the others are untouched.
// stdout: {removed, absent} as JSON; exit 1 when one of them was not in the graph.
import { exitCodeOfUsageError, parseCommandLine, UsageError } from '../../seed/cli/command-line.ts';
import { removeRegulation } from '../../seed/load-graph.ts';
import { withSeedingClient } from '../setup/seeding-client.ts';

const USAGE = 'usage: npm run seed:remove -- regulation:<slug>...';
const log = (message: string) => process.stderr.write(`[seed:remove] ${message}\n`);

async function main(): Promise<number> {
  const { positionals } = parseCommandLine(process.argv.slice(2), { allowPositionals: true, options: {} }, USAGE);
  if (positionals.length === 0) throw new UsageError(USAGE);
  const wrong = positionals.find((key) => !/^regulation:[a-z0-9-]+$/.test(key));
  if (wrong !== undefined) throw new UsageError(`"${wrong}" is not a regulation key (regulation:<lowercase-slug>)\n${USAGE}`);
  const summary = { removed: [] as string[], absent: [] as string[] };
  await withSeedingClient(log, async (client) => {
    for (const key of positionals) {
      const removed = await removeRegulation(client, key);
      (removed ? summary.removed : summary.absent).push(key);
      log(removed ? `removed ${key}` : `${key} is not in the graph`);
    }
  });
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  return summary.absent.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage = exitCodeOfUsageError(error);
    if (usage === undefined) process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = usage ?? 1;
  },
);
