import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { fileURLToPath } from 'node:url'
import { SECURITY_HEADERS } from './src/security/csp'

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url))

/**
 * Every response carries the CSP (as a header, so it also covers the workers, which do not inherit
 * the page's <meta> policy) and cross-origin isolation (wasm threads need SharedArrayBuffer).
 * Static hosts need the same headers: public/_headers, docs/hosting/nginx.conf, README "Hosting".
 */
const isolationHeaders = SECURITY_HEADERS

/**
 * The threaded wasm backend builds its pthread workers from a function's source text; the minifier
 * renames `_scriptDir` inside it and `setBackend('wasm')` never resolves (STACK-NOTES). Removing
 * the one statement that reads it keeps threads working in a minified build.
 */
function wasmThreadsMinifyFix(): Plugin {
  return {
    name: 'campaign-lab:tfjs-wasm-threads-fix',
    transform(code, id) {
      if (!id.includes('tfjs-backend-wasm-threaded-simd')) return null
      const fixed = code.replace(/if\s*\(\s*typeof _scriptDir\s*!==\s*"undefined"\s*&&\s*_scriptDir\s*\)\s*\{\s*scriptDirectory\s*=\s*_scriptDir;?\s*\}/g, '')
      return fixed === code ? null : { code: fixed, map: null }
    },
  }
}

// danfojs' browser entry is a 5.6 MB bundle with its own TF.js 3, plotly and xlsx. We import its
// source entry instead and route its heavy dependencies to one TF.js 4 and small shims.
const danfoAliases = [
  { find: /^danfojs$/, replacement: here('./node_modules/danfojs/dist/danfojs-browser/src/index.js') },
  { find: /^@tensorflow\/tfjs$/, replacement: here('./src/shims/tfjs.ts') },
  { find: /^plotly\.js-dist-min$/, replacement: here('./src/shims/empty.ts') },
  { find: /^xlsx$/, replacement: here('./src/shims/empty.ts') },
  { find: /^mathjs$/, replacement: here('./src/shims/mathjs.ts') },
]

export default defineConfig({
  base: './',
  plugins: [vue(), wasmThreadsMinifyFix()],
  resolve: {
    alias: [{ find: /^@\//, replacement: here('./src/') }, ...danfoAliases],
  },
  worker: {
    format: 'es',
    plugins: () => [wasmThreadsMinifyFix()],
  },
  server: { host: '127.0.0.1', headers: isolationHeaders },
  preview: { host: '127.0.0.1', headers: isolationHeaders },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    reportCompressedSize: true,
  },
  optimizeDeps: {
    include: ['echarts', 'vue', 'pinia', 'vue-i18n'],
  },
})
