/// <reference lib="webworker" />
// The fit role of the worker script (workers/engine.worker.ts): one model fit at a time for the ml
// worker's pool (CV folds, grid points and final fits side by side on the machine's cores). Thin:
// the job is pure code in src/ml. Apart from the entry so the pool's client can be typed from it.
import type { CallContext, HandlerTable } from './protocol'
import { initBackend, type BackendName } from './backend'
import { runFitJob, type FitJob } from '../src/ml/propensity/fitjobs'

export const fitHandlers = {
  fit: {
    async run(args: { job: FitJob; backend: BackendName }, ctx: CallContext) {
      // TF.js only for the network and KNN's dot products, on the backend the ml worker chose (no probing here)
      if (args.job.model === 'mlp' || args.job.model === 'knn') await initBackend(args.backend)
      const { estimator: _estimator, ...out } = await runFitJob(args.job, ctx)
      return out
    },
  },
} satisfies HandlerTable
