import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const server = 'http://127.0.0.1:3000';

// In development the Balie server runs beside Vite; proxying keeps the app same-origin, so the
// session cookie, the CSRF header and the realtime WebSocket behave as in production. The Host
// header is passed on unchanged (changeOrigin: false) because the server accepts a WebSocket only
// when its Origin matches the Host.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api/realtime': { target: server, ws: true, changeOrigin: false },
      '/api': { target: server, changeOrigin: false },
      '/healthz': { target: server },
      '/readyz': { target: server },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
});
