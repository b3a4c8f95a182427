import * as tf from '@tensorflow/tfjs-core'

/**
 * A tiny logistic regression by full-batch gradient descent on the active TF.js backend: proves a
 * backend really computes (the browser tests run it on WebGPU and on wasm and compare the weights).
 */
export async function backendSelfTest(): Promise<{ backend: string; weights: number[]; loss: number; ms: number }> {
  const t0 = performance.now()
  const n = 256
  const p = 4
  // deterministic data: x_ij from a fixed formula, y from a known linear rule
  const x = new Float32Array(n * p)
  const y = new Float32Array(n)
  for (let i = 0; i < n; i++) {
    let z = 0.3
    for (let j = 0; j < p; j++) {
      const v = Math.sin(i * (j + 1) * 0.37) * 2
      x[i * p + j] = v
      z += [1.5, -2, 0.5, 1][j] * v
    }
    y[i] = z > 0 ? 1 : 0
  }
  const X = tf.tensor2d(x, [n, p])
  const Y = tf.tensor2d(y, [n, 1])
  let w = tf.zeros([p, 1])
  let b = tf.scalar(0)
  for (let it = 0; it < 100; it++) {
    const [nw, nb] = tf.tidy(() => {
      const pr = tf.sigmoid(tf.add(tf.matMul(X, w), b))
      const err = tf.sub(pr, Y)
      const gw = tf.div(tf.matMul(X, err, true, false), n)
      const gb = tf.mean(err)
      return [tf.sub(w, tf.mul(gw, 0.5)), tf.sub(b, tf.mul(gb, 0.5))]
    })
    w.dispose()
    b.dispose()
    w = nw
    b = nb
  }
  const loss = tf.tidy(() => {
    const pr = tf.clipByValue(tf.sigmoid(tf.add(tf.matMul(X, w), b)), 1e-7, 1 - 1e-7)
    return tf.neg(tf.mean(tf.add(tf.mul(Y, tf.log(pr)), tf.mul(tf.sub(1, Y), tf.log(tf.sub(1, pr))))))
  })
  const weights = [...(await w.data()), ...(await b.data())]
  const l = (await loss.data())[0]
  tf.dispose([X, Y, w, b, loss])
  return { backend: tf.getBackend(), weights, loss: l, ms: performance.now() - t0 }
}
