// The project's own scripts (seed CLI, server, the benchmarks' children) as child processes: `node --import tsx
// <script>` in the project folder, so that what a benchmark measures of one (peak memory, latency) is that
// script's alone. Output is captured and every wait bounded: a child still running at its deadline is killed
// and the caller fails instead of hanging. The Neo4j credentials travel in the environment, never on the
// command line.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunningChild {
  child: ChildProcess;
  /**
   * Signals the whole process group, so that whatever the script started goes too (the child runs detached,
   * in a group of its own).
   */
  kill(signal: NodeJS.Signals): void;
  stdout(): string;
  stderr(): string;
  /** Resolves with the first match of `pattern` in stderr + stdout (as output so far or still to come). */
  waitForOutput(pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray>;
  /** Resolves when the process has exited; kills it (SIGKILL) and rejects after `timeoutMs`. */
  waitForExit(timeoutMs: number): Promise<Exit>;
}

// Children still running, so that an interrupted benchmark run can take them down with it.
const live = new Set<RunningChild>();

/** SIGTERM to every child still running (the benchmark runner calls it on SIGINT/SIGTERM). */
export function killChildren(): void {
  for (const running of live) running.kill('SIGTERM');
}

/** `node [nodeOptions] --import tsx <script> …args` in the project folder; `script` is relative to it or absolute. */
export function spawnTsx(script: string, args: readonly string[], env: NodeJS.ProcessEnv, nodeOptions: readonly string[] = []): RunningChild {
  const child = spawn(process.execPath, [...nodeOptions, '--import', 'tsx', script, ...args], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
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
  child.on('error', (error) => {
    stderr += `\n${error.message}`;
    notify();
  });
  const exited = new Promise<Pick<Exit, 'code' | 'signal'>>((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));

  const running: RunningChild = {
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
  live.add(running);
  exited.then(() => {
    live.delete(running);
    process.off('exit', killOnExit);
    notify();
  });
  return running;
}

/** Runs to completion within `timeoutMs`. */
export function runTsx(script: string, args: readonly string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<Exit> {
  return spawnTsx(script, args, env).waitForExit(timeoutMs);
}

/** Runs a script to completion and returns the last line it printed on stdout, parsed as JSON. */
export async function runJsonChild<T>(script: string, args: readonly string[], env: NodeJS.ProcessEnv, timeoutMs = 20 * 60_000): Promise<T> {
  const { code, signal, stdout, stderr } = await runTsx(script, args, env, timeoutMs);
  if (code !== 0) throw new Error(`${script} exited with ${code ?? signal}: ${lastLines(stderr, 8)}`);
  const last = stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(last) as T;
  } catch {
    throw new Error(`${script} printed no JSON result: ${last.slice(0, 200)}`);
  }
}

const lastLines = (text: string, count: number) => text.trim().split('\n').slice(-count).join('\n');

/** Environment for a child that talks to the given Neo4j through NEO4J_*, with no managed-server settings. */
export function envForNeo4j(settings: { uri: string; user: string; password: string; database: string }, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) if (/^(NEO4J_|REGATLAS_NEO4J_)/.test(name)) delete env[name];
  return { ...env, NEO4J_URI: settings.uri, NEO4J_USER: settings.user, NEO4J_PASSWORD: settings.password, NEO4J_DATABASE: settings.database, ...extra };
}

export interface ServerChild {
  url: string;
  pid: number;
  process: ChildProcess;
  /** Resident memory now, from /proc (bytes). */
  rss(): Promise<number>;
  /** Asks the server for a full garbage collection (serve-child.ts started with --expose-gc); its memory after it. */
  collectGarbage(): Promise<NodeJS.MemoryUsage>;
  stop(): Promise<void>;
}

/** Starts a long-running script that prints `{url, pid}` once it listens (test/bench/serve-child.ts). */
export async function startServerChild(
  script: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
  nodeOptions: readonly string[] = [],
): Promise<ServerChild> {
  const running = spawnTsx(script, args, env, nodeOptions);
  const { child } = running;
  createInterface({ input: child.stderr! }).on('line', (line) => {
    // Our server logs masked errors here: keep them visible, they count as failures.
    if (/error|Error/.test(line)) log(`${args[0] ?? 'server'}: ${line}`);
  });
  // The first line says where it listens; later lines answer collectGarbage().
  const lines = createInterface({ input: child.stdout! });
  const memoryWaiters: Array<(memory: NodeJS.MemoryUsage) => void> = [];
  const ready = await new Promise<{ url: string; pid: number }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} ${args.join(' ')} did not start within 120 s`)), 120_000);
    lines.once('line', (line) => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(line) as { url: string; pid: number });
      } catch {
        reject(new Error(`unexpected output from ${script}: ${line}`));
      }
      lines.on('line', (next) => {
        let memory: NodeJS.MemoryUsage | undefined;
        try {
          memory = (JSON.parse(next) as { memory?: NodeJS.MemoryUsage }).memory;
        } catch {
          return; // not ours: something else printed on stdout
        }
        if (memory) memoryWaiters.shift()?.(memory);
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} ${args.join(' ')} exited with ${code}: ${lastLines(running.stderr(), 8)}`));
    });
  });
  let stopped: Promise<void> | undefined;
  return {
    ...ready,
    process: child,
    rss: async () => {
      const status = await readFile(`/proc/${ready.pid}/status`, 'utf8');
      const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? Number.NaN);
      return kb * 1024;
    },
    collectGarbage: () =>
      new Promise<NodeJS.MemoryUsage>((resolve) => {
        memoryWaiters.push(resolve);
        child.kill('SIGUSR2');
      }),
    stop: () =>
      (stopped ??= new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          resolve();
          return;
        }
        const timer = setTimeout(() => running.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        running.kill('SIGTERM');
      })),
  };
}
