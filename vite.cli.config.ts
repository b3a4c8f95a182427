import { defineConfig } from 'vite'
import { fileURLToPath } from 'node:url'

/**
 * The CLI as one plain-Node ES module (dist-cli/campaign-lab.mjs, run by bin/campaign-lab.mjs), so
 * `campaign-lab` runs without tsx. Packages stay external: they are read from node_modules at run
 * time, as under tsx (Node entries, e.g. the TF.js wasm backend's). Built by `npm run build:cli`
 * (and by `prepare`, i.e. on `npm install` in a checkout).
 */
export default defineConfig({
  resolve: { alias: [{ find: /^@\//, replacement: fileURLToPath(new URL('./src/', import.meta.url)) }] },
  logLevel: 'error',
  publicDir: false,
  build: {
    ssr: 'src/cli.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      output: { entryFileNames: 'campaign-lab.mjs', chunkFileNames: 'chunks/[name]-[hash].mjs', format: 'es' },
    },
  },
})
