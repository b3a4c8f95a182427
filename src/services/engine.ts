import { WorkerClient, type Health } from '../../workers/protocol'
import type { DataHandlers } from '../../workers/data/handlers'
import type { MlHandlers } from '../../workers/ml/handlers'

/**
 * The app's two workers: `data` parses, profiles, joins and persists datasets; `ml` trains,
 * clusters and mines. Tables live in the workers; the page sees summaries. Both run the one worker
 * script (workers/engine.worker.ts) in the role their name picks, so TF.js is bundled once; both
 * clients are typed from the workers' handler tables (type-only imports: no worker code enters the page bundle).
 */
/**
 * How the page watches its workers. Progress messages count as answers, so only a worker silent
 * for a full minute (no progress, no pong: stuck in a loop that never reports, or gone) is declared
 * dead; Cancel terminates a worker that has not stopped 5 s after it was asked.
 */
export const WORKER_HEALTH: Health = { heartbeatMs: 5_000, silentAfterMs: 60_000, cancelGraceMs: 5_000 }

export const dataWorker: WorkerClient<DataHandlers> = new WorkerClient<DataHandlers>('data', () => {
  const w = new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), { type: 'module', name: 'data' })
  // a restarted data worker: a running ml worker gets a channel to the new one
  if (mlWorker.started) connect(w, (m, t) => mlWorker.post(m, t))
  return w
}, WORKER_HEALTH)

export const mlWorker: WorkerClient<MlHandlers> = new WorkerClient<MlHandlers>('ml', () => {
  const w = new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), { type: 'module', name: 'ml' })
  // posted before the client sends its first call, so the ml worker is connected when that call runs
  connect((m, t) => dataWorker.post(m, t), w)
  return w
}, WORKER_HEALTH)

type Post = ((message: unknown, transfer: Transferable[]) => void) | Worker

/**
 * A MessageChannel between the two workers: the ml worker fetches tables from the data worker and
 * hands it derived datasets directly, so rows never pass through the page.
 */
function connect(data: Post, ml: Post): void {
  const { port1, port2 } = new MessageChannel()
  const send = (to: Post, port: MessagePort): void => (typeof to === 'function' ? to({ type: 'connect' }, [port]) : to.postMessage({ type: 'connect' }, [port]))
  send(data, port1)
  send(ml, port2)
}

/** typed methods: `data.parse(args)`, `ml.predict.train(args, { onProgress })` */
export const data = dataWorker.api
export const ml = mlWorker.api
