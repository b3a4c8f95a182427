/// <reference lib="webworker" />
// The ml worker: training, cross-validation, SMOTE, ensembles, clustering, rule mining, scoring.
// Thin entry: handlers live in workers/ml/*.ts over the pure code in src/ml.
import './egress'
import { registerHandlers } from './dispatch'
import { mlHandlers } from './ml/handlers'

registerHandlers('ml', mlHandlers)
export {}
