/**
 * The app's Content-Security-Policy: nothing may load from or send to any origin but the page's own.
 * wasm needs 'wasm-unsafe-eval'; TF.js and Vite workers need blob:. The same policy is
 * - the <meta> tag of index.html (a unit test keeps the two equal),
 * - a response header of `vite dev` and `vite preview` (vite.config.ts), which is what covers the
 *   workers: a worker does not inherit the page's <meta> policy, it takes the headers of its own
 *   script's response,
 * - the header files shipped for static hosts (public/_headers; docs/hosting/nginx.conf).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval' blob:",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ')

/** Headers every response of the app carries (CSP, cross-origin isolation for wasm threads, no referrer). */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
}
