/// <reference lib="webworker" />
// The ml worker: training, cross-validation, SMOTE, ensembles, clustering, rule mining, scoring.
// Thin entry: handlers live in workers/ml/*.ts over the pure code in src/ml. The page hands it a
// MessageChannel port to the data worker (tables and derived datasets go directly between them).
import { registerHandlers } from './dispatch'
import { mlHandlers } from './ml/handlers'
import { connectData } from './ml/tables'

registerHandlers('ml', mlHandlers)
self.addEventListener('message', (ev: MessageEvent<{ type?: string }>) => {
  if (ev.data?.type === 'connect' && ev.ports[0]) connectData(ev.ports[0])
})
export {}
