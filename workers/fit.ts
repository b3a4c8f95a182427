import type { CallContext, HandlerTable } from './protocol'
import { initBackend, type BackendName } from './backend'
import { runFitJob, type FitJob } from '../src/ml/propensity/fitjobs'

/** The fit worker's one method, apart from its entry file so the pool's client can be typed from it. */
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
