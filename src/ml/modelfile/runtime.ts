/**
 * Live objects <-> model payloads: what each model kind stores, and how a validated payload is
 * rebuilt into working objects (estimators through the kind -> load registry, never by code
 * evaluation).
 */
import type { Classifier, EstimatorJSON, Regressor } from '../core/estimator'
import { base64ToBytes, loadEstimator } from '../core/estimator'
import { matrix } from '../core/matrix'
import { Preprocessor, type PreprocessorJSON } from '../preprocessing/pipeline'
import { KMeansModel } from '../clustering/kmeans'
import { makeRuleSet, type RuleSet } from '../rules/rules'
import { ModelFileError } from './errors'
import { checkEstimatorSemantics, checkKMeansSemantics } from './semantic'
import type { ClassifierPayload, KMeansPayload, ModelKind, PipelinePayload, RfmPayload, RulesPayload, UpliftPayload } from './types'
import { MultiArmUplift } from '../uplift/multiarm'
// every estimator kind a model file may hold registers its loader on import
import '../estimators/logistic'
import '../estimators/linear'
import '../estimators/knn'
import '../estimators/tree'
import '../estimators/svm'
import '../estimators/forest'
import '../estimators/gbt'
import '../estimators/voting'
import '../estimators/mlp'

export type RuntimeModel =
  | { kind: 'classifier'; pipeline: Preprocessor; estimator: Classifier }
  | { kind: 'regressor'; pipeline: Preprocessor; estimator: Regressor }
  | { kind: 'pipeline'; pipeline: Preprocessor }
  | { kind: 'kmeans'; kmeans: KMeansModel; clusterNames: string[] }
  | { kind: 'rfm'; rfm: RfmPayload }
  | { kind: 'rules'; rules: RuleSet }
  | { kind: 'uplift'; pipeline: Preprocessor; uplift: MultiArmUplift; payload: Omit<UpliftPayload, 'pipeline' | 'uplift'> }

/** What parts of a model hold customer rows (walks nested ensemble members). */
export function customerRowsIn(estimator: EstimatorJSON | undefined): string[] {
  const out: string[] = []
  const visit = (j: unknown): void => {
    if (!j || typeof j !== 'object') return
    const e = j as EstimatorJSON
    if (typeof e.kind === 'string' && e.containsTrainingRows === true) {
      if (e.kind === 'knn') out.push('KNN stores the training rows (after preprocessing: scaled numbers and one-hot categories)')
      else if (e.kind === 'svm') out.push('SVM stores support vectors: training rows after preprocessing')
      else if (e.kind !== 'vote') out.push(`The ${e.kind} model stores training rows`)
    }
    const members = (e.state as Record<string, unknown> | undefined)?.members
    if (Array.isArray(members)) members.forEach(visit)
  }
  visit(estimator)
  return [...new Set(out)]
}

function int32s(v: unknown): Int32Array | null {
  if (Array.isArray(v)) return Int32Array.from(v as number[])
  if (typeof v === 'string') {
    const b = base64ToBytes(v)
    if (b.length % 4) return null
    const c = new Uint8Array(b.length)
    c.set(b)
    return new Int32Array(c.buffer)
  }
  return null
}

/**
 * Tree arrays from an untrusted file must describe trees: every child index lies after its parent
 * and inside the arrays (so walking a tree always ends; a cycle would hang scoring) and split
 * features are within the encoded width. Checks trees, forests, boosting and vote members.
 */
export function checkTrees(file: string, est: EstimatorJSON, pointer: string, nFeatures: number): void {
  const s = (est.state ?? {}) as Record<string, unknown>
  if (est.kind === 'vote' && Array.isArray(s.members)) {
    s.members.forEach((m, i) => checkTrees(file, m as EstimatorJSON, `${pointer}/state/members/${i}`, nFeatures))
    return
  }
  if (est.kind !== 'tree' && est.kind !== 'rf' && est.kind !== 'gbt' && est.kind !== 'gbt-regressor' && est.kind !== 'rf-regressor') return
  const feature = int32s(s.feature), left = int32s(s.left), right = int32s(s.right)
  if (!feature || !left || !right) throw new ModelFileError(file, 'model', `${pointer}/state`, 'the tree arrays (feature, left, right) are missing or malformed')
  const n = feature.length
  if (left.length !== n || right.length !== n) throw new ModelFileError(file, 'model', `${pointer}/state`, 'the tree arrays differ in length')
  const roots = est.kind === 'tree' ? Int32Array.of(0) : int32s(s.roots)
  if (!roots || roots.some((r) => r < 0 || r >= n)) throw new ModelFileError(file, 'model', `${pointer}/state/roots`, 'a tree root lies outside the node arrays')
  for (let k = 0; k < n; k++) {
    const f = feature[k]
    if (f < 0) continue
    if (f >= nFeatures) throw new ModelFileError(file, 'model', `${pointer}/state/feature`, `node ${k} splits on feature ${f}, but the pipeline makes ${nFeatures}`)
    if (!(left[k] > k && left[k] < n && right[k] > k && right[k] < n)) {
      throw new ModelFileError(file, 'model', `${pointer}/state`, `node ${k} has children ${left[k]} and ${right[k]}: a child must come after its parent (a cycle would never end)`)
    }
  }
}

function modelError(file: string, pointer: string, e: unknown): ModelFileError {
  return new ModelFileError(file, 'model', pointer, `the model cannot be rebuilt: ${(e as Error)?.message ?? String(e)}`)
}

function loadPipeline(file: string, json: PreprocessorJSON, pointer: string): Preprocessor {
  let pre: Preprocessor
  try {
    pre = Preprocessor.load(json)
  } catch (e) {
    throw modelError(file, pointer, e)
  }
  // the encoded columns must tile [0, featureNames.length) in order
  let at = 0
  pre.groups.forEach((g, i) => {
    if (g.start !== at || g.end < g.start) throw new ModelFileError(file, 'model', `${pointer}/groups/${i}`, `feature "${g.feature}" covers encoded columns ${g.start}..${g.end}, expected to start at ${at}`)
    const width = g.kind === 'categorical' ? (g.levels?.length ?? 0) + (g.hasOther ? 1 : 0) : 1
    if (g.end - g.start !== width) throw new ModelFileError(file, 'model', `${pointer}/groups/${i}`, `feature "${g.feature}" has ${g.end - g.start} encoded columns but ${width} levels`)
    if (g.kind !== 'categorical' && !(Number.isFinite(g.fill) && Number.isFinite(g.mean) && Number.isFinite(g.sd) && (g.sd as number) > 0)) {
      throw new ModelFileError(file, 'model', `${pointer}/groups/${i}`, `numeric feature "${g.feature}" needs finite fill, mean and sd > 0`)
    }
    if (g.kind === 'categorical' && typeof g.fillLevel !== 'string') throw new ModelFileError(file, 'model', `${pointer}/groups/${i}/fillLevel`, `categorical feature "${g.feature}" has no fill level`)
    at = g.end
  })
  if (at !== pre.featureNames.length) throw new ModelFileError(file, 'model', `${pointer}/featureNames`, `${pre.featureNames.length} feature names for ${at} encoded columns`)
  return pre
}

/** Rebuild working objects from a payload; every failure names the file and the field. */
export function instantiate(file: string, kind: ModelKind, model: Record<string, unknown>): RuntimeModel {
  switch (kind) {
    case 'classifier':
    case 'regressor': {
      const p = model as unknown as ClassifierPayload
      const pipeline = loadPipeline(file, p.pipeline, '/model/pipeline')
      checkTrees(file, p.estimator, '/model/estimator', pipeline.nFeatures)
      let est
      try {
        est = loadEstimator(p.estimator)
      } catch (e) {
        throw modelError(file, '/model/estimator', e)
      }
      // the hashes prove integrity, not authorship: check sizes, finiteness and the cost per row
      checkEstimatorSemantics(file, est as Classifier | Regressor, '/model/estimator', pipeline.nFeatures)
      // probe with one all-zero row: catches a pipeline/estimator width mismatch now, not at scoring time
      try {
        const probe = matrix(1, pipeline.nFeatures)
        if (kind === 'classifier') {
          if (typeof (est as Classifier).predictProba !== 'function') throw new Error(`"${est.kind}" is not a classifier`)
          const pr = (est as Classifier).predictProba(probe)
          if (pr.length !== 1) throw new Error('predictProba returned a wrong number of rows')
        } else {
          if (typeof (est as Classifier).predictProba === 'function') throw new Error(`"${est.kind}" is a classifier, not a regression`)
          const pr = (est as Regressor).predict(probe)
          if (pr.length !== 1) throw new Error('predict returned a wrong number of rows')
        }
      } catch (e) {
        throw modelError(file, '/model/estimator', e)
      }
      return kind === 'classifier'
        ? { kind, pipeline, estimator: est as Classifier }
        : { kind, pipeline, estimator: est as Regressor }
    }
    case 'pipeline':
      return { kind, pipeline: loadPipeline(file, (model as unknown as PipelinePayload).pipeline, '/model/pipeline') }
    case 'uplift': {
      const p = model as unknown as UpliftPayload
      const pipeline = loadPipeline(file, p.pipeline, '/model/pipeline')
      const u = p.uplift
      if (u.arms.length !== u.models.length) throw new ModelFileError(file, 'model', '/model/uplift/arms', `${u.arms.length} creatives for ${u.models.length} models`)
      if (u.arms.join('\n') !== p.arms.join('\n') || u.control !== p.control) throw new ModelFileError(file, 'model', '/model/arms', 'the creatives or the control differ from those of the models inside')
      u.models.forEach((m, k) => {
        const at = `/model/uplift/models/${k}`
        if (m?.options?.learner !== p.learner || m?.options?.base !== p.base) throw new ModelFileError(file, 'model', `${at}/options`, `the learner is not the file's ${p.learner}-${p.base}`)
        // the S-learner's model reads the treatment as one more input
        const width = pipeline.nFeatures + (p.learner === 's' ? 1 : 0)
        if (m.nFeatures !== pipeline.nFeatures) throw new ModelFileError(file, 'model', `${at}/nFeatures`, `the model reads ${String(m.nFeatures)} inputs, but the pipeline makes ${pipeline.nFeatures}`)
        for (const [name, part] of Object.entries(m.parts)) checkTrees(file, part.model, `${at}/parts/${name}/model`, width)
      })
      let multi: MultiArmUplift
      try {
        multi = MultiArmUplift.load(u)
      } catch (e) {
        throw modelError(file, '/model/uplift', e)
      }
      multi.models.forEach((_, k) => {
        const json = u.models[k]
        for (const name of Object.keys(json.parts)) {
          const at = `/model/uplift/models/${k}/parts/${name}/model`
          let est
          try {
            est = loadEstimator(json.parts[name].model)
          } catch (e) {
            throw modelError(file, at, e)
          }
          checkEstimatorSemantics(file, est as Classifier | Regressor, at, pipeline.nFeatures + (p.learner === 's' ? 1 : 0))
        }
      })
      // probe with one all-zero row: a width mismatch shows now, not at scoring time
      try {
        const pr = multi.predict(matrix(1, pipeline.nFeatures))
        if (pr.some((x) => x.uplift.length !== 1)) throw new Error('the uplift models returned a wrong number of rows')
      } catch (e) {
        throw modelError(file, '/model/uplift', e)
      }
      return { kind, pipeline, uplift: multi, payload: { learner: p.learner, base: p.base, control: p.control, arms: [...p.arms], trained: p.trained.map((t) => ({ ...t })) } }
    }
    case 'kmeans': {
      const p = model as unknown as KMeansPayload
      let km: KMeansModel
      try {
        km = KMeansModel.load(p.estimator)
      } catch (e) {
        throw modelError(file, '/model/estimator', e)
      }
      checkKMeansSemantics(file, km, '/model/estimator')
      if (p.clusterNames.length !== km.k) throw new ModelFileError(file, 'model', '/model/clusterNames', `${p.clusterNames.length} cluster names for k = ${km.k}`)
      const t = km.transform!
      const nf = t.names.length
      if (t.log.length !== nf || (t.mean && t.mean.length !== nf) || (t.scale && t.scale.length !== nf)) {
        throw new ModelFileError(file, 'model', '/model/estimator/state', `the transform does not have one entry per feature (${nf})`)
      }
      return { kind, kmeans: km, clusterNames: p.clusterNames }
    }
    case 'rfm': {
      const p = model as unknown as RfmPayload
      if (p.segments.length === 0) throw new ModelFileError(file, 'model', '/model/segments', 'no segment names')
      p.grid.forEach((row, i) => row.forEach((s, j) => {
        if (!p.segments.includes(s)) throw new ModelFileError(file, 'model', `/model/grid/${i}/${j}`, `"${s}" is not one of the segments`)
      }))
      return { kind, rfm: p }
    }
    case 'rules': {
      const p = model as unknown as RulesPayload
      const R = p.rhs.length
      if (p.lhsOffsets.length !== R + 1 || p.count.length !== R || p.lhsCount.length !== R || p.rhsCount.length !== R) {
        throw new ModelFileError(file, 'model', '/model', `rule columns differ in length (${R} rules)`)
      }
      const nItems = p.items.length
      const badItem = [...p.lhsItems, ...p.rhs].findIndex((c) => c < 0 || c >= nItems)
      if (badItem >= 0) throw new ModelFileError(file, 'model', '/model', `an item code is outside 0..${nItems - 1}`)
      for (let k = 0; k < R; k++) {
        if (p.lhsOffsets[k] > p.lhsOffsets[k + 1] || p.lhsOffsets[k + 1] > p.lhsItems.length) throw new ModelFileError(file, 'model', `/model/lhsOffsets/${k + 1}`, 'offsets must increase within lhsItems')
      }
      return { kind, rules: makeRuleSet(p.nTransactions, p.items, p.lhsOffsets, p.lhsItems, p.rhs, p.count, p.lhsCount, p.rhsCount) }
    }
  }
}

/** A RuleSet as a payload (typed arrays as number arrays; the metrics are recomputed on load). */
export function rulesPayload(r: RuleSet): RulesPayload {
  return {
    nTransactions: r.nTransactions, items: [...r.items],
    lhsOffsets: Array.from(r.lhsOffsets), lhsItems: Array.from(r.lhsItems), rhs: Array.from(r.rhs),
    count: Array.from(r.count), lhsCount: Array.from(r.lhsCount), rhsCount: Array.from(r.rhsCount),
  }
}
