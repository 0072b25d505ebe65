import { defineConfig } from 'vite';

// The chat app, served by Balie at /widget/app and shown in the loader's iframe.
export default defineConfig({
  root: 'src/app',
  base: '/widget/app/',
  build: { outDir: '../../dist/app', emptyOutDir: true, target: 'es2020' },
});
