// Vite builds the explorer into client/dist, which the API server serves on the same port as /graphql.
// In development (`npm run dev`) the API runs separately and Vite proxies it, so the client never needs CORS.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const api = `http://127.0.0.1:${process.env.PORT ?? 4000}`;

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Cytoscape alone is ~440 kB minified (~140 kB gzipped); it is the one large chunk, by design.
    chunkSizeWarningLimit: 700,
  },
  // The fcose layout runs in a module worker (cy/layout-worker.ts) with its own copy of Cytoscape.
  worker: { format: 'es' },
  server: {
    proxy: { '/graphql': api, '/healthz': api },
  },
});
