import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { prerender } from './prerender-plugin.ts';

/** `mode: 'portal-local'` (npm start, tests) includes the developer's message page; production leaves it out. */
export default defineConfig(({ mode }) => ({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), prerender()],
  define: { 'import.meta.env.VITE_LOCAL_TOOLS': JSON.stringify(mode === 'portal-local') },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
    reportCompressedSize: false,
  },
}));
