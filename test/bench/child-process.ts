// Benchmark helpers run as separate Node processes (`node --import tsx <file>`), so that what they measure
// (a seed's peak memory, a server's latency and memory) is theirs alone. The Neo4j credentials travel in the
// environment, never on the command line.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Neo4jSettings } from '../../server/db/neo4j-settings.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const benchFile = (name: string) => fileURLToPath(new URL(`./${name}`, import.meta.url));

export function neo4jEnv(settings: Neo4jSettings): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEO4J_URI: settings.uri,
    NEO4J_USER: settings.user,
    NEO4J_PASSWORD: settings.password,
    NEO4J_DATABASE: settings.database,
  };
}

const tsxArgs = (file: string, args: readonly string[], nodeOptions: readonly string[] = []) => [...nodeOptions, '--import', 'tsx', file, ...args];

// Children still running, so that an interrupted benchmark run can take them down with it.
const live = new Set<ChildProcess>();
function track(child: ChildProcess): ChildProcess {
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

/** SIGTERM to every benchmark child still running (run.ts calls it on SIGINT/SIGTERM). */
export function killChildren(): void {
  for (const child of live) child.kill('SIGTERM');
}

/** Runs a script to completion and returns the last line it printed on stdout, parsed as JSON. */
export function runJsonChild<T>(file: string, args: readonly string[], env: NodeJS.ProcessEnv, timeoutMs = 20 * 60_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = track(spawn(process.execPath, tsxArgs(file, args), { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] }));
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0) {
        reject(new Error(`${file} exited with ${code ?? signal}: ${stderr.trim().split('\n').slice(-8).join('\n')}`));
        return;
      }
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`${file} printed no JSON result: ${last.slice(0, 200)}`));
      }
    });
  });
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

/** Starts a long-running script that prints `{url, pid}` once it listens (serve-child.ts). */
export async function startServerChild(
  file: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
  nodeOptions: readonly string[] = [],
): Promise<ServerChild> {
  const child = track(spawn(process.execPath, tsxArgs(file, args, nodeOptions), { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] }));
  const errors: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    errors.push(line);
    if (errors.length > 50) errors.shift();
    // Our server logs masked errors here: keep them visible, they count as failures.
    if (/error|Error/.test(line)) log(`${args[0] ?? 'server'}: ${line}`);
  });
  // The first line says where it listens; later lines answer collectGarbage().
  const lines = createInterface({ input: child.stdout! });
  const memoryWaiters: Array<(memory: NodeJS.MemoryUsage) => void> = [];
  const ready = await new Promise<{ url: string; pid: number }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${file} ${args.join(' ')} did not start within 120 s`)), 120_000);
    lines.once('line', (line) => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(line) as { url: string; pid: number });
      } catch {
        reject(new Error(`unexpected output from ${file}: ${line}`));
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
      reject(new Error(`${file} ${args.join(' ')} exited with ${code}: ${errors.slice(-8).join('\n')}`));
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
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      })),
  };
}
