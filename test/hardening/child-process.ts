// The project's own entry points (seed CLI, server) as child processes, with their output captured and every
// wait bounded: a child still running at its deadline is killed and the test fails instead of hanging.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunningChild {
  child: ChildProcess;
  /**
   * Signals the whole process group: tsx runs the script in a child process of its own, so a SIGKILL to the
   * tsx process alone would leave the script running.
   */
  kill(signal: NodeJS.Signals): void;
  stdout(): string;
  stderr(): string;
  /** Resolves with the first match of `pattern` in stderr + stdout (as output so far or still to come). */
  waitForOutput(pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray>;
  /** Resolves when the process has exited; kills it (SIGKILL) and rejects after `timeoutMs`. */
  waitForExit(timeoutMs: number): Promise<Exit>;
}

/** `node node_modules/tsx/dist/cli.mjs <script> …args` in the project folder. */
export function spawnTsx(script: string, args: readonly string[], env: NodeJS.ProcessEnv): RunningChild {
  const child = spawn(process.execPath, [TSX, script, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  // A test that fails or times out must not leave the group behind.
  const killOnExit = () => kill('SIGKILL');
  process.once('exit', killOnExit);
  let stdout = '';
  let stderr = '';
  const watchers = new Set<() => void>();
  const notify = () => {
    for (const watcher of watchers) watcher();
  };
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    notify();
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    notify();
  });
  const exited = new Promise<Pick<Exit, 'code' | 'signal'>>((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
  exited.then(() => {
    process.off('exit', killOnExit);
    notify();
  });

  return {
    child,
    kill,
    stdout: () => stdout,
    stderr: () => stderr,
    waitForOutput: (pattern, timeoutMs) =>
      new Promise((resolve, reject) => {
        let done = false;
        const check = () => {
          const match = pattern.exec(`${stderr}\n${stdout}`);
          if (match) finish(() => resolve(match));
          else if (child.exitCode !== null || child.signalCode !== null) {
            finish(() => reject(new Error(`process exited before printing ${pattern}:\n${stderr}\n${stdout}`)));
          }
        };
        const timer = setTimeout(() => finish(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${stderr}\n${stdout}`))), timeoutMs);
        const finish = (settle: () => void) => {
          if (done) return;
          done = true;
          clearTimeout(timer);
          watchers.delete(check);
          settle();
        };
        watchers.add(check);
        check();
      }),
    waitForExit: async (timeoutMs) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          kill('SIGKILL');
          reject(new Error(`${script} still running after ${timeoutMs} ms; killed it.\n${stderr}\n${stdout}`));
        }, timeoutMs);
      });
      try {
        const { code, signal } = await Promise.race([exited, timeout]);
        return { code, signal, stdout, stderr };
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** Runs to completion within `timeoutMs`. */
export function runTsx(script: string, args: readonly string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<Exit> {
  return spawnTsx(script, args, env).waitForExit(timeoutMs);
}

/** Environment for a child that talks to the given Neo4j through NEO4J_*, with no managed-server settings. */
export function envForNeo4j(settings: { uri: string; user: string; password: string; database: string }, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) if (/^(NEO4J_|REGATLAS_NEO4J_)/.test(name)) delete env[name];
  return { ...env, NEO4J_URI: settings.uri, NEO4J_USER: settings.user, NEO4J_PASSWORD: settings.password, NEO4J_DATABASE: settings.database, ...extra };
}
