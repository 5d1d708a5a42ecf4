// Every command reads its command line strictly: a mistyped flag stops it before it touches a file, a
// database or a port, with exit code 2 and a message that names the flag and shows the usage.
import { describe, expect, it } from 'vitest';
import { runTsx } from '../support/child-process.ts';

const COMMANDS: ReadonlyArray<[script: string, args: string[]]> = [
  ['server/cli/seed.ts', ['--if-chnaged']],
  ['server/cli/remove.ts', ['regulation:x', '--forse']],
  ['seed/cli/extract.ts', ['seed/xinjiang-ftz-regulations-2025.txt', '--reprot']],
  ['server/cli/db.ts', ['status', '--jsno']],
  ['server/cli/start.ts', ['--prot']],
  ['server/cli/dev.ts', ['--prot']],
  ['server/main.ts', ['--prot']],
  ['server/print-schema.ts', ['--wirte']],
  ['test/eval/run.ts', ['--chekc']],
  ['test/bench/run.ts', ['--quikc']],
];

describe('an unknown flag', () => {
  it.each(COMMANDS)('%s %s: exit 2, the flag named, the usage shown', async (script, args) => {
    // No NEO4J_* at all: nothing may get as far as looking for a database.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(NEO4J_|REGATLAS_)/.test(name)));
    const exit = await runTsx(script, args, { ...env, REGATLAS_NEO4J_HOME: '/nonexistent/regatlas-neo4j' }, 30_000);
    expect(exit.code, exit.stderr).toBe(2);
    expect(exit.stderr).toContain(`'${args.at(-1)}'`);
    expect(exit.stderr).toMatch(/usage: /);
    expect(exit.stdout).toBe('');
    // A fresh tsx process can take seconds on a busy 2-core machine: wait as long as runTsx does.
  }, 35_000);
});
