import { englishJson } from '../i18n/english'
import { allowOnly, bool, CliError, num, parseArgs, progress, str } from './args'
import { readTableFile } from '../data/node'
import type { Table } from '../data/table'
import { getColumn, hasColumn } from '../data/table'
import { matrix } from '../ml/core/matrix'
import { parseKRange } from '../ml/clustering/elbow'
import type { TransactionMapping } from '../ml/segmentation/transactions'
import type { FeatureName } from '../ml/segmentation/features'
import { FEATURE_NAMES } from '../ml/segmentation/features'
import { clusterCustomers, featureMatrix, rfmAnalysis } from '../ml/segmentation/segment'
import type { ClusterExtras } from '../ml/segmentation/segment'
import { fitTransform } from '../ml/clustering/transform'
import { computeMap, MAP_METHODS, MapInputError, type MapMethod } from '../ml/maps'
import { explainMessage } from '../i18n/pages/explain'
import type { Matrix } from '../ml/core/matrix'

/** What `campaign-lab segment --help` prints above the option list. */
export const help = `usage: campaign-lab segment --data FILE --customer COL --invoice COL --date COL
  (--quantity COL --price COL | --amount COL) [--k 4 | --k 2..10] [--n-init 10] [--seed 42]
  [--log] [--standardize]
or, for a customer table: --data FILE --features "a,b" [--customer COL] [...same k options].
Transforms are off unless given. Prints one JSON object:
{"cleaning":[{"step","rows"}],"customers":N,"elbow":[{"k","inertia","silhouette"}],
 "clusters":[{"size","means":{...}}]} (+ k, suggested, warnings and cluster names/descriptions);
elbow has one entry per k run; inertia is in the clustered space; clusters are for the last k,
with means in original units. --map pca|tsne|umap adds "map": {method, trustworthiness, k, queries, seconds}:
the 2-D map of the clustered space (after --log / --standardize) and its trustworthiness (k = 10).`

const KNOWN = ['data', 'sep', 'customer', 'invoice', 'date', 'quantity', 'price', 'amount', 'margin', 'cost', 'category', 'cancel-prefix', 'features', 'k', 'n-init', 'max-iter', 'tol', 'seed', 'log', 'standardize', 'lang', 'map'] as const

function intFlag(v: number | undefined, name: string, min: number): number | undefined {
  if (v === undefined) return undefined
  if (!Number.isInteger(v) || v < min) throw new CliError(`--${name} must be a whole number ≥ ${min}, got ${v}`)
  return v
}

export async function run(argv: string[]): Promise<void> {
  const a = parseArgs(argv, ['log', 'standardize'])
  allowOnly(a, KNOWN)
  const data = str(a, 'data', true)
  const kText = str(a, 'k') ?? '4'
  let range: { kMin: number; kMax: number }
  try {
    range = parseKRange(kText)
  } catch (e) {
    throw new CliError(`--k: ${(e as Error).message}`)
  }
  const nInit = intFlag(num(a, 'n-init'), 'n-init', 1) ?? 10
  const maxIter = intFlag(num(a, 'max-iter'), 'max-iter', 1) ?? 300
  const seed = intFlag(num(a, 'seed'), 'seed', 0) ?? 42
  const tol = num(a, 'tol') ?? 1e-4
  const lang = str(a, 'lang') ?? 'en'
  if (lang !== 'en' && lang !== 'es') throw new CliError(`--lang must be en or es, got "${lang}"`)
  const mapMethod = str(a, 'map')
  if (mapMethod !== undefined && !(MAP_METHODS as readonly string[]).includes(mapMethod)) throw new CliError(`--map must be one of ${MAP_METHODS.join(', ')}, got "${mapMethod}"`)
  const featuresFlag = str(a, 'features')
  const transactionMode = a.flags.has('invoice') || a.flags.has('date') || a.flags.has('quantity') || a.flags.has('price') || a.flags.has('amount')
  if (!transactionMode && featuresFlag === undefined) {
    throw new CliError('give the transaction columns (--customer --invoice --date and --quantity --price or --amount), or --features "a,b" for a customer table')
  }
  const sep = str(a, 'sep')
  process.stderr.write(`reading ${data}\n`)
  const { table, warnings: readWarnings } = await readTableFile(data, sep ? { sep } : {})
  const featureList = featuresFlag?.split(',').map((s) => s.trim()).filter((s) => s !== '')
  if (featuresFlag !== undefined && !featureList!.length) throw new CliError('--features is empty')
  const clusterOpts = {
    k: range,
    chosenK: 'last' as const,
    nInit,
    maxIter,
    tol,
    seed,
    log: bool(a, 'log'),
    standardize: bool(a, 'standardize'),
    lang: lang as 'en' | 'es',
  }
  const bar = progress()
  let out: Record<string, unknown>
  let lastX: Matrix | undefined, lastNames: string[] | undefined
  if (transactionMode) {
    const mapping: TransactionMapping = {
      customer: str(a, 'customer', true),
      invoice: str(a, 'invoice', true),
      date: str(a, 'date', true),
      quantity: str(a, 'quantity'),
      price: str(a, 'price'),
      amount: str(a, 'amount'),
      margin: str(a, 'margin'),
      cost: str(a, 'cost'),
      category: str(a, 'category'),
    }
    if (mapping.amount === undefined && (mapping.quantity === undefined || mapping.price === undefined)) {
      throw new CliError('give --quantity and --price, or --amount')
    }
    const cancelPrefix = str(a, 'cancel-prefix')
    const rfm = rfmAnalysis(table, mapping, { cleaning: cancelPrefix !== undefined ? { cancelPrefix } : {} })
    const names = (featureList ?? ['recency', 'frequency', 'monetary']) as FeatureName[]
    for (const nm of names) {
      if (!(FEATURE_NAMES as readonly string[]).includes(nm)) throw new CliError(`--features: unknown customer feature "${nm}" (known: ${FEATURE_NAMES.join(', ')})`)
    }
    const X = featureMatrix(rfm.features, names)
    lastX = X; lastNames = names
    const extras: ClusterExtras = { ids: rfm.features.ids, revenue: rfm.features.monetary, margin: rfm.features.margin, categories: rfm.features.categoryShares }
    const res = clusterCustomers(X, names, extras, clusterOpts, { onProgress: bar.onProgress })
    bar.done()
    out = {
      cleaning: rfm.cleaning.map((s) => ({ step: s.step, rows: s.rows })),
      customers: rfm.features.n,
      elbow: res.elbow.map((p) => ({ k: p.k, inertia: p.inertia, silhouette: p.silhouette })),
      clusters: res.clusters.map((c, i) => ({ size: c.size, means: res.means[i], share: c.share, revenueShare: c.revenueShare, name: c.name, description: c.description })),
      k: res.k,
      suggested: res.suggested,
      silhouetteSample: res.silhouetteSampled ? res.silhouetteN : null,
      snapshot: new Date(rfm.transactions.snapshot).toISOString().slice(0, 19).replace('T', ' '),
      segments: rfm.segments.map((s) => ({ segment: s.segment, customers: s.customers, revenueShare: s.revenueShare })),
      warnings: [...readWarnings, ...rfm.warnings, ...res.warnings],
    }
  } else {
    const { X, names } = customerTableMatrix(table, featureList!)
    lastX = X; lastNames = names
    const custCol = str(a, 'customer')
    const ids = custCol !== undefined ? customerIds(table, custCol) : undefined
    const res = clusterCustomers(X, names, { ids }, clusterOpts, { onProgress: bar.onProgress })
    bar.done()
    out = {
      cleaning: [{ step: 'input', rows: table.nRows }],
      customers: X.rows,
      elbow: res.elbow.map((p) => ({ k: p.k, inertia: p.inertia, silhouette: p.silhouette })),
      clusters: res.clusters.map((c, i) => ({ size: c.size, means: res.means[i], share: c.share, name: c.name, description: c.description })),
      k: res.k,
      suggested: res.suggested,
      silhouetteSample: res.silhouetteSampled ? res.silhouetteN : null,
      warnings: [...readWarnings, ...res.warnings],
    }
  }
  if (mapMethod) {
    const mbar = progress()
    out.map = mapOf(lastX!, lastNames!, mapMethod as MapMethod, { log: bool(a, 'log'), standardize: bool(a, 'standardize') }, seed, mbar.onProgress)
    mbar.done()
  }
  process.stdout.write(JSON.stringify(out, englishJson) + '\n')
}

/** The map of the clustered space (the same transforms k-means saw) and its trustworthiness. */
function mapOf(X: Matrix, names: string[], method: MapMethod, t: { log: boolean; standardize: boolean }, seed: number, onProgress: (f: number, m?: string) => void): Record<string, unknown> {
  const { Xt } = fitTransform(X, names, t)
  try {
    const r = computeMap(Xt, method, { seed }, { onProgress }, names)
    const round = (v: number): number => Math.round(v * 1e6) / 1e6
    return { method, trustworthiness: round(r.trustworthiness.value), k: r.trustworthiness.k, queries: r.trustworthiness.queries, seconds: round(r.seconds) }
  } catch (e) {
    if (e instanceof MapInputError) throw new CliError(`--map ${method}: ${explainMessage({ code: e.code, params: e.params })}`)
    throw e
  }
}

/** Numeric feature columns of a customer table as a matrix, with clear messages. */
export function customerTableMatrix(t: Table, names: string[]): { X: ReturnType<typeof matrix>; names: string[] } {
  const missing = names.filter((n) => !hasColumn(t, n))
  if (missing.length) throw new CliError(`--features: column${missing.length > 1 ? 's' : ''} not found: ${missing.map((m) => `"${m}"`).join(', ')} (columns: ${t.columns.map((c) => c.name).join(', ')})`)
  const p = names.length
  const X = matrix(t.nRows, p)
  names.forEach((nm, j) => {
    const c = getColumn(t, nm)
    if (c.storage !== 'number') throw new CliError(`--features: column "${nm}" is not numeric (e.g. "${c.levels[0] ?? ''}")`)
    for (let i = 0; i < t.nRows; i++) X.data[i * p + j] = c.values[i]
  })
  return { X, names }
}

function customerIds(t: Table, col: string): string[] {
  if (!hasColumn(t, col)) throw new CliError(`--customer: column "${col}" not found`)
  const c = getColumn(t, col)
  const out: string[] = []
  for (let i = 0; i < t.nRows; i++) out.push(c.storage === 'number' ? String(c.values[i]) : c.codes[i] < 0 ? '' : c.levels[c.codes[i]])
  return out
}
