/// <reference lib="webworker" />
// The one worker script, in three roles chosen by the worker's name:
// - "data" (started by the page): parse, infer, profile, join and persist datasets; tables stay
//   there as typed arrays, the page receives summaries and windows of rows (workers/data/); the ml
//   worker reaches the same handlers over its own MessageChannel port, so tables go from this
//   worker to it without crossing the page;
// - "ml" (started by the page): training, cross-validation, SMOTE, ensembles, clustering, rule
//   mining, scoring; handlers in workers/ml/*.ts over the pure code in src/ml and src/engine; the
//   page hands it a port to the data worker;
// - "fit-N" (started by the ml worker's pool from this same script URL): one model fit at a time.
// One script rather than one entry per worker because Vite bundles each worker entry on its own, so
// every entry that reached TF.js shipped its own copy of it (vitejs/vite#16547); with one entry the
// roles share one set of chunks. Each role loads only its own handlers (a dynamic import), and
// calls that arrive meanwhile are held and replayed (with their ports).
// first: refuse every request to another origin before any other code runs (workers/egress.ts)
import './egress'
import { announceExit, registerHandlers } from './dispatch'
import type { HandlerTable } from './protocol'

announceExit(self as unknown as Parameters<typeof announceExit>[0])
const role = self.name === 'data' ? 'data' : self.name.startsWith('fit') ? 'fit' : 'ml'
const early: MessageEvent[] = []
const hold = (e: MessageEvent): void => void early.push(e)
self.addEventListener('message', hold)
let handlers: HandlerTable
let onConnect: (port: MessagePort) => void = () => undefined
if (role === 'data') {
  const h = (await import('./data/handlers')).dataHandlers
  handlers = h
  onConnect = (port) => registerHandlers('data', h, port as never)
} else if (role === 'fit') {
  handlers = (await import('./fit')).fitHandlers
} else {
  const [{ mlHandlers }, { connectData }] = await Promise.all([import('./ml/handlers'), import('./ml/tables')])
  handlers = mlHandlers
  onConnect = connectData
}
self.removeEventListener('message', hold)
registerHandlers(role, handlers)
self.addEventListener('message', (ev: MessageEvent<{ type?: string }>) => {
  if (ev.data?.type === 'connect' && ev.ports[0]) onConnect(ev.ports[0])
})
for (const e of early) self.dispatchEvent(new MessageEvent('message', { data: e.data, ports: [...e.ports] }))
export {}
