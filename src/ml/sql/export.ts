/**
 * Scoring SQL: a model as ONE standard SQL SELECT over a customer table, so a warehouse scores
 * every customer itself (the model travels, the data stays).
 *
 * Exported: logistic regression (probability, band, decision), linear regression (prediction),
 * decision tree (nested CASE), random forest (mean of the trees' CASEs), gradient boosting (baseline
 * + Σ tree CASEs, then the logistic function), the MLP (one CTE per layer, each unit computed once
 * from the stored float32 weights written as exact float64), soft/hard votes over any of those,
 * k-means assignment (cluster = argmin of squared distances, with the log transform and
 * standardisation) and the RFM segment map. KNN and SVMs are refused: they need the training rows.
 * Queries over MAX_SQL_BYTES (5 MB) are refused with their size and what to retrain smaller. The
 * preprocessing is reproduced step by step as in Preprocessor.transform: missing numbers take the
 * training median, missing categories the most frequent level, one-hot columns compare with the
 * training levels (an unseen level encodes as all zeros), numbers are standardised.
 *
 * Numbers are written as exact float64 literals (shortest round-trip digits in exponent form, which
 * SQL reads as DOUBLE PRECISION); identifiers are double-quoted with quotes doubled; text literals
 * are single-quoted with quotes doubled. Date features assume a DATE/TIMESTAMP column and use
 * EXTRACT(EPOCH FROM …) (PostgreSQL, DuckDB, Snowflake, Redshift). Models with stages (MLP layers,
 * the boosting log-odds) are written as WITH "encoded" AS (…), "step1" AS (SELECT "encoded".*, …)
 * …; the MLP uses GREATEST (relu) and TANH (tanh), as in PostgreSQL ≥ 12, DuckDB, Snowflake, BigQuery.
 */
import type { EstimatorJSON } from '../core/estimator'
import { decodeFloat64 } from '../core/estimator'
import { decodeFloat32, decodeInt32 } from '../estimators/_shared/util'
import type { Preprocessor } from '../preprocessing/pipeline'
import type { LoadedModel } from '../modelfile/format'
import type { Band, FeatureSpec, ModelManifest } from '../modelfile/types'
import type { KMeansModel } from '../clustering/kmeans'

export class SqlExportError extends Error {
  override name = 'SqlExportError'
}

export interface SqlOptions {
  /** table to read (default "customers"); "schema.table" is quoted part by part */
  table?: string
  /** id column to pass through (default: the model's id column) */
  idColumn?: string | null
  /** refuse queries longer than this many characters (default MAX_SQL_BYTES, 5 MB) */
  maxBytes?: number
}

/** "name" with embedded quotes doubled. */
export function quoteIdent(name: string): string {
  if (name.length === 0) throw new SqlExportError('An SQL identifier cannot be empty')
  if (name.includes('\u0000')) throw new SqlExportError(`The column name ${JSON.stringify(name)} contains a NUL character`)
  return `"${name.replace(/"/g, '""')}"`
}

/** A table reference: each dot-separated part quoted. */
export function quoteTable(name: string): string {
  return name.split('.').map(quoteIdent).join('.')
}

/** 'text' with embedded quotes doubled. */
export function quoteString(s: string): string {
  if (s.includes('\u0000')) throw new SqlExportError(`The value ${JSON.stringify(s)} contains a NUL character`)
  return `'${s.replace(/'/g, "''")}'`
}

/** An exact float64 literal (exponent form = approximate numeric = DOUBLE PRECISION). */
export function num(x: number): string {
  if (!Number.isFinite(x)) throw new SqlExportError(`The model holds a non-finite number (${x}); it cannot be written as SQL`)
  const s = Object.is(x, -0) ? '0e0' : x.toExponential()
  return x < 0 ? `(${s})` : s
}

const DOUBLE = 'DOUBLE PRECISION'
const DAY_SECONDS = 86400

function cannot(model: string, why: string): never {
  throw new SqlExportError(`${model} cannot be expressed in SQL: ${why}`)
}

/** Encoded column expressions, one per pipeline output column (as Preprocessor.transform). */
function encodedColumns(pre: Preprocessor, features: FeatureSpec[]): string[] {
  const out: string[] = new Array(pre.nFeatures)
  for (const g of pre.groups) {
    const col = quoteIdent(g.feature)
    const spec = features.find((f) => f.name === g.feature)
    if (g.kind === 'categorical') {
      const numeric = spec?.storage === 'number'
      const lit = (level: string): string => {
        if (!numeric) return quoteString(level)
        const v = Number(level)
        if (!Number.isFinite(v)) cannot('This pipeline', `the numeric column "${g.feature}" has a non-numeric level "${level}"`)
        return num(v)
      }
      // missing text is NULL or '' (the app reads an empty cell as missing)
      const value = numeric ? col : `NULLIF(${col}, '')`
      const levels = g.levels ?? []
      const isFill = (lv: string | undefined): boolean => lv === g.fillLevel
      levels.forEach((level, k) => {
        const whenMissing = isFill(level) ? 1 : 0
        out[g.start + k] = `CASE WHEN ${value} IS NULL THEN ${whenMissing} WHEN ${value} = ${lit(level)} THEN 1 ELSE 0 END`
      })
      if (g.hasOther) {
        const known = [...levels, ...(g.baseLevel !== undefined ? [g.baseLevel] : [])]
        const fillIsOther = !known.includes(g.fillLevel ?? '')
        out[g.end - 1] = `CASE WHEN ${value} IS NULL THEN ${fillIsOther ? 1 : 0} WHEN ${value} IN (${known.map(lit).join(', ')}) THEN 0 ELSE 1 END`
      }
    } else {
      const raw = g.kind === 'date'
        ? `(EXTRACT(EPOCH FROM CAST(${col} AS TIMESTAMP)) / ${num(DAY_SECONDS)})`
        : `CAST(${col} AS ${DOUBLE})`
      out[g.start] = `((COALESCE(${raw}, ${num(g.fill!)}) - ${num(g.mean!)}) / ${num(g.sd!)})`
    }
  }
  return out
}

const enc = (j: number): string => quoteIdent(`__x${j}`)

interface ScoreExpr {
  /** SQL over the encoded columns "__x0".. */
  expr: string
  /** encoded columns it reads */
  uses: Set<number>
}

function linearExpr(model: string, state: Record<string, unknown>, p: number): ScoreExpr {
  if (typeof state.coef !== 'string' || typeof state.intercept !== 'number') cannot(model, 'its coefficients are missing')
  const coef = decodeFloat64(state.coef)
  if (coef.length !== p) cannot(model, `it has ${coef.length} coefficients for ${p} encoded features`)
  let expr = num(state.intercept)
  const uses = new Set<number>()
  for (let j = 0; j < p; j++) {
    expr += ` + ${enc(j)} * ${num(coef[j])}`
    uses.add(j)
  }
  return { expr, uses }
}

/** The logistic function, split at 0 like the app's (no overflow in EXP). */
const sigmoidSql = (z: string): string => `CASE WHEN ${z} >= 0 THEN 1 / (1 + EXP(-${z})) ELSE EXP(${z}) / (1 + EXP(${z})) END`

/** Tree arrays as stored: ints as plain arrays (tree) or base64 int32 (forest, boosting). */
interface TreeArrays { feature: ArrayLike<number>; threshold: Float64Array; left: ArrayLike<number>; right: ArrayLike<number>; value: Float64Array }

function treeArrays(model: string, state: Record<string, unknown>): TreeArrays {
  const ints = (k: string): ArrayLike<number> => {
    const v = state[k]
    if (Array.isArray(v)) return v as number[]
    if (typeof v === 'string') return decodeInt32(v)
    return cannot(model, `its "${k}" array is missing`)
  }
  const feature = ints('feature'), left = ints('left'), right = ints('right')
  if (typeof state.threshold !== 'string' || typeof state.value !== 'string') cannot(model, 'its thresholds or leaf values are missing')
  return { feature, threshold: decodeFloat64(state.threshold), left, right, value: decodeFloat64(state.value) }
}

/** One tree from `root` as nested CASE (x ≤ threshold goes left, as treeLeafValue). */
function treeNodesSql(model: string, a: TreeArrays, root: number, p: number, uses: Set<number>): string {
  const n = a.feature.length
  const node = (k: number, depth: number): string => {
    if (!(k >= 0 && k < n)) cannot(model, `a node points to node ${k} of ${n}`)
    if (depth > 500) cannot(model, 'a tree is more than 500 levels deep')
    const f = a.feature[k]
    if (f < 0) return num(a.value[k])
    if (f >= p) cannot(model, `a split reads feature ${f} of ${p}`)
    uses.add(f)
    return `CASE WHEN ${enc(f)} <= ${num(a.threshold[k])} THEN ${node(a.left[k], depth + 1)} ELSE ${node(a.right[k], depth + 1)} END`
  }
  return node(root, 0)
}

function treeExpr(state: Record<string, unknown>, p: number): ScoreExpr {
  const uses = new Set<number>()
  return { expr: treeNodesSql('This decision tree', treeArrays('This decision tree', state), 0, p, uses), uses }
}

/** Queries above this size are refused (warehouses and SQL editors choke long before 100 MB). */
export const MAX_SQL_BYTES = 5 * 1024 * 1024

const mb = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`

function tooLarge(model: string, bytes: number, limit: number, advice: string): never {
  return cannot(model, `the query would be about ${mb(bytes)} of SQL (the limit is ${mb(limit)}); ${advice}`)
}

/** The trees of a forest or a boosted model, one CASE each, refusing early when they grow too large. */
function ensembleTrees(model: string, state: Record<string, unknown>, p: number, uses: Set<number>, limit: number, advice: string): string[] {
  if (typeof state.roots !== 'string') cannot(model, 'its tree roots are missing')
  const roots = decodeInt32(state.roots)
  if (roots.length === 0) cannot(model, 'it has no trees')
  const a = treeArrays(model, state)
  const trees: string[] = []
  let bytes = 0
  for (let t = 0; t < roots.length; t++) {
    const sql = treeNodesSql(model, a, roots[t], p, uses)
    trees.push(sql)
    bytes += sql.length + 10
    // the trees so far already exceed the limit, or the rest surely will at this rate
    if (bytes > limit || (t >= 9 && (bytes / (t + 1)) * roots.length > 1.5 * limit)) {
      tooLarge(model, (bytes / (t + 1)) * roots.length, limit, advice)
    }
  }
  return trees
}

/** "expr AS name" items; a stage is computed over the previous stage, whose columns it passes on. */
type Stage = string[]

/** A score: CTE stages over the encoded columns, then one expression over the last stage. */
interface Score extends ScoreExpr {
  stages: Stage[]
}

const noStages = (e: ScoreExpr): Score => ({ ...e, stages: [] })

/**
 * The MLP's forward pass, a stage per layer: unit k of layer l is act(b[k] + Σ_j in_j · W[j, k])
 * with the stored float32 weights written as their exact float64 values and the terms in the
 * app's order (forward() in mlp.ts); the logistic activation gets a stage of its own so its
 * pre-activation is computed once. The output unit is the logit "…__out".
 */
function mlpScore(state: Record<string, unknown>, activation: string, p: number, prefix: string, limit: number): Score {
  const model = 'This neural network (MLP)'
  const sizes = state.sizes as number[] | undefined
  const ws = state.weights as string[] | undefined, bs = state.biases as string[] | undefined
  if (!Array.isArray(sizes) || !Array.isArray(ws) || !Array.isArray(bs)) cannot(model, 'its layer sizes, weights or biases are missing')
  if (sizes[0] !== p) cannot(model, `it takes ${sizes[0]} inputs but the pipeline makes ${p} encoded features`)
  if (sizes[sizes.length - 1] !== 1 || ws.length !== sizes.length - 1 || bs.length !== ws.length) cannot(model, 'its layers do not fit together')
  if (!['relu', 'tanh', 'logistic', 'identity'].includes(activation)) cannot(model, `its activation "${activation}" is unknown`)
  const uses = new Set<number>()
  const stages: Stage[] = []
  let inputs: string[] = Array.from({ length: p }, (_, j) => enc(j))
  const L = ws.length
  let bytes = 0
  for (let l = 0; l < L; l++) {
    const nin = sizes[l], nout = sizes[l + 1]
    const W = decodeFloat32(ws[l]), b = decodeFloat32(bs[l])
    if (W.length !== nin * nout || b.length !== nout) cannot(model, `layer ${l + 1} holds ${W.length} weights and ${b.length} biases for ${nin} × ${nout} units`)
    const pre: string[] = []
    for (let k = 0; k < nout; k++) {
      let e = num(b[k])
      for (let j = 0; j < nin; j++) {
        const w = W[j * nout + k]
        if (w === 0) continue
        if (l === 0) uses.add(j)
        e += ` + ${inputs[j]} * ${num(w)}`
      }
      pre.push(e)
      bytes += e.length
    }
    if (bytes > limit) tooLarge(model, bytes, limit, 'retrain it with fewer hidden units')
    if (l === L - 1) {
      const out = quoteIdent(`${prefix}__out`)
      stages.push([`${pre[0]} AS ${out}`])
      return { stages, expr: sigmoidSql(out), uses }
    }
    const names = pre.map((_, k) => quoteIdent(`${prefix}__h${l + 1}_${k}`))
    if (activation === 'logistic') {
      const zs = pre.map((_, k) => quoteIdent(`${prefix}__z${l + 1}_${k}`))
      stages.push(pre.map((e, k) => `${e} AS ${zs[k]}`))
      stages.push(zs.map((z, k) => `${sigmoidSql(z)} AS ${names[k]}`))
    } else {
      const act = (e: string): string => activation === 'relu' ? `GREATEST(${e}, 0e0)` : activation === 'tanh' ? `TANH(${e})` : e
      stages.push(pre.map((e, k) => `${act(e)} AS ${names[k]}`))
    }
    inputs = names
  }
  return cannot(model, 'it has no output layer')
}

const WHY: Record<string, string> = {
  knn: 'KNN needs the stored training rows: it compares every customer with all of them, and there is no formula to write down (use logistic regression, a tree or boosting for SQL scoring)',
}

const SUPPORTED = 'logistic regression, decision trees, random forests, gradient boosting, neural networks (MLP), votes over those, linear regression, k-means and RFM maps are exported'

/** P(y = 1) (classifier) of an estimator JSON as SQL: stages over the encoded columns, then an expression. */
function probabilityExpr(est: EstimatorJSON, p: number, limit: number, prefix = ''): Score {
  const state = est.state
  switch (est.kind) {
    case 'logistic': {
      const lin = linearExpr('This logistic regression', state, p)
      return noStages({ expr: sigmoidSql(`(${lin.expr})`), uses: lin.uses })
    }
    case 'tree':
      return noStages(treeExpr(state, p))
    case 'rf': {
      // mean of the trees' leaf shares, summed in tree order (predictProba in forest.ts)
      const uses = new Set<number>()
      const trees = ensembleTrees('This random forest', state, p, uses, limit, 'retrain it with a max depth of about 8 and/or fewer trees, or export a single decision tree')
      return noStages({ expr: `(${trees.map((t) => `(${t})`).join(' + ')}) / ${num(trees.length)}`, uses })
    }
    case 'gbt': {
      // baseline log-odds + each tree's leaf (the trees split on the raw encoded values at the bin
      // edges, x ≤ edge going left, as decisionFunction in gbt.ts), then the logistic function
      if (typeof state.baseline !== 'number') cannot('This gradient boosting model', 'its baseline is missing')
      const uses = new Set<number>()
      const trees = ensembleTrees('This gradient boosting model', state, p, uses, limit, 'retrain it with fewer iterations (maxIter) or fewer leaves per tree (maxLeafNodes)')
      const z = quoteIdent(`${prefix}__z`)
      return { stages: [[`${[num(state.baseline), ...trees.map((t) => `(${t})`)].join(' + ')} AS ${z}`]], expr: sigmoidSql(z), uses }
    }
    case 'mlp':
      return mlpScore(state, String((est.params as { activation?: unknown }).activation ?? 'relu'), p, prefix, limit)
    case 'vote': {
      const members = state.members as EstimatorJSON[] | undefined
      const params = est.params as { voting?: string; weights?: number[] }
      if (!Array.isArray(members)) cannot('This vote', 'its members are missing')
      const w = params.weights ?? members.map(() => 1)
      const uses = new Set<number>()
      const stages: Stage[] = []
      const terms: string[] = []
      let wsum = 0
      members.forEach((m, k) => {
        if (w[k] === 0) return
        wsum += w[k]
        let e: Score
        try {
          if (params.voting === 'hard' && m.kind === 'logistic') {
            // LogisticRegression.predict: z > 0
            const lin = linearExpr('This logistic regression', m.state, p)
            e = noStages({ expr: `CASE WHEN (${lin.expr}) > 0 THEN 1 ELSE 0 END`, uses: lin.uses })
          } else {
            e = probabilityExpr(m, p, limit, `${prefix}__v${k}`)
            // every other member's predict() is P > 0.5
            if (params.voting === 'hard') e = { ...e, expr: `CASE WHEN (${e.expr}) > 0.5e0 THEN 1 ELSE 0 END` }
          }
        } catch (err) {
          if (err instanceof SqlExportError) cannot('This vote', `it contains ${m.kind}: ${err.message.replace(/^.*? cannot be expressed in SQL: /, '')}`)
          throw err
        }
        e.uses.forEach((j) => uses.add(j))
        e.stages.forEach((st, i) => (stages[i] ??= []).push(...st))
        terms.push(`${num(w[k])} * (${e.expr})`)
      })
      return { stages, expr: `(${terms.join(' + ')}) / ${num(wsum)}`, uses }
    }
    case 'svm': {
      const kernel = (est.params as { kernel?: string }).kernel
      return cannot(`This SVM (${kernel ?? 'rbf'} kernel)`, kernel === 'linear'
        ? 'it needs the stored training rows: its scores are sums over the support vectors (rows of the training data) and its probabilities a Platt scaling of those; use logistic regression for SQL scoring'
        : 'it needs the stored training rows: an RBF kernel sums a Gaussian over every stored support vector (rows of the training data), so there is no compact formula; use logistic regression or gradient boosting for SQL scoring')
    }
    default:
      return cannot(`A ${est.kind} model`, WHY[est.kind] ?? `only ${SUPPORTED}`)
  }
}

function bandSql(bands: Band[], p: string): string {
  const whens = bands.map((b, i) => {
    const upper = i === bands.length - 1 ? `${p} <= ${num(b.max)}` : `${p} < ${num(b.max)}`
    return `WHEN ${p} >= ${num(b.min)} AND ${upper} THEN ${quoteString(b.label)}`
  })
  return `CASE ${whens.join(' ')} END`
}

function idSelect(id: string | null): string[] {
  return id ? [quoteIdent(id)] : []
}

/** The inner SELECT computing the encoded columns a score needs. */
function encodedFrom(pre: Preprocessor, features: FeatureSpec[], uses: Set<number>, table: string, id: string | null): string {
  const cols = encodedColumns(pre, features)
  const sel = [...idSelect(id), ...[...uses].sort((a, b) => a - b).map((j) => `${cols[j]} AS ${enc(j)}`)]
  if (sel.length === 0) sel.push('1 AS "__one"')
  return `SELECT ${sel.join(',\n    ')}\n  FROM ${quoteTable(table)}`
}

function pipelineModel(m: LoadedModel): { pre: Preprocessor; est: EstimatorJSON } {
  const rt = m.runtime
  if (rt.kind !== 'classifier' && rt.kind !== 'regressor') throw new Error('unreachable')
  return { pre: rt.pipeline, est: (m.manifest.model as { estimator: EstimatorJSON }).estimator }
}

function kmeansSql(m: LoadedModel, km: KMeansModel, clusterNames: string[], table: string, id: string | null): string {
  const t = km.transform!
  const p = t.names.length, k = km.k
  const tcols = t.names.map((name, j) => {
    const x = `CAST(${quoteIdent(name)} AS ${DOUBLE})`
    let v = x
    if (t.log[j] === 'log') v = `CASE WHEN ${x} > 0 THEN LN(${x}) END`
    else if (t.log[j] === 'log1p') v = `CASE WHEN ${x} > -1 THEN LN(1 + ${x}) END`
    if (t.mean && t.scale) v = `((${v}) - ${num(t.mean[j])}) / ${num(t.scale[j])}`
    return `${v} AS ${quoteIdent(`__t${j}`)}`
  })
  const dcols = Array.from({ length: k }, (_, c) => {
    const terms = t.names.map((_, j) => {
      const diff = `(${quoteIdent(`__t${j}`)} - ${num(km.centers[c * p + j])})`
      return `${diff} * ${diff}`
    })
    return `${terms.join(' + ')} AS ${quoteIdent(`__d${c}`)}`
  })
  const d = (c: number): string => quoteIdent(`__d${c}`)
  const anyNull = Array.from({ length: k }, (_, c) => `${d(c)} IS NULL`).join(' OR ')
  // first minimum wins, as in the app (strict < over clusters in order)
  const whens: string[] = []
  for (let c = 0; c < k - 1; c++) {
    const conds = []
    for (let o = c + 1; o < k; o++) conds.push(`${d(c)} <= ${d(o)}`)
    whens.push(`WHEN ${conds.join(' AND ')} THEN ${c}`)
  }
  const argmin = `CASE WHEN ${anyNull} THEN NULL ${whens.join(' ')} ELSE ${k - 1} END`
  const minD = k === 1 ? d(0) : `CASE ${Array.from({ length: k - 1 }, (_, c) => `WHEN ${quoteIdent('__c')} = ${c} THEN ${d(c)}`).join(' ')} ELSE ${d(k - 1)} END`
  const names = `CASE ${quoteIdent('__c')} ${clusterNames.map((n, c) => `WHEN ${c} THEN ${quoteString(n)}`).join(' ')} END`
  const ids = idSelect(id)
  return [
    `-- ${m.manifest.name}: k-means (k = ${k}) cluster assignment; cluster is numbered 1..${k}`,
    `SELECT ${[...ids, `${quoteIdent('__c')} + 1 AS "cluster"`, `${names} AS "cluster_name"`, `SQRT(${minD}) AS "distance"`].join(',\n  ')}`,
    `FROM (`,
    `  SELECT ${[...ids, ...Array.from({ length: k }, (_, c) => d(c)), `${argmin} AS ${quoteIdent('__c')}`].join(',\n    ')}`,
    `  FROM (`,
    `    SELECT ${[...ids, ...Array.from({ length: k }, (_, c) => dcols[c])].join(',\n      ')}`,
    `    FROM (`,
    `      SELECT ${[...ids, ...tcols].join(',\n        ')}`,
    `      FROM ${quoteTable(table)}`,
    `    ) AS "transformed"`,
    `  ) AS "distances"`,
    `) AS "assigned"`,
  ].join('\n')
}

function rfmSql(m: LoadedModel, table: string, id: string | null): string {
  const rt = m.runtime
  if (rt.kind !== 'rfm') throw new Error('unreachable')
  const { columns, cuts, grid } = rt.rfm
  const x = (c: string): string => `CAST(${quoteIdent(c)} AS ${DOUBLE})`
  const score = (col: string, cmp: (s: number) => string): string => `1 + ${[0, 1, 2, 3].map((s) => `CASE WHEN ${x(col)} ${cmp(s)} THEN 1 ELSE 0 END`).join(' + ')}`
  const r = score(columns.recency, (s) => `< ${num(cuts.r[s])}`)
  const f = score(columns.frequency, (s) => `> ${num(cuts.f[s])}`)
  const mo = score(columns.monetary, (s) => `> ${num(cuts.m[s])}`)
  const seg = `CASE "r" ${grid.map((row, ri) => `WHEN ${ri + 1} THEN CASE FLOOR(("f" + "m") / 2.0e0 + 0.5e0) ${row.map((s, fi) => `WHEN ${fi + 1} THEN ${quoteString(s)}`).join(' ')} END`).join(' ')} END`
  const ids = idSelect(id)
  const nul = [columns.recency, columns.frequency, columns.monetary].map((c) => `${quoteIdent(c)} IS NULL`).join(' OR ')
  return [
    `-- ${m.manifest.name}: RFM scores from the training cut points and the named segment`,
    `SELECT ${[...ids, '"r"', '"f"', '"m"', `CASE WHEN "r" IS NULL THEN NULL ELSE ${seg} END AS "segment"`].join(',\n  ')}`,
    `FROM (`,
    `  SELECT ${[...ids, `CASE WHEN ${nul} THEN NULL ELSE ${r} END AS "r"`, `CASE WHEN ${nul} THEN NULL ELSE ${f} END AS "f"`, `CASE WHEN ${nul} THEN NULL ELSE ${mo} END AS "m"`].join(',\n    ')}`,
    `  FROM ${quoteTable(table)}`,
    `) AS "scores"`,
  ].join('\n')
}

/**
 * The model as one SQL SELECT over `table` (one output row per input row, with the id column).
 * Columns: classifier → id, probability, band, decision; regression → id, prediction;
 * k-means → id, cluster (1..k), cluster_name, distance; RFM → id, r, f, m, segment.
 * Throws SqlExportError naming why a model cannot be expressed.
 */
export function modelToSql(m: LoadedModel, options: SqlOptions = {}): string {
  const table = options.table ?? 'customers'
  quoteTable(table)
  const id = options.idColumn === undefined ? m.manifest.idColumn : options.idColumn
  const limit = options.maxBytes ?? MAX_SQL_BYTES
  const header = (man: ModelManifest): string => `-- Campaign Lab model "${man.name.replace(/[\r\n]+/g, ' ')}" (${man.kind}, created ${man.createdAt}); generated SQL, standard SELECT`
  const rt = m.runtime
  switch (rt.kind) {
    case 'classifier': {
      const { pre, est } = pipelineModel(m)
      const s = probabilityExpr(est, pre.nFeatures, limit)
      const thr = m.manifest.threshold ?? 0.5
      const bands = m.manifest.bands ?? []
      const ids = idSelect(id)
      const outer = [...ids, `"probability"`, ...(bands.length ? [`${bandSql(bands, '"probability"')} AS "band"`] : []), `CASE WHEN "probability" >= ${num(thr)} THEN 1 ELSE 0 END AS "decision"`]
      const encoded = encodedFrom(pre, m.manifest.features, s.uses, table, id)
      let sql: string
      if (s.stages.length === 0) {
        sql = [
          header(m.manifest),
          `SELECT ${outer.join(',\n  ')}`,
          `FROM (`,
          `  SELECT ${[...ids, `${s.expr} AS "probability"`].join(',\n    ')}`,
          `  FROM (`,
          `  ${encoded.replace(/\n/g, '\n  ')}`,
          `  ) AS "encoded"`,
          `) AS "scored"`,
        ].join('\n')
      } else {
        // stage k reads stage k − 1 and passes its columns on ("step0" = the encoded columns)
        const rel = (k: number): string => quoteIdent(k === 0 ? 'encoded' : `step${k}`)
        const ctes = [`${rel(0)} AS (\n  ${encoded.replace(/\n/g, '\n  ')}\n)`]
        s.stages.forEach((st, k) => ctes.push(`${rel(k + 1)} AS (\n  SELECT ${[`${rel(k)}.*`, ...st].join(',\n    ')}\n  FROM ${rel(k)}\n)`))
        sql = [
          header(m.manifest),
          `WITH ${ctes.join(', ')}`,
          `SELECT ${outer.join(',\n  ')}`,
          `FROM (`,
          `  SELECT ${[...ids, `${s.expr} AS "probability"`].join(',\n    ')}`,
          `  FROM ${rel(s.stages.length)}`,
          `) AS "scored"`,
        ].join('\n')
      }
      if (sql.length > limit) tooLarge(`This ${est.kind === 'vote' ? 'vote' : est.kind} model`, sql.length, limit, 'retrain it smaller (a lower max depth, fewer trees or iterations, fewer hidden units)')
      return sql
    }
    case 'regressor': {
      const { pre, est } = pipelineModel(m)
      if (est.kind !== 'linear') cannot(`A ${est.kind} regression`, 'only linear regression is exported')
      const s = linearExpr('This linear regression', est.state, pre.nFeatures)
      return [
        header(m.manifest),
        `SELECT ${[...idSelect(id), `${s.expr} AS "prediction"`].join(',\n  ')}`,
        `FROM (`,
        `  ${encodedFrom(pre, m.manifest.features, s.uses, table, id).replace(/\n/g, '\n  ')}`,
        `) AS "encoded"`,
      ].join('\n')
    }
    case 'kmeans':
      return `${header(m.manifest)}\n${kmeansSql(m, rt.kmeans, rt.clusterNames, table, id)}`
    case 'rfm':
      return `${header(m.manifest)}\n${rfmSql(m, table, id)}`
    case 'pipeline':
      return cannot('A preprocessing pipeline on its own', 'it has no score to compute (export the model that uses it)')
    case 'rules':
      return cannot('A rule set', 'it applies to baskets, not to rows of a customer table')
    case 'uplift':
      return cannot('An uplift model', 'score it on the Models page or with the command line (score)')
  }
}

