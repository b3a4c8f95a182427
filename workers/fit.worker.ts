/// <reference lib="webworker" />
// A fit worker: one model fit at a time for the ml worker's pool (CV folds, grid points and final
// fits side by side on the machine's cores). Thin: the job is pure code in src/ml.
import { registerHandlers } from './dispatch'
import { fitHandlers } from './fit'

registerHandlers('fit', fitHandlers)
export {}
