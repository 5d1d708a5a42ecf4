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
    // Cytoscape alone is ~440 kB minified; the layout extensions are split into their own chunks.
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: { '/graphql': api, '/healthz': api },
  },
});
