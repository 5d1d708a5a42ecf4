// One way to read a command line for every RegAtlas command: node:util parseArgs in strict mode, so a
// mistyped flag (--if-chnaged) is an error that names it instead of being ignored.
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The command line is wrong; the message says what and ends with the usage. Commands exit 2 on it. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type Config = Pick<ParseArgsConfig, 'options' | 'allowPositionals'>;

export function parseCommandLine<const C extends Config>(args: string[], config: C, usage: string) {
  try {
    return parseArgs({ ...config, args, strict: true as const });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${usage}`);
  }
}

/** For a command's last catch: a usage error is printed plainly (no stack) and gives exit code 2. */
export function exitCodeOfUsageError(error: unknown): number | undefined {
  if (!(error instanceof UsageError)) return undefined;
  process.stderr.write(`error: ${error.message}\n`);
  return 2;
}
