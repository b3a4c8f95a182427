import * as tf from '@tensorflow/tfjs-core'

/**
 * Makes sure a TF.js backend is active before training. The app's worker chooses and registers
 * the backend itself (wasm paths, WebGPU adapter checks); in Node (tests, CLI, bench) the cpu and
 * wasm packages register themselves on import (the wasm Node entry loads its .wasm from
 * node_modules). With no name, keeps whatever backend is active, else falls back to cpu.
 */
export async function ensureTfBackend(name?: string): Promise<string> {
  if (name) {
    if (!tf.findBackendFactory(name)) {
      if (name === 'cpu') await import('@tensorflow/tfjs-backend-cpu')
      else if (name === 'wasm') await import('@tensorflow/tfjs-backend-wasm')
      else if (name === 'webgl') await import('@tensorflow/tfjs-backend-webgl')
      else if (name === 'webgpu') await import('@tensorflow/tfjs-backend-webgpu')
      else throw new RangeError(`Unknown TF.js backend "${name}" (use cpu, wasm, webgl or webgpu)`)
    }
    if (tf.getBackend() !== name) {
      const ok = await tf.setBackend(name)
      if (!ok) throw new Error(`TF.js backend "${name}" could not be initialised`)
    }
    await tf.ready()
    return tf.getBackend()
  }
  if (!tf.findBackendFactory('cpu') && Object.keys(tf.engine().registryFactory).length === 0) await import('@tensorflow/tfjs-backend-cpu')
  await tf.ready()
  return tf.getBackend()
}
