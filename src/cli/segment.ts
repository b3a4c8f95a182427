import { englishJson } from '../i18n/english'
import { allowOnly, bool, CliError, num, parseArgs, progress, str } from './args'
import { readTableFile } from '../data/node'
import type { Table } from '../data/table'
import { getColumn, hasColumn } from '../data/table'
import { parseKRange } from '../ml/clustering/elbow'
import type { TransactionMapping } from '../ml/segmentation/transactions'
import { FEATURE_NAMES } from '../ml/segmentation/features'
import { fitTransform } from '../ml/clustering/transform'
import { computeMap, MAP_METHODS, MapInputError, type MapMethod } from '../ml/maps'
import { explainMessage } from '../i18n/pages/explain'
import type { Matrix } from '../ml/core/matrix'
import { segmentEngine } from '../engine/segment'
import { ResultCache } from '../engine/cache'

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
  // accepted for old scripts; texts come out in English (message codes rendered by englishJson)
  const lang = str(a, 'lang')
  if (lang !== undefined && lang !== 'en' && lang !== 'es') throw new CliError(`--lang must be en or es, got "${lang}"`)
  const mapMethod = str(a, 'map')
  if (mapMethod !== undefined && !(MAP_METHODS as readonly string[]).includes(mapMethod)) throw new CliError(`--map must be one of ${MAP_METHODS.join(', ')}, got "${mapMethod}"`)
  const featuresFlag = str(a, 'features')
  const transactionMode = a.flags.has('invoice') || a.flags.has('date') || a.flags.has('quantity') || a.flags.has('price') || a.flags.has('amount')
  if (!transactionMode && featuresFlag === undefined) {
    throw new CliError('give the transaction columns (--customer --invoice --date and --quantity --price or --amount), or --features "a,b" for a customer table')
  }
  const sep = str(a, 'sep')
  process.stderr.write(`reading ${data}\n`)
  const { table, schema, warnings: readWarnings } = await readTableFile(data, sep ? { sep } : {})
  const featureList = featuresFlag?.split(',').map((s) => s.trim()).filter((s) => s !== '')
  if (featuresFlag !== undefined && !featureList!.length) throw new CliError('--features is empty')
  // the Segment page's engine, over this one file: the CLI reports what the app computes
  const engine = segmentEngine({ tables: () => ({ table, schema }), results: new ResultCache({ maxEntries: 2 }) })
  const ctx = { cancel: { cancelled: false }, onProgress: () => {} }
  const clusterArgs = {
    k: range,
    chosenK: 'last' as const,
    nInit,
    maxIter,
    tol,
    seed,
    log: bool(a, 'log'),
    standardize: bool(a, 'standardize'),
    silhouette: true,
    outliers: { method: 'none' as const, excludeFraction: 0 },
  }
  const bar = progress()
  let out: Record<string, unknown>
  let resultId: string, names: string[]
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
    const rfm = await engine.rfm({ datasetId: 'data', mapping, cleaning: cancelPrefix !== undefined ? { cancelPrefix } : {} }, ctx)
    names = featureList ?? ['recency', 'frequency', 'monetary']
    for (const nm of names) {
      if (!(FEATURE_NAMES as readonly string[]).includes(nm)) throw new CliError(`--features: unknown customer feature "${nm}" (known: ${FEATURE_NAMES.join(', ')})`)
    }
    resultId = rfm.resultId
    const res = await engine.cluster({ resultId, features: names, ...clusterArgs }, { ...ctx, onProgress: bar.onProgress })
    bar.done()
    out = {
      cleaning: rfm.cleaning.map((s) => ({ step: s.step, rows: s.rows })),
      customers: rfm.customers,
      elbow: res.elbow.map((p) => ({ k: p.k, inertia: p.inertia, silhouette: p.silhouette })),
      clusters: res.clusters.map((c, i) => ({ size: c.size, means: res.means[i], share: c.share, revenueShare: c.revenueShare, name: c.name, description: c.description })),
      k: res.k,
      suggested: res.suggested,
      silhouetteSample: res.silhouetteSampled ? res.silhouetteN : null,
      snapshot: new Date(rfm.snapshot).toISOString().slice(0, 19).replace('T', ' '),
      segments: rfm.segments.map((s) => ({ segment: s.segment, customers: s.customers, revenueShare: s.revenueShare })),
      warnings: [...readWarnings, ...rfm.warnings, ...res.warnings],
    }
  } else {
    names = featureList!
    checkFeatureColumns(table, names)
    const custCol = str(a, 'customer')
    if (custCol !== undefined && !hasColumn(table, custCol)) throw new CliError(`--customer: column "${custCol}" not found`)
    resultId = engine.table({ datasetId: 'data', features: names, idColumn: custCol }).resultId
    const res = await engine.cluster({ resultId, features: names, ...clusterArgs }, { ...ctx, onProgress: bar.onProgress })
    bar.done()
    out = {
      cleaning: [{ step: 'input', rows: table.nRows }],
      customers: res.customers,
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
    const { X } = await engine.space({ resultId, features: names })
    out.map = mapOf(X, names, mapMethod as MapMethod, { log: bool(a, 'log'), standardize: bool(a, 'standardize') }, seed, mbar.onProgress)
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

/** A customer table's feature columns exist and are numeric (named in the flag's terms). */
export function checkFeatureColumns(t: Table, names: string[]): void {
  const missing = names.filter((n) => !hasColumn(t, n))
  if (missing.length) throw new CliError(`--features: column${missing.length > 1 ? 's' : ''} not found: ${missing.map((m) => `"${m}"`).join(', ')} (columns: ${t.columns.map((c) => c.name).join(', ')})`)
  for (const nm of names) {
    const c = getColumn(t, nm)
    if (c.storage !== 'number') throw new CliError(`--features: column "${nm}" is not numeric (e.g. "${c.levels[0] ?? ''}")`)
  }
}
