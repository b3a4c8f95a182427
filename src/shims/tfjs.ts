// danfojs imports '@tensorflow/tfjs' (v3, whole namespace). We route it to the app's one TF.js 4
// core plus the cpu backend, and register the chained ops danfo's scalers call.
export * from '@tensorflow/tfjs-core'
import '@tensorflow/tfjs-backend-cpu'
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops'
