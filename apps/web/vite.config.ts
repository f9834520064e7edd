import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiTarget = process.env.API_URL ?? 'http://localhost:3000';

/** Paths the api serves; proxied in development so session cookies stay first-party. */
const proxiedPaths = ['/graphql', '/health', '/ready', '/calendar', '/export'];

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  cacheDir: '../../node_modules/.vite/apps/web',
  plugins: [react()],
  resolve: {
    // The shared libs (tsconfig.base.json paths), bundled from source.
    alias: {
      '@deelwijs/privacy': fileURLToPath(
        new URL('../../libs/privacy/src/index.ts', import.meta.url),
      ),
      '@deelwijs/taxonomy': fileURLToPath(
        new URL('../../libs/taxonomy/src/index.ts', import.meta.url),
      ),
    },
  },
  server: {
    port: 4200,
    host: 'localhost',
    proxy: Object.fromEntries(
      proxiedPaths.map((path) => [path, { target: apiTarget, changeOrigin: false }]),
    ),
  },
  preview: {
    port: 4300,
    host: 'localhost',
  },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    reportCompressedSize: false,
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/,
            },
            { name: 'mantine', test: /node_modules[\\/]@mantine[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
});
