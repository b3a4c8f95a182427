import { MessageError } from '../core/message'
import * as tf from '@tensorflow/tfjs-core'
import type { Matrix } from '../core/matrix'
import { stateWeights } from '../core/weights'
import { Rng } from '../core/random'
import { checkCancel, type RunControl } from '../core/progress'
import { registerEstimator, type Classifier, type EstimatorJSON } from '../core/estimator'
import { ensureTfBackend } from '../tf/backend'
import { stratifiedHoldout } from './gbt'
import { checkFitInput, checkPredictInput, checkInt, checkNum, checkOneOf, threshold, encodeFloat32, decodeFloat32 } from './_shared/util'

export type MlpActivation = 'relu' | 'tanh' | 'logistic' | 'identity'

export interface MLPOptions {
  /** units per hidden layer (sklearn hidden_layer_sizes) */
  hiddenLayerSizes: number[]
  activation: MlpActivation
  /** L2 penalty (sklearn alpha) */
  alpha: number
  /** 'auto' = min(200, n) */
  batchSize: 'auto' | number
  learningRate: number
  beta1: number
  beta2: number
  epsilon: number
  /** epochs at most (sklearn max_iter) */
  maxIter: number
  shuffle: boolean
  /** improvement that counts, on the training loss (or validation accuracy with early stopping) */
  tol: number
  nIterNoChange: number
  earlyStopping: boolean
  validationFraction: number
  seed: number
  /** TF.js backend to train on ('cpu', 'wasm', 'webgl', 'webgpu'); undefined = the active one */
  backend?: string
  /**
   * 'tfjs' (default): on wasm/cpu, products and activations as TF.js ops with the weights, Adam
   * and the loss in TypeScript; on webgl/webgpu, every step as TF.js tensor ops. 'tensors': tensor
   * ops on any backend. 'js': plain TypeScript loops, no backend.
   */
  engine: 'tfjs' | 'tensors' | 'js'
}

export const defaultMLPOptions: MLPOptions = {
  hiddenLayerSizes: [100], activation: 'relu', alpha: 1e-4, batchSize: 'auto', learningRate: 0.001, beta1: 0.9, beta2: 0.999, epsilon: 1e-8,
  maxIter: 200, shuffle: true, tol: 1e-4, nIterNoChange: 10, earlyStopping: false, validationFraction: 0.1, seed: 42, engine: 'tfjs',
}

function validate(o: MLPOptions): void {
  if (!Array.isArray(o.hiddenLayerSizes) || o.hiddenLayerSizes.length === 0) throw new MessageError('ml.error.mlpLayers')
  o.hiddenLayerSizes.forEach((u, i) => checkInt(`MLP: hiddenLayerSizes[${i}]`, u, 1, 100_000))
  checkOneOf('MLP: activation', o.activation, ['relu', 'tanh', 'logistic', 'identity'])
  checkNum('MLP: alpha', o.alpha, 0)
  if (o.batchSize !== 'auto') checkInt('MLP: batchSize', o.batchSize, 1)
  checkNum('MLP: learningRate', o.learningRate, 0, Infinity, true)
  checkNum('MLP: beta1', o.beta1, 0, 1)
  if (o.beta1 >= 1 || o.beta2 >= 1) throw new MessageError('ml.error.below1', { name: 'MLP: beta1 and beta2', value: `${o.beta1}, ${o.beta2}` })
  checkNum('MLP: beta2', o.beta2, 0, 1)
  checkNum('MLP: epsilon', o.epsilon, 0, Infinity, true)
  checkInt('MLP: maxIter', o.maxIter, 1, 100_000)
  checkNum('MLP: tol', o.tol, 0)
  checkInt('MLP: nIterNoChange', o.nIterNoChange, 1)
  checkNum('MLP: validationFraction', o.validationFraction, 0, 1, true)
  if (o.validationFraction >= 1) throw new MessageError('ml.error.below1', { name: 'MLP: validationFraction', value: String(o.validationFraction) })
  checkInt('MLP: seed', o.seed, 0)
  checkOneOf('MLP: engine', o.engine, ['tfjs', 'tensors', 'js'])
}

function act(name: MlpActivation, z: tf.Tensor2D): tf.Tensor2D {
  switch (name) {
    case 'relu': return tf.relu(z)
    case 'tanh': return tf.tanh(z)
    case 'logistic': return tf.sigmoid(z)
    case 'identity': return z
  }
}

function actScalar(name: MlpActivation, z: number): number {
  switch (name) {
    case 'relu': return z > 0 ? z : 0
    case 'tanh': return Math.tanh(z)
    case 'logistic': return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z))
    case 'identity': return z
  }
}

/**
 * Multi-layer perceptron for binary classification (scikit-learn MLPClassifier with adam): one
 * logistic output unit, log loss + (alpha / 2n_batch)·Σ‖W‖², Adam, minibatches of min(200, n)
 * reshuffled each epoch (seeded), Glorot-uniform init (bound √(6/(in+out)), √(2/(in+out)) for
 * logistic) on weights and biases, sklearn's stopping rules. Training runs on TF.js (any backend);
 * prediction uses the stored weights in plain float64 TypeScript, so a loaded model predicts
 * identically with no backend at all.
 */
export class MLPClassifier implements Classifier {
  readonly kind = 'mlp'
  readonly options: MLPOptions
  private nFeatures = -1
  /** per layer: weights (in × out, row-major) and biases, float32 as trained */
  private W: Float32Array[] = []
  private b: Float32Array[] = []
  private sizes: number[] = []
  /** mean training loss per epoch */
  lossCurve: number[] = []
  /** validation accuracy per epoch (early stopping) */
  validationScores: number[] = []
  nIter = 0
  backendUsed = ''

  constructor(options: Partial<MLPOptions> = {}) {
    this.options = { ...defaultMLPOptions, ...options }
    validate(this.options)
  }

  async fit(Xall: Matrix, yall: Uint8Array, control?: RunControl): Promise<void> {
    checkFitInput(Xall, yall, 'MLP')
    const o = this.options
    this.backendUsed = o.engine === 'js' ? 'js' : await ensureTfBackend(o.backend)
    const rng = new Rng(o.seed)
    const p = Xall.cols
    const sizes = [p, ...o.hiddenLayerSizes, 1]
    // init (sklearn _init_coef)
    const factor = o.activation === 'logistic' ? 2 : 6
    const W0: Float32Array[] = [], b0: Float32Array[] = []
    for (let l = 0; l + 1 < sizes.length; l++) {
      const bound = Math.sqrt(factor / (sizes[l] + sizes[l + 1]))
      const w = new Float32Array(sizes[l] * sizes[l + 1])
      for (let k = 0; k < w.length; k++) w[k] = (rng.next() * 2 - 1) * bound
      const bb = new Float32Array(sizes[l + 1])
      for (let k = 0; k < bb.length; k++) bb[k] = (rng.next() * 2 - 1) * bound
      W0.push(w); b0.push(bb)
    }
    let trainRows: Int32Array | null = null, valRows: Int32Array | null = null
    if (o.earlyStopping) {
      const s = stratifiedHoldout(yall, o.validationFraction, rng)
      trainRows = s.train; valRows = s.val
    }
    const n = trainRows ? trainRows.length : Xall.rows
    const Xf = new Float32Array(n * p), yf = new Float32Array(n)
    for (let r = 0; r < n; r++) {
      const i = trainRows ? trainRows[r] : r
      for (let j = 0; j < p; j++) Xf[r * p + j] = Xall.data[i * p + j]
      yf[r] = yall[i]
    }
    const bs = o.batchSize === 'auto' ? Math.min(200, n) : Math.min(o.batchSize, n)
    // synchronous backends (wasm, cpu): TF.js ops with weights and Adam in TypeScript; GPU backends
    // (where a read-back stalls the pipeline): every step as tensor ops
    const engine = o.engine === 'js' ? loopEngine(o, sizes, W0, b0, bs)
      : o.engine === 'tensors' || (this.backendUsed !== 'wasm' && this.backendUsed !== 'cpu') ? tfEngine(o, sizes, W0, b0, bs)
        : tfHostEngine(o, sizes, W0, b0, bs)
    const order = new Int32Array(n)
    for (let i = 0; i < n; i++) order[i] = i
    let bestLoss = Infinity, bestVal = -Infinity, noImprove = 0
    let bestW: Float32Array[] | null = null, bestB: Float32Array[] | null = null
    const lossCurve: number[] = [], valScores: number[] = []
    const readWeights = (): [Float32Array[], Float32Array[]] => engine.weights()
    try {
      for (let epoch = 0; epoch < o.maxIter; epoch++) {
        checkCancel(control?.cancel)
        if (o.shuffle) rng.shuffle(order)
        const lossSum = await engine.epoch(Xf, yf, order)
        const epochLoss = lossSum / n
        lossCurve.push(epochLoss)
        if (valRows) {
          const [Wc, bc] = readWeights()
          const acc = accuracy(Wc, bc, sizes, o.activation, Xall, yall, valRows)
          valScores.push(acc)
          if (acc < bestVal + o.tol) noImprove++
          else noImprove = 0
          if (acc > bestVal) { bestVal = acc; bestW = Wc; bestB = bc }
        } else {
          if (epochLoss > bestLoss - o.tol) noImprove++
          else noImprove = 0
          if (epochLoss < bestLoss) bestLoss = epochLoss
        }
        control?.onProgress?.((epoch + 1) / o.maxIter, `epoch ${epoch + 1}/${o.maxIter}, loss ${epochLoss.toFixed(4)}`)
        this.nIter = epoch + 1
        if (!Number.isFinite(epochLoss)) throw new MessageError('ml.error.mlpDiverged')
        if (noImprove > o.nIterNoChange) break
        await new Promise<void>((r) => setTimeout(r, 0))
      }
      const [Wf, bf] = valRows && bestW && bestB ? [bestW, bestB] : readWeights()
      this.W = Wf; this.b = bf
    } finally {
      engine.dispose()
    }
    this.sizes = sizes
    this.nFeatures = p
    this.lossCurve = lossCurve
    this.validationScores = valScores
    control?.onProgress?.(1, `done after ${this.nIter} epochs`)
  }

  predictProba(X: Matrix): Float64Array {
    checkPredictInput(X, this.nFeatures, 'MLP')
    return forward(this.W, this.b, this.sizes, this.options.activation, X, null)
  }

  predict(X: Matrix): Uint8Array {
    return threshold(this.predictProba(X))
  }

  toJSON(): EstimatorJSON {
    return {
      kind: this.kind,
      params: { ...this.options },
      state: {
        nFeatures: this.nFeatures, sizes: this.sizes, weights: this.W.map(encodeFloat32), biases: this.b.map(encodeFloat32),
        nIter: this.nIter, lossCurve: this.lossCurve, validationScores: this.validationScores, backend: this.backendUsed,
      },
    }
  }

  static load(json: EstimatorJSON): MLPClassifier {
    if (json.kind !== 'mlp') throw new Error(`MLP: cannot load a model of kind "${json.kind}"`)
    const m = new MLPClassifier(json.params as Partial<MLPOptions>)
    const s = json.state as Record<string, unknown>
    for (const k of ['nFeatures', 'sizes', 'weights', 'biases']) if (s[k] === undefined) throw new Error(`MLP: model JSON is missing state.${k}`)
    m.nFeatures = s.nFeatures as number
    m.sizes = s.sizes as number[]
    m.W = (s.weights as string[]).map(decodeFloat32)
    m.b = (s.biases as string[]).map(decodeFloat32)
    m.nIter = (s.nIter as number) ?? 0
    m.lossCurve = (s.lossCurve as number[]) ?? []
    m.validationScores = (s.validationScores as number[]) ?? []
    m.backendUsed = (s.backend as string) ?? ''
    return m
  }
}

/** One minibatch trainer: TF.js tensors, or plain TypeScript loops. */
interface Engine {
  /** one epoch of Adam steps over minibatches of rows in `order`; returns Σ batch loss × batch size */
  epoch(Xf: Float32Array, yf: Float32Array, order: Int32Array): Promise<number>
  weights(): [Float32Array[], Float32Array[]]
  dispose(): void
}

/**
 * TF.js engine: forward, hand-written backward pass and Adam as tensor ops in one tidy per batch.
 * Transposed matMuls are avoided where a layer allows it (the wasm backend transposes slowly):
 * Xᵀ comes from JS, and products with the 1-unit output layer are transposes of a vector.
 */
function tfEngine(o: MLPOptions, sizes: number[], W0: Float32Array[], b0: Float32Array[], bs: number): Engine {
  const p = sizes[0]
  const vars = sizes.slice(0, -1).map((_, l) => ({
    // tidy disposes the initial-value tensors and keeps the variables
    W: tf.tidy(() => tf.variable(tf.tensor2d(W0[l], [sizes[l], sizes[l + 1]]), true)),
    b: tf.tidy(() => tf.variable(tf.tensor1d(b0[l]), true)),
  }))
  // Adam moments (sklearn's AdamOptimizer: lr_t = lr·√(1−β2ᵗ)/(1−β1ᵗ), step = lr_t·m/(√v + ε))
  const params: tf.Variable[] = vars.flatMap((v) => [v.W, v.b] as tf.Variable[])
  // Adam runs on one flat vector of all parameters: ~12 ops per step instead of ~12 per tensor
  // (per-op overhead, not arithmetic, bounds minibatch training on the wasm/cpu backends)
  const sizesFlat = params.map((v) => v.size)
  const nFlat = sizesFlat.reduce((a, b) => a + b, 0)
  const mom = tf.tidy(() => tf.variable(tf.zeros([nFlat]), false))
  const vel = tf.tidy(() => tf.variable(tf.zeros([nFlat]), false))
  let step = 0
  const L = vars.length
  const dAct = (a: tf.Tensor2D): tf.Tensor2D => {
    switch (o.activation) {
      case 'relu': return tf.step(a)
      case 'tanh': return tf.sub(1, tf.square(a))
      case 'logistic': return tf.mul(a, tf.sub(1, a))
      case 'identity': return tf.onesLike(a)
    }
  }
  // constants as tensors once: a JS number operand becomes a new scalar tensor on every op
  const consts: tf.Tensor[] = []
  const k = (v: number): tf.Scalar => { const t = tf.scalar(v); consts.push(t); return t }
  const cB1 = k(o.beta1), cB1c = k(1 - o.beta1), cB2 = k(o.beta2), cB2c = k(1 - o.beta2), cEps = k(o.epsilon), cHalfAlpha = k(0.5 * o.alpha)
  const perM = new Map<number, { invM: tf.Scalar; alphaM: tf.Scalar; ones: tf.Tensor2D }>()
  const forM = (m: number) => {
    let c = perM.get(m)
    if (!c) { c = { invM: k(1 / m), alphaM: k(o.alpha / m), ones: tf.ones([1, m]) }; consts.push(c.ones); perM.set(m, c) }
    return c
  }
  /**
   * One minibatch: forward, hand-written backward pass, Adam update; returns the batch loss × m.
   * Transposed matMuls are avoided where a layer allows it (the wasm backend transposes slowly):
   * Xᵀ comes from JS, and products with the 1-unit output layer are reshapes.
   */
  const trainStep = (xb: tf.Tensor2D, xbT: tf.Tensor2D, ybt: tf.Tensor2D, m: number): tf.Scalar => {
    step++
    const lrT = (o.learningRate * Math.sqrt(1 - o.beta2 ** step)) / (1 - o.beta1 ** step)
    const cm = forM(m)
    return tf.tidy(() => {
      const A: tf.Tensor2D[] = [xb]
      let z: tf.Tensor2D = xb
      for (let l = 0; l < L; l++) {
        const hidden = l + 1 < L
        // fused matMul + bias (+ relu / logistic): one op instead of three
        const fusedAct = !hidden ? 'linear' : o.activation === 'relu' ? 'relu' : o.activation === 'logistic' ? 'sigmoid' : o.activation === 'identity' ? 'linear' : null
        if (fusedAct) {
          z = tf.fused.matMul({ a: A[l], b: vars[l].W, bias: vars[l].b, activation: fusedAct }) as tf.Tensor2D
          if (hidden) A.push(z)
        } else {
          z = tf.add(tf.matMul(A[l], vars[l].W), vars[l].b)
          A.push(act(o.activation, z))
        }
      }
      // log loss = softplus(z) − z·y (stable); plus (alpha/2m)·Σ‖W‖² (here × m)
      let loss = tf.sum(tf.sub(tf.softplus(z), tf.mul(z, ybt)))
      if (o.alpha > 0) {
        let reg: tf.Tensor = tf.sum(tf.square(vars[0].W))
        for (let l = 1; l < L; l++) reg = tf.add(reg, tf.sum(tf.square(vars[l].W)))
        loss = tf.add(loss, tf.mul(reg, cHalfAlpha))
      }
      let delta: tf.Tensor2D = tf.mul(tf.sub(tf.sigmoid(z), ybt), cm.invM)
      const grads: tf.Tensor[] = new Array(2 * L)
      for (let l = L - 1; l >= 0; l--) {
        const nIn = sizes[l], nOut = sizes[l + 1]
        let gW: tf.Tensor
        if (l === 0) gW = tf.matMul(xbT, delta)
        else if (nOut === 1) gW = tf.reshape(tf.matMul(tf.reshape(delta, [1, m]), A[l]), [nIn, 1])
        else gW = tf.matMul(A[l], delta, true, false)
        if (o.alpha > 0) gW = tf.add(gW, tf.mul(vars[l].W, cm.alphaM))
        grads[2 * l] = gW
        grads[2 * l + 1] = nOut === 1 ? tf.reshape(tf.sum(delta), [1]) : tf.reshape(tf.matMul(cm.ones, delta), [nOut])
        if (l > 0) {
          // a transpose, not a reshape: the wasm backend caches XNNPACK-packed matMul weights by
          // data id, so a reshaped view of W (same data, new shape) as the B operand gave NaN
          const back = nOut === 1 ? tf.matMul(delta, tf.transpose(vars[l].W)) : tf.matMul(delta, vars[l].W, false, true)
              delta = tf.mul(back, dAct(A[l]))
        }
      }
      const cLr = tf.scalar(lrT)
      const g = tf.concat(grads.map((t) => tf.reshape(t, [-1])))
      const m1 = tf.add(tf.mul(mom, cB1), tf.mul(g, cB1c))
      const v1 = tf.add(tf.mul(vel, cB2), tf.mul(tf.square(g), cB2c))
      const upd = tf.split(tf.div(tf.mul(m1, cLr), tf.add(tf.sqrt(v1), cEps)), sizesFlat)
      for (let q = 0; q < params.length; q++) params[q].assign(tf.sub(params[q], tf.reshape(upd[q], params[q].shape)))
      mom.assign(m1)
      vel.assign(v1)
      return loss as tf.Scalar
    })
  }
  return {
    async epoch(Xf, yf, order) {
      // per-batch uploads; one slice per batch of a whole-epoch tensor was ~20× slower on wasm
      const n = order.length
      const losses: tf.Scalar[] = []
      try {
        for (let s0 = 0; s0 < n; s0 += bs) {
          const m = Math.min(bs, n - s0)
          const bx = new Float32Array(m * p), bxT = new Float32Array(m * p), by = new Float32Array(m)
          for (let r = 0; r < m; r++) {
            const i = order[s0 + r]
            const src = i * p
            for (let j = 0; j < p; j++) { const v = Xf[src + j]; bx[r * p + j] = v; bxT[j * m + r] = v }
            by[r] = yf[i]
          }
          const xb = tf.tensor2d(bx, [m, p]), xbT = tf.tensor2d(bxT, [p, m]), ybt = tf.tensor2d(by, [m, 1])
          losses.push(trainStep(xb, xbT, ybt, m))
          xb.dispose(); xbT.dispose(); ybt.dispose()
        }
        // one read-back per epoch keeps the backend pipelined
        const total = tf.tidy(() => tf.addN(losses))
        const v = (await total.data())[0]
        total.dispose()
        return v
      } finally {
        for (const t of losses) t.dispose()
      }
    },
    weights: () => [vars.map((v) => (v.W.dataSync() as Float32Array).slice()), vars.map((v) => (v.b.dataSync() as Float32Array).slice())],
    dispose() {
      for (const v of [...params, mom, vel, ...consts]) v.dispose()
    },
  }
}

/**
 * TF.js engine for the synchronous backends (wasm, cpu): the products, bias, activations and
 * their derivatives run as TF.js ops, while the weights, Adam and the loss live in TypeScript.
 * A minibatch step of a small network is bounded by per-op overhead there, not arithmetic, and
 * this takes ~20 ops a step instead of ~60 (Adam alone was ~25 tensor ops); the read-backs are
 * cheap because these backends compute synchronously anyway.
 */
function tfHostEngine(o: MLPOptions, sizes: number[], W0: Float32Array[], b0: Float32Array[], bs: number): Engine {
  const L = sizes.length - 1
  const p = sizes[0], p1 = p + 1
  const W = W0.map((w) => Float64Array.from(w)), b = b0.map((v) => Float64Array.from(v))
  const gW = W.map((w) => new Float64Array(w.length)), gb = b.map((v) => new Float64Array(v.length))
  const mW = W.map((w) => new Float64Array(w.length)), vW = W.map((w) => new Float64Array(w.length))
  const mb = b.map((v) => new Float64Array(v.length)), vb = b.map((v) => new Float64Array(v.length))
  // float32 copies uploaded each step; layer 0's bias rides as an extra weight row against a
  // column of ones in the input, so its gradient comes out of the same product as the weights'
  const Wf = W.map((w, l) => new Float32Array(l === 0 ? w.length + b[0].length : w.length)), bf = b.map((v) => new Float32Array(v.length))
  const fusedAct = o.activation === 'relu' ? 'relu' : o.activation === 'logistic' ? 'sigmoid' : 'linear'
  let Xe: Float32Array<ArrayBuffer> | null = null, ye: Float32Array<ArrayBuffer> | null = null
  // the current batch: views into Xe / ye
  let bx = new Float32Array(0), by = new Float32Array(0)
  const dOut = new Float32Array(bs)
  let t = 0, lossAcc = 0
  const step = (m: number): void => {
    t++
    for (let l = 0; l < L; l++) {
      const w = W[l], wf = Wf[l], bl = b[l], bfl = bf[l]
      for (let k = 0; k < w.length; k++) wf[k] = w[k]
      if (l === 0) for (let k = 0; k < bl.length; k++) wf[w.length + k] = bl[k]
      else for (let k = 0; k < bl.length; k++) bfl[k] = bl[k]
    }
    const live: tf.Tensor[] = []
    const keep = <T extends tf.Tensor>(x: T): T => { live.push(x); return x }
    try {
      const A: tf.Tensor2D[] = [keep(tf.tensor2d(bx, [m, p1]))]
      let z: Float32Array | null = null
      for (let l = 0; l < L; l++) {
        const hidden = l + 1 < L
        const nIn = l === 0 ? p1 : sizes[l]
        const Wt = keep(tf.tensor2d(Wf[l], [nIn, sizes[l + 1]]))
        // the output unit's bias is added in TypeScript below
        const bt = l > 0 && hidden ? keep(tf.tensor1d(bf[l])) : undefined
        let a = keep(tf.fused.matMul({ a: A[l], b: Wt, bias: bt, activation: hidden ? fusedAct : 'linear' }) as tf.Tensor2D)
        if (hidden) {
          if (o.activation === 'tanh') a = keep(tf.tanh(a))
          A.push(a)
        } else z = a.dataSync() as Float32Array
      }
      // loss and output delta in TypeScript (m values)
      // (L ≥ 2: there is always a hidden layer; the output bias is added here)
      const [loss, gsum] = outputLossDelta(z!, b[L - 1][0], by, m, W, o.alpha, dOut)
      gb[L - 1][0] = gsum
      lossAcc += loss
      const c = o.alpha / m
      let dt = keep(tf.tensor2d(m === bs ? dOut : dOut.subarray(0, m), [m, 1]))
      for (let l = L - 1; l >= 0; l--) {
        const nIn = sizes[l], nOut = sizes[l + 1]
        // gW = A[l]ᵀ·δ (layer 0: with the bias row); a 1-unit layer needs no product: Σ_r A[l]·δ
        // (as a B operand a fresh A[l] would be packed by XNNPACK every step). matMul's transposeA
        // is a slow non-XNNPACK path on wasm; an explicit transpose op is not.
        const gWt = keep(nOut === 1 ? tf.sum(keep(tf.mul(A[l], dt)), 0) : tf.matMul(keep(tf.transpose(A[l])), dt))
        const gz = gWt.dataSync() as Float32Array
        const g = gW[l], w = W[l]
        for (let k = 0; k < g.length; k++) g[k] = gz[k] + c * w[k]
        if (l === 0) {
          const gb0 = gb[0]
          for (let k = 0; k < nOut; k++) gb0[k] = gz[g.length + k]
          break
        }
        if (nOut > 1) {
          const gbz = keep(tf.sum(dt, 0)).dataSync() as Float32Array
          const gbl = gb[l]
          for (let k = 0; k < nOut; k++) gbl[k] = gbz[k]
        }
        // δ below = (δ·W[l]ᵀ) ⊙ act'(A[l]); a 1-unit layer's is the outer product δ ⊗ W[l]
        const back = keep(nOut === 1 ? tf.mul(dt, keep(tf.tensor2d(Wf[l], [1, nIn]))) : tf.matMul(dt, keep(tf.tensor2d(Wf[l], [nIn, nOut])), false, true))
        const a = A[l]
        const da = o.activation === 'relu' ? keep(tf.step(a)) : o.activation === 'tanh' ? keep(tf.sub(1, keep(tf.square(a)))) : o.activation === 'logistic' ? keep(tf.mul(a, keep(tf.sub(1, a)))) : null
        dt = (da ? keep(tf.mul(back, da)) : back) as tf.Tensor2D
      }
    } finally {
      for (const x of live) x.dispose()
    }
    const lrT = (o.learningRate * Math.sqrt(1 - o.beta2 ** t)) / (1 - o.beta1 ** t)
    for (let l = 0; l < L; l++) { adamStep(o, W[l], gW[l], mW[l], vW[l], lrT); adamStep(o, b[l], gb[l], mb[l], vb[l], lrT) }
  }
  return {
    async epoch(Xf, yf, order) {
      const n = order.length
      // the epoch's rows in shuffled order, gathered in one sweep before any step (as sklearn
      // shuffles X itself): gathering per batch between TF.js steps missed the cache on every row
      if (!Xe || Xe.length !== n * p1) { Xe = new Float32Array(n * p1); ye = new Float32Array(n) }
      for (let r = 0; r < n; r++) {
        const i = order[r]
        const src = i * p, dst = r * p1
        for (let q = 0; q < p; q++) Xe[dst + q] = Xf[src + q]
        Xe[dst + p] = 1
        ye![r] = yf[i]
      }
      for (let s0 = 0; s0 < n; s0 += bs) {
        const m = Math.min(bs, n - s0)
        bx = Xe.subarray(s0 * p1, (s0 + m) * p1)
        by = ye!.subarray(s0, s0 + m)
        step(m)
      }
      const v = lossAcc
      lossAcc = 0
      return v
    },
    weights: () => [W.map((w) => Float32Array.from(w)), b.map((v) => Float32Array.from(v))],
    dispose() { /* every tensor of a step is disposed in the step */ },
  }
}

/**
 * The logistic output of a minibatch: log loss of logits z + bias against y (stable softplus form)
 * plus (alpha/2)·Σ‖W‖², and the output delta (σ(z + bias) − y)/m written into `delta`. Returns
 * [loss × m-sum as sklearn accumulates it, Σ delta (the output bias gradient)].
 */
function outputLossDelta(z: ArrayLike<number>, bias: number, y: Float32Array, m: number, W: Float64Array[], alpha: number, delta: Float64Array | Float32Array): [number, number] {
  let loss = 0, gsum = 0
  for (let r = 0; r < m; r++) {
    const zr = z[r] + bias, yr = y[r]
    loss += (zr > 0 ? zr + Math.log1p(Math.exp(-zr)) : Math.log1p(Math.exp(zr))) - zr * yr
    const pr = zr >= 0 ? 1 / (1 + Math.exp(-zr)) : Math.exp(zr) / (1 + Math.exp(zr))
    const d = (pr - yr) / m
    delta[r] = d
    gsum += d
  }
  if (alpha > 0) {
    let reg = 0
    for (const w of W) for (let k = 0; k < w.length; k++) reg += w[k] * w[k]
    loss += 0.5 * alpha * reg
  }
  return [loss, gsum]
}

/** sklearn's Adam update of one parameter array (lrT already bias-corrected). */
function adamStep(o: MLPOptions, w: Float64Array, g: Float64Array, m1: Float64Array, v1: Float64Array, lrT: number): void {
  const b1 = o.beta1, b2 = o.beta2, eps = o.epsilon, c1 = 1 - b1, c2 = 1 - b2
  for (let k = 0; k < w.length; k++) {
    const gk = g[k]
    const mk = b1 * m1[k] + c1 * gk
    const vk = b2 * v1[k] + c2 * gk * gk
    m1[k] = mk; v1[k] = vk
    w[k] -= (lrT * mk) / (Math.sqrt(vk) + eps)
  }
}

/**
 * Minibatch engine in plain TypeScript loops (float64 weights, sklearn's Adam), skipping zero
 * inputs (one-hot columns) in the first layer. Needs no TF.js backend at all ('js').
 */
function loopEngine(o: MLPOptions, sizes: number[], W0: Float32Array[], b0: Float32Array[], bs: number): Engine {
  const L = sizes.length - 1
  const p = sizes[0]
  const actCode = o.activation === 'relu' ? 0 : o.activation === 'tanh' ? 1 : o.activation === 'logistic' ? 2 : 3
  const W = W0.map((w) => Float64Array.from(w)), b = b0.map((v) => Float64Array.from(v))
  const gW = W.map((w) => new Float64Array(w.length)), gb = b.map((v) => new Float64Array(v.length))
  const mW = W.map((w) => new Float64Array(w.length)), vW = W.map((w) => new Float64Array(w.length))
  const mb = b.map((v) => new Float64Array(v.length)), vb = b.map((v) => new Float64Array(v.length))
  const A = sizes.map((n) => new Float64Array(bs * n)) // A[0] = input copy, A[L] = logits
  const D = sizes.map((n) => new Float64Array(bs * n))
  let t = 0, lossAcc = 0
  // relu as Math.max and its derivative as Math.sign (a ≥ 0): a data-dependent branch per unit
  // mispredicts half the time
  const sigm = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)))
  const actInPlace = (a: Float64Array, len: number): void => {
    if (actCode === 0) for (let k = 0; k < len; k++) a[k] = Math.max(a[k], 0)
    else if (actCode === 1) for (let k = 0; k < len; k++) a[k] = Math.tanh(a[k])
    else if (actCode === 2) for (let k = 0; k < len; k++) a[k] = sigm(a[k])
  }
  /** act'(a) for the activation's output a */
  const dAct = (a: number): number => (actCode === 0 ? Math.sign(a) : actCode === 1 ? 1 - a * a : actCode === 2 ? a * (1 - a) : 1)
  const bx = new Float32Array(bs * p), by = new Float32Array(bs)
  const step = (m: number): void => {
    t++
    const a0 = A[0]
    for (let k = 0; k < m * p; k++) a0[k] = bx[k]
    for (let l = 0; l < L; l++) {
      const nin = sizes[l], nout = sizes[l + 1], w = W[l], bl = b[l], ain = A[l], aout = A[l + 1]
      for (let r = 0; r < m; r++) {
        const oo = r * nout, io = r * nin
        if (nout === 1) {
          let s = bl[0]
          for (let j = 0; j < nin; j++) s += ain[io + j] * w[j]
          aout[r] = s
          continue
        }
        for (let k = 0; k < nout; k++) aout[oo + k] = bl[k]
        for (let j = 0; j < nin; j++) {
          const v = ain[io + j]
          if (v === 0) continue
          const wo = j * nout
          for (let k = 0; k < nout; k++) aout[oo + k] += v * w[wo + k]
        }
      }
      if (l + 1 < L) actInPlace(aout, m * nout)
    }
    // output delta and its bias gradient
    const [loss, gsum] = outputLossDelta(A[L], 0, by, m, W, o.alpha, D[L])
    gb[L - 1][0] = gsum
    lossAcc += loss
    const c = o.alpha / m
    for (let l = L - 1; l >= 0; l--) {
      const nin = sizes[l], nout = sizes[l + 1], w = W[l], ain = A[l], d = D[l + 1], g = gW[l]
      // gW = Aᵀ·δ + (alpha/m)·W   (gb[l] was summed when δ was made)
      for (let k = 0; k < g.length; k++) g[k] = c * w[k]
      for (let r = 0; r < m; r++) {
        const oo = r * nout, io = r * nin
        if (nout === 1) { const dr = d[r]; for (let j = 0; j < nin; j++) g[j] += ain[io + j] * dr; continue }
        for (let j = 0; j < nin; j++) {
          const v = ain[io + j]
          if (v === 0) continue
          const wo = j * nout
          for (let k = 0; k < nout; k++) g[wo + k] += v * d[oo + k]
        }
      }
      if (l === 0) break
      // δ of the layer below = (δ·Wᵀ) ⊙ act'(A[l]), with its bias gradient
      const dp = D[l], gbp = gb[l - 1]
      gbp.fill(0)
      for (let r = 0; r < m; r++) {
        const oo = r * nout, io = r * nin
        for (let j = 0; j < nin; j++) {
          let s = 0
          if (nout === 1) s = d[r] * w[j]
          else { const wo = j * nout; for (let k = 0; k < nout; k++) s += d[oo + k] * w[wo + k] }
          const v = s * dAct(ain[io + j])
          dp[io + j] = v
          gbp[j] += v
        }
      }
    }
    const lrT = (o.learningRate * Math.sqrt(1 - o.beta2 ** t)) / (1 - o.beta1 ** t)
    for (let l = 0; l < L; l++) { adamStep(o, W[l], gW[l], mW[l], vW[l], lrT); adamStep(o, b[l], gb[l], mb[l], vb[l], lrT) }
  }
  return {
    async epoch(Xf, yf, order) {
      const n = order.length
      for (let s0 = 0; s0 < n; s0 += bs) {
        const m = Math.min(bs, n - s0)
        for (let r = 0; r < m; r++) {
          const i = order[s0 + r]
          const src = i * p, dst = r * p
          for (let q = 0; q < p; q++) bx[dst + q] = Xf[src + q]
          by[r] = yf[i]
        }
        step(m)
      }
      const v = lossAcc
      lossAcc = 0
      return v
    },
    weights: () => [W.map((w) => Float32Array.from(w)), b.map((v) => Float32Array.from(v))],
    dispose() { /* nothing to free */ },
  }
}

/** Float64 forward pass over the rows (all rows when `rows` is null): P(y = 1) per row. */
function forward(W: Float32Array[], b: Float32Array[], sizes: number[], activation: MlpActivation, X: Matrix, rows: Int32Array | null): Float64Array {
  const nr = rows ? rows.length : X.rows
  const out = new Float64Array(nr)
  const maxW = Math.max(...sizes)
  // float64 copies of the (small) weights, so the inner loop does no float32 conversions
  const W64 = W.map((w) => Float64Array.from(w)), b64 = b.map((v) => Float64Array.from(v))
  let cur = new Float64Array(maxW), nxt = new Float64Array(maxW)
  const nzJ = new Int32Array(maxW), nzV = new Float64Array(maxW)
  const p = X.cols
  const L = W.length
  for (let r = 0; r < nr; r++) {
    const i = rows ? rows[r] : r
    for (let j = 0; j < p; j++) cur[j] = X.data[i * p + j]
    for (let l = 0; l < L; l++) {
      // the layer's non-zero inputs (one-hot columns and ReLU units are mostly 0) ...
      const nin = sizes[l], nout = sizes[l + 1]
      let nz = 0
      for (let j = 0; j < nin; j++) { const v = cur[j]; if (v !== 0) { nzJ[nz] = j; nzV[nz++] = v } }
      // ... then four output units at a time in registers; each unit still sums its inputs in
      // increasing order from its bias, so the result is the plain loop's to the last bit
      layerForward(W64[l], b64[l], nzJ, nzV, nz, nout, nxt)
      if (l + 1 < L) actInPlace(activation, nxt, nout)
      const t = cur; cur = nxt; nxt = t
    }
    const z = cur[0]
    out[r] = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z))
  }
  return out
}

function layerForward(w: Float64Array, bl: Float64Array, nzJ: Int32Array, nzV: Float64Array, nz: number, nout: number, dst: Float64Array): void {
  let k = 0
  for (; k + 4 <= nout; k += 4) {
    let s0 = bl[k], s1 = bl[k + 1], s2 = bl[k + 2], s3 = bl[k + 3]
    for (let t = 0; t < nz; t++) {
      const v = nzV[t], o = nzJ[t] * nout + k
      s0 += v * w[o]; s1 += v * w[o + 1]; s2 += v * w[o + 2]; s3 += v * w[o + 3]
    }
    dst[k] = s0; dst[k + 1] = s1; dst[k + 2] = s2; dst[k + 3] = s3
  }
  for (; k < nout; k++) {
    let s0 = bl[k]
    for (let t = 0; t < nz; t++) s0 += nzV[t] * w[nzJ[t] * nout + k]
    dst[k] = s0
  }
}

function actInPlace(name: MlpActivation, a: Float64Array, n: number): void {
  if (name === 'relu') { for (let k = 0; k < n; k++) if (!(a[k] > 0)) a[k] = 0 }
  else if (name !== 'identity') for (let k = 0; k < n; k++) a[k] = actScalar(name, a[k])
}

function accuracy(W: Float32Array[], b: Float32Array[], sizes: number[], activation: MlpActivation, X: Matrix, y: Uint8Array, rows: Int32Array): number {
  const pr = forward(W, b, sizes, activation, X, rows)
  let ok = 0
  for (let r = 0; r < rows.length; r++) if ((pr[r] > 0.5 ? 1 : 0) === y[rows[r]]) ok++
  return ok / rows.length
}

const layer = (s: Record<string, unknown>, l: number): number[] | undefined => {
  const sizes = s.sizes as number[] | undefined
  return Array.isArray(sizes) && l + 1 < sizes.length ? [sizes[l], sizes[l + 1]] : undefined
}
registerEstimator('mlp', MLPClassifier.load, stateWeights([
  // layer l: a sizes[l] × sizes[l + 1] matrix (row-major) and sizes[l + 1] biases, float32 as TF.js trains them
  { key: 'weights', dtype: 'float32', as: 'base64', list: true, shape: layer },
  { key: 'biases', dtype: 'float32', as: 'base64', list: true, shape: (s, l) => layer(s, l)?.slice(1) },
]))
