import { WorkerClient } from './workerClient'

/**
 * The app's two workers: `data` parses, profiles, joins and persists datasets; `ml` trains,
 * clusters and mines. Tables live in the workers; the page sees summaries. Both run the one worker
 * script (workers/engine.worker.ts) in the role their name picks, so TF.js is bundled once.
 */
export const dataWorker = new WorkerClient(
  'data',
  () => new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), { type: 'module', name: 'data' }),
)

export const mlWorker = new WorkerClient(
  'ml',
  () => new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), { type: 'module', name: 'ml' }),
)
