// The client benchmark's builds: the synthetic-graph page (client-page/) built with Vite, and the size of the
// JS a built index page loads first.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleSize {
  initial: BundleFile[];
  lazy: BundleFile[];
  initialGzipBytes: number;
  initialBytes: number;
  allJsGzipBytes: number;
}
/** The JS the index page loads before anything else: its module script and the chunks it preloads. */
export async function measureBundle(dir: string): Promise<BundleSize> {
  const html = await readFile(path.join(dir, 'index.html'), 'utf8');
  const initialPaths = [
    ...[...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
  ].map((p) => p.replace(/^\//, ''));
  const sizeOf = async (file: string): Promise<BundleFile> => {
    const content = await readFile(path.join(dir, file));
    return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  };
  const assets = existsSync(path.join(dir, 'assets')) ? (await readdir(path.join(dir, 'assets'))).filter((f) => f.endsWith('.js')) : [];
  const allJs = assets.map((f) => `assets/${f}`);
  const initial = await Promise.all(initialPaths.map(sizeOf));
  const lazy = await Promise.all(allJs.filter((f) => !initialPaths.includes(f)).map(sizeOf));
  const sum = (files: BundleFile[], key: 'bytes' | 'gzipBytes') => files.reduce((n, f) => n + f[key], 0);
  return {
    initial,
    lazy,
    initialGzipBytes: sum(initial, 'gzipBytes'),
    initialBytes: sum(initial, 'bytes'),
    allJsGzipBytes: sum([...initial, ...lazy], 'gzipBytes'),
  };
}
/** Builds the synthetic-graph page with Vite into a temporary folder. */
export async function buildBenchPage(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'regatlas-bench-page-'));
  const { build } = await import('vite');
  await build({
    root: fileURLToPath(new URL('./client-page', import.meta.url)),
    configFile: false,
    logLevel: 'warn',
    base: '/',
    // No gzip report: measureBundle sizes what matters, and compressing every chunk twice costs seconds.
    build: { outDir: dir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000, reportCompressedSize: false },
  });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
