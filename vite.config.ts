import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

const apiTarget = process.env.DIMING_API_URL ?? 'http://localhost:8080'

/** The client: root `client/`, built into `dist/client`, API proxied in `npm run dev`. */
export default defineConfig({
  root: fileURLToPath(new URL('./client', import.meta.url)),
  plugins: [vue()],
  resolve: { alias: { '@': fileURLToPath(new URL('./client/src', import.meta.url)) } },
  build: {
    outDir: fileURLToPath(new URL('./dist/client', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(['/api', '/ogc', '/tiles'].map((p) => [p, { target: apiTarget, changeOrigin: false }])),
  },
})
