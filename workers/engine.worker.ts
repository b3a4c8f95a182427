/// <reference lib="webworker" />
// The one worker script, in three roles chosen by the worker's name:
// - "data" (started by the page): parse, infer, profile, join and persist datasets; tables stay
//   there as typed arrays, the page receives summaries and windows of rows (workers/data/);
// - "ml" (started by the page): training, cross-validation, SMOTE, ensembles, clustering, rule
//   mining, scoring; handlers in workers/ml/*.ts over the pure code in src/ml;
// - "fit-N" (started by the ml worker's pool from this same script URL): one model fit at a time.
// One script rather than one entry per worker because Vite bundles each worker entry on its own, so
// every entry that reached TF.js shipped its own copy of it (vitejs/vite#16547); with one entry the
// roles share one set of chunks. Each role loads only its own handlers (a dynamic import), and
// calls that arrive meanwhile are held and replayed.
// first: refuse every request to another origin before any other code runs (workers/egress.ts)
import './egress'
import { registerHandlers, type Handlers } from './dispatch'

const role = self.name === 'data' ? 'data' : self.name.startsWith('fit') ? 'fit' : 'ml'
const early: MessageEvent[] = []
const hold = (e: MessageEvent): void => void early.push(e)
self.addEventListener('message', hold)
const handlers: Handlers =
  role === 'data' ? (await import('./data/handlers')).dataHandlers
  : role === 'fit' ? (await import('./fit')).fitHandlers
  : (await import('./ml/handlers')).mlHandlers
self.removeEventListener('message', hold)
registerHandlers(role, handlers)
for (const e of early) self.dispatchEvent(new MessageEvent('message', { data: e.data }))
export {}
