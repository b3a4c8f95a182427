import { WorkerClient } from '../../workers/protocol'
import type { DataHandlers } from '../../workers/data/handlers'
import type { MlHandlers } from '../../workers/ml/handlers'

/**
 * The app's two workers: `data` parses, profiles, joins and persists datasets; `ml` trains,
 * clusters and mines. Tables live in the workers; the page sees summaries. Both clients are typed
 * from the workers' handler tables (type-only imports: no worker code enters the page bundle).
 */
export const dataWorker = new WorkerClient<DataHandlers>(
  'data',
  () => new Worker(new URL('../../workers/data.worker.ts', import.meta.url), { type: 'module', name: 'data' }),
)

export const mlWorker = new WorkerClient<MlHandlers>(
  'ml',
  () => new Worker(new URL('../../workers/ml.worker.ts', import.meta.url), { type: 'module', name: 'ml' }),
)

/** typed methods: `data.parse(args)`, `ml.predict.train(args, { onProgress })` */
export const data = dataWorker.api
export const ml = mlWorker.api
