import { MessageError } from '../core/message'
import type { Matrix } from '../core/matrix'
import { takeRows } from '../core/matrix'
import { stateWeights } from '../core/weights'
import { Rng } from '../core/random'
import { checkCancel, type RunControl } from '../core/progress'
import { registerEstimator, encodeFloat64, decodeFloat64, type Classifier, type EstimatorJSON } from '../core/estimator'
import { fitBins, applyBins } from './_shared/binning'
import { FLAT_TREE_WEIGHTS, newTreeArrays, treeLeafValue, type TreeArrays } from './_shared/cart'
import type { TreeEnsembleView } from './_shared/compiled'
import { checkFitInput, checkPredictInput, checkInt, checkNum, sigmoid, threshold, encodeInt32, decodeInt32, driveSteps, driveStepsSync } from './_shared/util'

export interface HistGradientBoostingOptions {
  learningRate: number
  /** boosting iterations (trees) at most */
  maxIter: number
  maxLeafNodes: number
  /** null = no depth limit (sklearn None) */
  maxDepth: number | null
  minSamplesLeaf: number
  l2Regularization: number
  /** non-missing bins per feature (sklearn max_bins) */
  maxBins: number
  /** 'auto' = on when the training set has more than 10,000 rows (sklearn) */
  earlyStopping: 'auto' | boolean
  validationFraction: number
  nIterNoChange: number
  /** minimum improvement of the validation log loss that counts */
  tol: number
  seed: number
}

export const defaultHistGradientBoostingOptions: HistGradientBoostingOptions = {
  learningRate: 0.1, maxIter: 100, maxLeafNodes: 31, maxDepth: null, minSamplesLeaf: 20, l2Regularization: 0, maxBins: 255,
  earlyStopping: 'auto', validationFraction: 0.1, nIterNoChange: 10, tol: 1e-7, seed: 42,
}

function validate(o: HistGradientBoostingOptions): void {
  checkNum('Gradient boosting: learningRate', o.learningRate, 0, Infinity, true)
  checkInt('Gradient boosting: maxIter', o.maxIter, 1, 100_000)
  checkInt('Gradient boosting: maxLeafNodes', o.maxLeafNodes, 2, 100_000)
  if (o.maxDepth !== null) checkInt('Gradient boosting: maxDepth', o.maxDepth, 1)
  checkInt('Gradient boosting: minSamplesLeaf', o.minSamplesLeaf, 1)
  checkNum('Gradient boosting: l2Regularization', o.l2Regularization, 0)
  checkInt('Gradient boosting: maxBins', o.maxBins, 2, 255)
  if (o.earlyStopping !== 'auto' && typeof o.earlyStopping !== 'boolean') throw new MessageError('ml.error.oneOf', { name: 'Gradient boosting: earlyStopping', allowed: 'auto, true, false', value: String(o.earlyStopping) })
  checkNum('Gradient boosting: validationFraction', o.validationFraction, 0, 1, true)
  if (o.validationFraction >= 1) throw new MessageError('ml.error.below1', { name: 'Gradient boosting: validationFraction', value: String(o.validationFraction) })
  checkInt('Gradient boosting: nIterNoChange', o.nIterNoChange, 1)
  checkNum('Gradient boosting: tol', o.tol, 0)
  checkInt('Gradient boosting: seed', o.seed, 0)
}

/** Stratified split: `frac` of each class (rounded, ≥ 1 when the class has ≥ 2 rows) to validation. */
export function stratifiedHoldout(y: Uint8Array, frac: number, rng: Rng): { train: Int32Array; val: Int32Array } {
  const tr: number[] = [], va: number[] = []
  for (const c of [0, 1]) {
    const rows: number[] = []
    for (let i = 0; i < y.length; i++) if (y[i] === c) rows.push(i)
    rng.shuffle(rows)
    let nv = Math.round(rows.length * frac)
    if (nv === 0 && rows.length >= 2) nv = 1
    if (nv >= rows.length) nv = rows.length - 1
    for (let k = 0; k < rows.length; k++) (k < nv ? va : tr).push(rows[k])
  }
  return { train: Int32Array.from(tr).sort(), val: Int32Array.from(va).sort() }
}

function logLoss(y: Uint8Array, raw: Float64Array): number {
  let s = 0
  for (let i = 0; i < y.length; i++) {
    const r = raw[i]
    // log(1 + exp(r)) - y r, computed stably
    s += (r > 0 ? r + Math.log1p(Math.exp(-r)) : Math.log1p(Math.exp(r))) - y[i] * r
  }
  return s / y.length
}

interface Split { gain: number; f: number; b: number; GL: number; HL: number; cL: number }

/** Everything one boosting round reads and updates. */
interface BoostState {
  n: number
  p: number
  y: Uint8Array
  binnedCol: Uint8Array
  binnedV: Uint8Array | null
  thresholds: Float64Array[]
  nBins: Int32Array
  featOff: Int32Array
  modeSlot: Int32Array
  rowStart: Int32Array
  cells: Uint16Array
  HS: number
  baseline: number
  raw: Float64Array
  rawV: Float64Array
  g: Float64Array
  h: Float64Array
  idx: Int32Array
  part: Int32Array
  pool: Float64Array[]
  arr: TreeArrays
  /** per node, the bin threshold (validation rows are scored on bins) */
  binThr: number[]
  roots: number[]
  lr: number
  l2: number
  msl: number
  maxDepth: number
  maxLeafNodes: number
}

const MIN_HESS = 1e-3

function prepareBoosting(X: Matrix, y: Uint8Array, Xv: Matrix | null, o: HistGradientBoostingOptions, binSeed: number): BoostState {
  const n = X.rows, p = X.cols
  const bins = fitBins(X, o.maxBins, binSeed)
  const binned = applyBins(X, bins, false)
  const binnedV = Xv ? applyBins(Xv, bins, false) : null
  const nb = bins.nBins
  const featOff = new Int32Array(p + 1)
  for (let f = 0; f < p; f++) featOff[f + 1] = featOff[f] + nb[f]
  // Histograms skip each feature's most frequent bin: a row adds only its other cells (one-hot
  // columns are mostly 0, so a bank row has ~13 of 50), and the skipped bin is the node's total
  // minus the rest. Rows' cells are stored sparse, row by row, as histogram slots
  // 3·(feature offset + bin). The bins are also kept column-major, so a partition reads one byte
  // per row.
  const binnedCol = new Uint8Array(n * p)
  const modeSlot = new Int32Array(p)
  const counts = new Int32Array(featOff[p])
  for (let i = 0; i < n; i++) for (let f = 0; f < p; f++) { const b = binned[i * p + f]; counts[featOff[f] + b]++; binnedCol[f * n + i] = b }
  for (let f = 0; f < p; f++) {
    let m = featOff[f]
    for (let b = featOff[f] + 1; b < featOff[f + 1]; b++) if (counts[b] > counts[m]) m = b
    modeSlot[f] = 3 * m
  }
  const rowStart = new Int32Array(n + 1)
  for (let i = 0; i < n; i++) {
    let c = 0
    for (let f = 0; f < p; f++) if (3 * (featOff[f] + binned[i * p + f]) !== modeSlot[f]) c++
    rowStart[i + 1] = rowStart[i] + c
  }
  const cells = new Uint16Array(rowStart[n])
  for (let i = 0, c = 0; i < n; i++) {
    for (let f = 0; f < p; f++) { const sl = 3 * (featOff[f] + binned[i * p + f]); if (sl !== modeSlot[f]) cells[c++] = sl }
  }
  let pos = 0
  for (let i = 0; i < n; i++) pos += y[i]
  const p0 = Math.min(1 - 1e-15, Math.max(1e-15, pos / n))
  const baseline = Math.log(p0 / (1 - p0))
  return {
    n, p, y, binnedCol, binnedV, thresholds: bins.thresholds, nBins: nb, featOff, modeSlot, rowStart, cells, HS: featOff[p] * 3, baseline,
    raw: new Float64Array(n).fill(baseline), rawV: new Float64Array(Xv ? Xv.rows : 0).fill(baseline),
    g: new Float64Array(n), h: new Float64Array(n), idx: new Int32Array(n), part: new Int32Array(n), pool: [],
    arr: newTreeArrays(), binThr: [], roots: [],
    lr: o.learningRate, l2: o.l2Regularization, msl: o.minSamplesLeaf, maxDepth: o.maxDepth ?? Infinity, maxLeafNodes: o.maxLeafNodes,
  }
}

interface GrowNode { id: number; start: number; end: number; G: number; H: number; depth: number; hist: Float64Array | null; split: Split | null }

/** One boosting round: gradients, one best-first tree, raw scores of training and validation rows. */
function boostRound(st: BoostState): void {
  const { n, g, h, idx, arr, binThr, pool, HS, lr, l2, msl, maxDepth } = st
  const { G, H } = gradients(st.raw, st.y, g, h, idx, n)
  const getHist = (): Float64Array => pool.pop() ?? new Float64Array(HS)
  const build = (start: number, end: number): Float64Array => {
    const hist = getHist()
    buildGradHist(hist, idx, start, end, g, h, st.rowStart, st.cells, st.featOff, st.modeSlot)
    return hist
  }
  const newNode = (): number => { arr.feature.push(-1); arr.threshold.push(0); arr.left.push(-1); arr.right.push(-1); binThr.push(0); return arr.value.push(0) }
  const leaves: GrowNode[] = []
  const open: GrowNode[] = []
  const finalize = (nd: GrowNode): void => {
    arr.value.a[nd.id] = -lr * nd.G / (nd.H + l2 + 1e-15)
    if (nd.hist) { pool.push(nd.hist); nd.hist = null }
    leaves.push(nd)
  }
  const consider = (nd: GrowNode): void => {
    const c = nd.end - nd.start
    if (nd.depth >= maxDepth || c < 2 * msl || nd.H < 2 * MIN_HESS) { finalize(nd); return }
    if (!nd.hist) nd.hist = build(nd.start, nd.end)
    nd.split = findSplit(nd.hist, nd.G, nd.H, c, st)
    if (!nd.split) finalize(nd)
    else open.push(nd)
  }
  const root: GrowNode = { id: newNode(), start: 0, end: n, G, H, depth: 0, hist: null, split: null }
  st.roots.push(root.id)
  consider(root)
  let nLeaves = 1
  while (open.length && nLeaves < st.maxLeafNodes) {
    let bi = 0
    for (let k = 1; k < open.length; k++) if (open[k].split!.gain > open[bi].split!.gain) bi = k
    const nd = open.splice(bi, 1)[0]
    const s = nd.split!
    // stable: rows stay in increasing order inside every node, so histogram passes read forwards
    const lo = partitionByBin(idx, nd.start, nd.end, st.binnedCol, s.f * n, s.b, st.part)
    const L: GrowNode = { id: newNode(), start: nd.start, end: lo, G: s.GL, H: s.HL, depth: nd.depth + 1, hist: null, split: null }
    const R: GrowNode = { id: newNode(), start: lo, end: nd.end, G: nd.G - s.GL, H: nd.H - s.HL, depth: nd.depth + 1, hist: null, split: null }
    arr.feature.a[nd.id] = s.f
    arr.threshold.a[nd.id] = st.thresholds[s.f][s.b]
    binThr[nd.id] = s.b
    arr.left.a[nd.id] = L.id
    arr.right.a[nd.id] = R.id
    nLeaves++
    // histogram subtraction: build the smaller child, the larger is parent − smaller
    const [small, large] = L.end - L.start <= R.end - R.start ? [L, R] : [R, L]
    const needs = (c: GrowNode): boolean => c.end - c.start >= 2 * msl && c.depth < maxDepth
    const ph = nd.hist!
    nd.hist = null
    if (needs(small) || needs(large)) {
      small.hist = build(small.start, small.end)
      subtractInto(ph, small.hist, HS)
      large.hist = ph
    } else pool.push(ph)
    if (nLeaves >= st.maxLeafNodes) { finalize(L); finalize(R) } else { consider(L); consider(R) }
  }
  for (const nd of open) finalize(nd)
  for (const nd of leaves) addLeaf(st.raw, idx, nd.start, nd.end, arr.value.a[nd.id])
  if (st.binnedV) scoreBinned(st.rawV, st.binnedV, st.p, root.id, arr.feature.a, arr.left.a, arr.right.a, arr.value.a, binThr)
}

/** Log-loss gradients and hessians of every row; resets idx to 0..n-1; returns their sums. */
function gradients(raw: Float64Array, y: Uint8Array, g: Float64Array, h: Float64Array, idx: Int32Array, n: number): { G: number; H: number } {
  let G = 0, H = 0
  for (let i = 0; i < n; i++) {
    const pr = sigmoid(raw[i])
    const gi = pr - y[i], hi = pr * (1 - pr)
    g[i] = gi; h[i] = hi
    G += gi; H += hi
    idx[i] = i
  }
  return { G, H }
}

function subtractInto(a: Float64Array, b: Float64Array, len: number): void {
  for (let k = 0; k < len; k++) a[k] -= b[k]
}

function addLeaf(raw: Float64Array, idx: Int32Array, start: number, end: number, v: number): void {
  for (let k = start; k < end; k++) raw[idx[k]] += v
}

/** Adds one tree's leaf values to binned rows' raw scores (row-major bins, bin thresholds). */
function scoreBinned(raw: Float64Array, binned: Uint8Array, p: number, root: number, feature: Int32Array, left: Int32Array, right: Int32Array, value: Float64Array, binThr: number[]): void {
  for (let i = 0; i < raw.length; i++) {
    let k = root
    const off = i * p
    while (feature[k] >= 0) k = binned[off + feature[k]] <= binThr[k] ? left[k] : right[k]
    raw[i] += value[k]
  }
}

function findSplit(hist: Float64Array, G: number, H: number, cnt: number, st: BoostState): Split | null {
  const { p, featOff, nBins: nb, l2, msl } = st
  const parentTerm = (G * G) / (H + l2)
  let best: Split | null = null
  let bestGain = 0
  for (let f = 0; f < p; f++) {
    let GL = 0, HL = 0, cL = 0
    const base = featOff[f] * 3
    for (let b = 0; b < nb[f] - 1; b++) {
      const o3 = base + b * 3
      GL += hist[o3]; HL += hist[o3 + 1]; cL += hist[o3 + 2]
      if (cL < msl || HL < MIN_HESS) continue
      const cR = cnt - cL
      if (cR < msl) break
      const HR = H - HL
      if (HR < MIN_HESS) break
      const GR = G - GL
      const gain = (GL * GL) / (HL + l2) + (GR * GR) / (HR + l2) - parentTerm
      if (gain > bestGain) { bestGain = gain; best = { gain, f, b, GL, HL, cL } }
    }
  }
  return best
}

/**
 * Interleaved per-bin [gradient, hessian, count] sums of the rows idx[start, end): each row's sparse
 * cells (its bins other than the features' most frequent ones), then every feature's most frequent
 * bin as the node's total minus the feature's other bins.
 */
function buildGradHist(hist: Float64Array, idx: Int32Array, start: number, end: number, g: Float64Array, h: Float64Array,
  rowStart: Int32Array, cells: Uint16Array, featOff: Int32Array, modeSlot: Int32Array): void {
  hist.fill(0)
  let G = 0, H = 0
  for (let k = start; k < end; k++) {
    const i = idx[k]
    const gi = g[i], hi = h[i]
    G += gi; H += hi
    for (let c = rowStart[i], ce = rowStart[i + 1]; c < ce; c++) {
      const b = cells[c]
      hist[b] += gi; hist[b + 1] += hi; hist[b + 2] += 1
    }
  }
  const cnt = end - start
  for (let f = 0; f < modeSlot.length; f++) {
    const m = modeSlot[f]
    let sg = G, sh = H, sc = cnt
    for (let b = 3 * featOff[f], be = 3 * featOff[f + 1]; b < be; b += 3) {
      if (b === m) continue
      sg -= hist[b]; sh -= hist[b + 1]; sc -= hist[b + 2]
    }
    hist[m] = sg; hist[m + 1] = sh; hist[m + 2] = sc
  }
}

/** Stable partition of idx[start, end) by bin ≤ b on one feature (column at `col`); returns the split point. */
function partitionByBin(idx: Int32Array, start: number, end: number, binnedCol: Uint8Array, col: number, b: number, buf: Int32Array): number {
  let l = start, r = 0
  for (let k = start; k < end; k++) {
    const i = idx[k]
    if (binnedCol[col + i] <= b) idx[l++] = i
    else buf[r++] = i
  }
  for (let t = 0; t < r; t++) idx[l + t] = buf[t]
  return l
}

/**
 * Histogram gradient boosting for binary log loss, after scikit-learn's
 * HistGradientBoostingClassifier: quantile bins, best-first leaf-wise trees (maxLeafNodes),
 * histogram subtraction, gain = G_L²/(H_L+λ) + G_R²/(H_R+λ) − G²/(H+λ), leaf = −lr·G/(H+λ), and
 * early stopping on a seeded stratified validation split by validation loss.
 */
export class HistGradientBoostingClassifier implements Classifier {
  readonly kind = 'gbt'
  readonly options: HistGradientBoostingOptions
  private nFeatures = -1
  private baseline = 0
  private roots: Int32Array = new Int32Array(0)
  private feature: Int32Array = new Int32Array(0)
  private threshold: Float64Array = new Float64Array(0)
  private left: Int32Array = new Int32Array(0)
  private right: Int32Array = new Int32Array(0)
  private value: Float64Array = new Float64Array(0)
  /** training log loss per iteration (index 0 = baseline) */
  trainLoss: number[] = []
  /** validation log loss per iteration when early stopping is on */
  validationLoss: number[] = []
  nIter = 0

  constructor(options: Partial<HistGradientBoostingOptions> = {}) {
    this.options = { ...defaultHistGradientBoostingOptions, ...options }
    validate(this.options)
  }

  fit(X: Matrix, y: Uint8Array, control?: RunControl): Promise<void> {
    return driveSteps(this.fitSteps(X, y, control))
  }

  fitSync(X: Matrix, y: Uint8Array, control?: RunControl): void {
    driveStepsSync(this.fitSteps(X, y, control))
  }

  private *fitSteps(Xall: Matrix, yall: Uint8Array, control?: RunControl): Generator<void> {
    checkFitInput(Xall, yall, 'Gradient boosting')
    const o = this.options
    const rng = new Rng(o.seed)
    const early = o.earlyStopping === 'auto' ? Xall.rows > 10_000 : o.earlyStopping
    let X = Xall, y = yall, Xv: Matrix | null = null, yv: Uint8Array | null = null
    if (early) {
      const { train, val } = stratifiedHoldout(yall, o.validationFraction, rng)
      X = takeRows(Xall, train); y = Uint8Array.from(train, (i) => yall[i])
      Xv = takeRows(Xall, val); yv = Uint8Array.from(val, (i) => yall[i])
    }
    const p = X.cols
    // the heavy loops live in plain functions (boostRound and its helpers): V8 optimises those far
    // better than loops inside this generator
    const st = prepareBoosting(X, y, Xv, o, rng.nextU32())
    const trainLoss = [logLoss(y, st.raw)]
    const valScores: number[] = []
    const valLoss: number[] = []
    if (yv) { valLoss.push(logLoss(yv, st.rawV)); valScores.push(-valLoss[0]) }

    for (let it = 0; it < o.maxIter; it++) {
      checkCancel(control?.cancel)
      boostRound(st)
      trainLoss.push(logLoss(y, st.raw))
      let stop = false
      if (yv) {
        const vl = logLoss(yv, st.rawV)
        valLoss.push(vl); valScores.push(-vl)
        const ref = o.nIterNoChange + 1
        if (valScores.length >= ref) {
          const refScore = valScores[valScores.length - ref] + o.tol
          stop = !valScores.slice(valScores.length - ref + 1).some((sc) => sc > refScore)
        }
      }
      control?.onProgress?.((it + 1) / o.maxIter, `iteration ${it + 1}/${o.maxIter}`)
      if (stop) break
      yield
    }
    const arr = st.arr
    this.nFeatures = p
    this.baseline = st.baseline
    this.roots = Int32Array.from(st.roots)
    this.feature = arr.feature.done(); this.threshold = arr.threshold.done(); this.left = arr.left.done(); this.right = arr.right.done(); this.value = arr.value.done()
    this.trainLoss = trainLoss
    this.validationLoss = valLoss
    this.nIter = st.roots.length
    control?.onProgress?.(1, `done after ${st.roots.length} iterations`)
  }

  /** raw score (log-odds) per row */
  decisionFunction(X: Matrix): Float64Array {
    checkPredictInput(X, this.nFeatures, 'Gradient boosting')
    const out = new Float64Array(X.rows)
    const arr = { feature: this.feature, threshold: this.threshold, left: this.left, right: this.right, value: this.value }
    out.fill(this.baseline)
    for (let t = 0; t < this.roots.length; t++) {
      const root = this.roots[t]
      for (let i = 0; i < X.rows; i++) out[i] += treeLeafValue(arr, root, X.data, i * X.cols)
    }
    return out
  }

  /** The trees and how they add up (baseline log-odds first, then each tree, then the logistic link), for compiled scoring. */
  treeEnsemble(): TreeEnsembleView {
    return { nFeatures: this.nFeatures, roots: this.roots, feature: this.feature, threshold: this.threshold, left: this.left, right: this.right, value: this.value, start: this.baseline, divisor: 1, offset: 0, link: 'logistic' }
  }

  predictProba(X: Matrix): Float64Array {
    const r = this.decisionFunction(X)
    for (let i = 0; i < r.length; i++) r[i] = sigmoid(r[i])
    return r
  }

  predict(X: Matrix): Uint8Array {
    return threshold(this.predictProba(X))
  }

  toJSON(): EstimatorJSON {
    return {
      kind: this.kind,
      params: { ...this.options },
      state: {
        nFeatures: this.nFeatures, baseline: this.baseline, nIter: this.nIter, roots: encodeInt32(this.roots), feature: encodeInt32(this.feature),
        threshold: encodeFloat64(this.threshold), left: encodeInt32(this.left), right: encodeInt32(this.right), value: encodeFloat64(this.value),
        trainLoss: this.trainLoss, validationLoss: this.validationLoss,
      },
    }
  }

  static load(json: EstimatorJSON): HistGradientBoostingClassifier {
    if (json.kind !== 'gbt') throw new Error(`Gradient boosting: cannot load a model of kind "${json.kind}"`)
    const m = new HistGradientBoostingClassifier(json.params as Partial<HistGradientBoostingOptions>)
    const s = json.state as Record<string, unknown>
    for (const k of ['nFeatures', 'baseline', 'roots', 'feature', 'threshold', 'left', 'right', 'value']) {
      if (s[k] === undefined) throw new Error(`Gradient boosting: model JSON is missing state.${k}`)
    }
    m.nFeatures = s.nFeatures as number
    m.baseline = s.baseline as number
    m.roots = decodeInt32(s.roots as string)
    m.feature = decodeInt32(s.feature as string)
    m.threshold = decodeFloat64(s.threshold as string)
    m.left = decodeInt32(s.left as string)
    m.right = decodeInt32(s.right as string)
    m.value = decodeFloat64(s.value as string)
    m.nIter = m.roots.length
    m.trainLoss = (s.trainLoss as number[]) ?? []
    m.validationLoss = (s.validationLoss as number[]) ?? []
    return m
  }
}

registerEstimator('gbt', HistGradientBoostingClassifier.load, stateWeights([...FLAT_TREE_WEIGHTS]))
