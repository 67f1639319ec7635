import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const webRoot = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(webRoot, '../..');
const apiTarget = process.env.CROCEVIA_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  resolve: {
    alias: {
      // bootstrap-italia ships its fonts but no @font-face: styles/fonts.css points here so Vite bundles them.
      '@bootstrap-italia-fonts': path.resolve(repoRoot, 'node_modules/bootstrap-italia/dist/fonts'),
    },
  },
  build: {
    outDir: path.resolve(webRoot, 'dist'),
    emptyOutDir: true,
    // MapLibre alone is ~800 kB minified; it is loaded lazily, only on map pages.
    chunkSizeWarningLimit: 1100,
  },
  optimizeDeps: {
    // Pre-bundled up front, so the first visit to a lazy page does not make the dev server reload.
    include: [
      'react',
      'react-dom/client',
      'react-router-dom',
      '@tanstack/react-query',
      '@tanstack/react-table',
      'i18next',
      'react-i18next',
      'design-react-kit',
      'maplibre-gl',
      'zod',
    ],
  },
  server: {
    // Pages and contracts live in modules/ and platform/, outside the web root.
    fs: { allow: [repoRoot] },
    proxy: {
      '/api': {
        target: apiTarget,
        changeOrigin: true,
        // The API refuses writes whose Origin is not its own (CSRF guard): present the proxied origin.
        headers: { origin: apiTarget },
      },
    },
  },
});
