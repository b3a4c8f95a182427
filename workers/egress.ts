/// <reference lib="webworker" />
/**
 * Defence in depth for the workers, which hold the customer rows: besides the CSP header of their
 * script, each worker refuses at start any fetch, XMLHttpRequest, WebSocket, EventSource or
 * importScripts to another origin (blob: and data: URLs, which TF.js and Vite use, stay allowed).
 * Imported first by every worker entry.
 */
import { isAllowedUrl } from '../src/security/egress'

const scope = self as unknown as WorkerGlobalScope & Record<string, unknown>
const origin = scope.location.origin
const allowed = (u: string | URL | Request): boolean => isAllowedUrl(typeof u === 'string' ? u : u instanceof URL ? u.href : u.url, scope.location.href, origin)
const refuse = (what: string, u: unknown): Error => new TypeError(`${what} to another origin is not allowed in Campaign Lab (${String(u instanceof Request ? u.url : u)}): customer data stays in this tab`)

const realFetch = scope.fetch.bind(scope)
scope.fetch = ((input: RequestInfo | URL, init?: RequestInit) => (allowed(input as string | URL | Request) ? realFetch(input, init) : Promise.reject(refuse('fetch', input)))) as typeof fetch

if (typeof scope.XMLHttpRequest === 'function') {
  const open = XMLHttpRequest.prototype.open
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
    if (!allowed(url)) throw refuse('XMLHttpRequest', url)
    return (open as (...a: unknown[]) => void).call(this, method, url, ...rest)
  } as typeof XMLHttpRequest.prototype.open
}

for (const name of ['WebSocket', 'EventSource'] as const) {
  const Real = scope[name] as (new (url: string | URL, ...rest: unknown[]) => unknown) | undefined
  if (typeof Real !== 'function') continue
  scope[name] = new Proxy(Real, {
    construct(target, args: [string | URL, ...unknown[]]) {
      if (!allowed(args[0])) throw refuse(name, args[0])
      return new target(...args) as object
    },
  })
}

if (typeof scope.importScripts === 'function') {
  const real = scope.importScripts.bind(scope)
  scope.importScripts = (...urls: (string | URL)[]) => {
    for (const u of urls) if (!allowed(u)) throw refuse('importScripts', u)
    real(...urls)
  }
}
export {}
