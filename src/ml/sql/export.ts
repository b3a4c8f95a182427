/**
 * Scoring SQL: a model as ONE standard SQL SELECT over a customer table, so a warehouse scores
 * every customer itself (the model travels, the data stays).
 *
 * Exported: logistic regression (probability, band, decision), linear regression (prediction),
 * decision tree (nested CASE), soft/hard votes over those, k-means assignment (cluster = argmin of
 * squared distances, with the log transform and standardisation) and the RFM segment map. The
 * preprocessing is reproduced step by step as in Preprocessor.transform: missing numbers take the
 * training median, missing categories the most frequent level, one-hot columns compare with the
 * training levels (an unseen level encodes as all zeros), numbers are standardised.
 *
 * Numbers are written as exact float64 literals (shortest round-trip digits in exponent form, which
 * SQL reads as DOUBLE PRECISION); identifiers are double-quoted with quotes doubled; text literals
 * are single-quoted with quotes doubled. Date features assume a DATE/TIMESTAMP column and use
 * EXTRACT(EPOCH FROM …) (PostgreSQL, DuckDB, Snowflake, Redshift).
 */
import type { EstimatorJSON } from '../core/estimator'
import { decodeFloat64 } from '../core/estimator'
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

function treeExpr(state: Record<string, unknown>, p: number): ScoreExpr {
  const ints = (k: string): number[] => {
    const v = state[k]
    if (!Array.isArray(v)) cannot('This decision tree', `its "${k}" array is missing`)
    return v as number[]
  }
  const feature = ints('feature'), left = ints('left'), right = ints('right')
  if (typeof state.threshold !== 'string' || typeof state.value !== 'string') cannot('This decision tree', 'its thresholds or leaf values are missing')
  const threshold = decodeFloat64(state.threshold), value = decodeFloat64(state.value)
  const uses = new Set<number>()
  const node = (k: number, depth: number): string => {
    if (depth > 500) cannot('This decision tree', 'it is more than 500 levels deep')
    const f = feature[k]
    if (f < 0) return num(value[k])
    if (f >= p) cannot('This decision tree', `a split reads feature ${f} of ${p}`)
    uses.add(f)
    return `CASE WHEN ${enc(f)} <= ${num(threshold[k])} THEN ${node(left[k], depth + 1)} ELSE ${node(right[k], depth + 1)} END`
  }
  return { expr: node(0, 0), uses }
}

const WHY: Record<string, string> = {
  knn: 'KNN compares every customer with all the stored training rows (there is no formula to write down)',
  mlp: 'a neural network\'s layers of weights and activations are not exported to SQL',
  rf: 'a random forest is hundreds of deep trees; the query would be impractically large (export a single decision tree instead)',
  gbt: 'gradient boosting is hundreds of trees; the query would be impractically large (export a single decision tree instead)',
}

/** P(y = 1) (classifier) of an estimator JSON as SQL over the encoded columns. */
function probabilityExpr(est: EstimatorJSON, p: number): ScoreExpr {
  const state = est.state
  switch (est.kind) {
    case 'logistic': {
      const lin = linearExpr('This logistic regression', state, p)
      return { expr: sigmoidSql(`(${lin.expr})`), uses: lin.uses }
    }
    case 'tree':
      return treeExpr(state, p)
    case 'vote': {
      const members = state.members as EstimatorJSON[] | undefined
      const params = est.params as { voting?: string; weights?: number[] }
      if (!Array.isArray(members)) cannot('This vote', 'its members are missing')
      const bad = members.filter((m) => !['logistic', 'tree'].includes(m.kind))
      if (bad.length) cannot('This vote', `it contains ${bad.map((m) => m.kind).join(', ')}: ${WHY[bad[0].kind] ?? `a ${bad[0].kind} model cannot be written as SQL`}`)
      const w = params.weights ?? members.map(() => 1)
      const uses = new Set<number>()
      const terms: string[] = []
      let wsum = 0
      members.forEach((m, k) => {
        if (w[k] === 0) return
        wsum += w[k]
        let e: ScoreExpr
        if (params.voting === 'hard') {
          // member predict(): logistic z > 0; tree P > 0.5
          if (m.kind === 'logistic') {
            const lin = linearExpr('This logistic regression', m.state, p)
            e = { expr: `CASE WHEN (${lin.expr}) > 0 THEN 1 ELSE 0 END`, uses: lin.uses }
          } else {
            const t = treeExpr(m.state, p)
            e = { expr: `CASE WHEN (${t.expr}) > 0.5e0 THEN 1 ELSE 0 END`, uses: t.uses }
          }
        } else e = probabilityExpr(m, p)
        e.uses.forEach((j) => uses.add(j))
        terms.push(`${num(w[k])} * (${e.expr})`)
      })
      return { expr: `(${terms.join(' + ')}) / ${num(wsum)}`, uses }
    }
    case 'svm': {
      const kernel = (est.params as { kernel?: string }).kernel
      return cannot(`This SVM (${kernel ?? 'rbf'} kernel)`, kernel === 'linear'
        ? 'its probabilities come from Platt scaling over the support vectors, which this export does not write (use logistic regression for SQL scoring)'
        : 'an RBF kernel sums a Gaussian over every stored support vector (training rows)')
    }
    default:
      return cannot(`A ${est.kind} model`, WHY[est.kind] ?? 'only logistic regression, linear regression, decision trees, votes over those, k-means and RFM maps are exported')
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
  const header = (man: ModelManifest): string => `-- Campaign Lab model "${man.name.replace(/[\r\n]+/g, ' ')}" (${man.kind}, created ${man.createdAt}); generated SQL, standard SELECT`
  const rt = m.runtime
  switch (rt.kind) {
    case 'classifier': {
      const { pre, est } = pipelineModel(m)
      const s = probabilityExpr(est, pre.nFeatures)
      const thr = m.manifest.threshold ?? 0.5
      const bands = m.manifest.bands ?? []
      const ids = idSelect(id)
      const outer = [...ids, `"probability"`, ...(bands.length ? [`${bandSql(bands, '"probability"')} AS "band"`] : []), `CASE WHEN "probability" >= ${num(thr)} THEN 1 ELSE 0 END AS "decision"`]
      return [
        header(m.manifest),
        `SELECT ${outer.join(',\n  ')}`,
        `FROM (`,
        `  SELECT ${[...ids, `${s.expr} AS "probability"`].join(',\n    ')}`,
        `  FROM (`,
        `  ${encodedFrom(pre, m.manifest.features, s.uses, table, id).replace(/\n/g, '\n  ')}`,
        `  ) AS "encoded"`,
        `) AS "scored"`,
      ].join('\n')
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
  }
}

