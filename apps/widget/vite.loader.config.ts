import { defineConfig } from 'vite';

// The loader: one small script any website includes; no dependencies, an IIFE.
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2019',
    lib: { entry: 'src/loader.ts', formats: ['iife'], name: 'BalieWidget', fileName: () => 'widget.js' },
  },
});
