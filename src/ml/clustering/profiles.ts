/**
 * Cluster profiles for the marketing team: size, share, mean/median of each feature against the
 * whole (index = cluster mean / overall mean × 100, and z = (cluster mean − overall mean) / overall sd),
 * revenue and margin share, top categories, and a plain-language description.
 *
 * Descriptions are returned both as structured parts (feature, level, z) and as message codes the
 * UI renders in its language. Levels come from the cluster mean in the space
 * that was clustered (after log/standardisation, when given), so skewed features such as monetary
 * are judged the way k-means saw them: z ≥ 0.3 is 'high', z ≤ −0.3 is 'low', otherwise 'average'.
 */
import { msg, pct, list, type Message } from '../core/message'

export type Level = 'low' | 'average' | 'high'

export interface FeatureProfile {
  feature: string
  mean: number
  median: number
  overallMean: number
  overallMedian: number
  /** cluster mean / overall mean × 100 (NaN when the overall mean is 0) */
  index: number
  /** (cluster mean − overall mean) / overall population sd, original units */
  z: number
}

export interface DescriptionPart {
  feature: string
  level: Level
  /** z of the cluster mean in the clustered space (or original units when no clustered matrix was given) */
  z: number
}

export interface CategoryProfile {
  category: string
  /** the cluster's revenue share in this category, 0..1 */
  share: number
  /** share / overall share × 100 */
  index: number
}

export interface ClusterProfile {
  cluster: number
  /** default name (a message code); the UI lets the user edit it */
  name: Message
  size: number
  /** share of customers, 0..1 */
  share: number
  revenue: number | null
  revenueShare: number | null
  margin: number | null
  marginShare: number | null
  features: FeatureProfile[]
  topCategories: CategoryProfile[]
  parts: DescriptionPart[]
  description: Message
}

export interface ProfileInput {
  /** features to profile, original units (the clustered ones first) */
  features: { name: string; values: ArrayLike<number> }[]
  labels: Int32Array
  k: number
  /** the clustered matrix (n × p, p = number of clustered features, same order as `features`) */
  clustered?: { names: string[]; data: Float64Array; cols: number } | null
  revenue?: ArrayLike<number> | null
  margin?: ArrayLike<number> | null
  categories?: { levels: string[]; shares: Float64Array } | null
  /** rows to leave out (1 = excluded, e.g. outliers): not counted in any profile */
  exclude?: Uint8Array | null
}

function median(a: number[]): number {
  if (!a.length) return NaN
  a.sort((x, y) => x - y)
  const m = a.length >> 1
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2
}

const LEVEL_Z = 0.3

function levelOf(z: number): Level {
  return z >= LEVEL_Z ? 'high' : z <= -LEVEL_Z ? 'low' : 'average'
}

const isRecency = (f: string): boolean => /^recency$/i.test(f)
const isFrequency = (f: string): boolean => /^frequency$/i.test(f)
const isMonetary = (f: string): boolean => /^monetary$/i.test(f)

/** The headline phrase from description parts, e.g. "Bought recently, often and a lot". */
export function describeParts(parts: DescriptionPart[]): Message {
  const rec = parts.find((p) => isRecency(p.feature))
  const freq = parts.find((p) => isFrequency(p.feature))
  const mon = parts.find((p) => isMonetary(p.feature))
  const rfm: Message[] = []
  if (freq && freq.level !== 'average') rfm.push(msg(freq.level === 'high' ? 'segment.describe.freqHigh' : 'segment.describe.freqLow'))
  if (mon && mon.level !== 'average') rfm.push(msg(mon.level === 'high' ? 'segment.describe.monHigh' : 'segment.describe.monLow'))
  const others = parts
    .filter((p) => !isRecency(p.feature) && !isFrequency(p.feature) && !isMonetary(p.feature) && p.level !== 'average')
    .sort((a, b) => Math.abs(b.z) - Math.abs(a.z))
    .slice(0, 3)
    .map((p) => msg(p.level === 'high' ? 'segment.describe.high' : 'segment.describe.low', { feature: p.feature }))
  let head: Message | null = null
  if (rec && rec.level !== 'average') {
    const r = rec.level === 'low' ? 'segment.describe.recLow' : 'segment.describe.recHigh'
    head = rfm.length ? msg(`${r}With`, { how: list(rfm) }) : msg(r)
  } else if (rfm.length) head = msg('segment.describe.buy', { how: list(rfm) })
  if (others.length) return head ? msg('segment.describe.withOthers', { head, others: list(others) }) : msg('segment.describe.othersOnly', { others: list(others) })
  return head ?? msg('segment.describe.average')
}

/** Full sentence: "Bought recently, often and a lot: 737 customers (17%), 65% of revenue". */
export function describeCluster(p: Pick<ClusterProfile, 'parts' | 'size' | 'share' | 'revenueShare'>): Message {
  const params = { head: describeParts(p.parts), n: p.size, share: pct(p.share, 0) }
  return p.revenueShare !== null ? msg('segment.describe.clusterRevenue', { ...params, revenue: pct(p.revenueShare, 0) }) : msg('segment.describe.cluster', params)
}

/**
 * A descriptive name from the two inputs that set the cluster apart most ("High balance, low age"),
 * or "Typical customers" when none stands out: a cluster is never left as "Cluster 2".
 */
function traitName(parts: DescriptionPart[]): Message {
  const top = parts.filter((p) => p.level !== 'average').sort((a, b) => Math.abs(b.z) - Math.abs(a.z)).slice(0, 2)
  if (!top.length) return msg('segment.name.typical')
  const first = msg(top[0].level === 'high' ? 'segment.name.high' : 'segment.name.low', { feature: top[0].feature })
  if (top.length === 1) return first
  return msg(top[1].level === 'high' ? 'segment.name.andHigh' : 'segment.name.andLow', { first, feature: top[1].feature })
}

/** A default name from the R/F/M pattern, else from the inputs that set the cluster apart. */
export function defaultClusterName(parts: DescriptionPart[]): Message {
  const lv = (f: (s: string) => boolean): Level | null => parts.find((p) => f(p.feature))?.level ?? null
  const r = lv(isRecency), f = lv(isFrequency), m = lv(isMonetary)
  const numbered = traitName(parts)
  if (r === null || f === null || m === null) return numbered
  const value = f === 'high' || m === 'high' ? 'high' : f === 'low' && m === 'low' ? 'low' : 'average'
  if (r === 'low' && value === 'high') return msg('segment.name.best')
  if (r === 'high' && value === 'high') return msg('segment.name.lapsedHigh')
  if (r === 'high') return msg('segment.name.lapsedLow')
  if (r === 'low' && value === 'low') return msg('segment.name.recentNew')
  if (value === 'high') return msg('segment.name.loyal')
  return numbered
}

/** Profiles of clusters 0..k−1. */
export function clusterProfiles(input: ProfileInput): ClusterProfile[] {
  const { features, labels, k } = input
  const n = labels.length
  const ex = input.exclude ?? null
  const use = (i: number): boolean => !ex || !ex[i]
  const size = new Float64Array(k)
  let nUsed = 0
  for (let i = 0; i < n; i++) {
    if (!use(i)) continue
    size[labels[i]]++
    nUsed++
  }
  const sumBy = (v: ArrayLike<number> | null | undefined): { per: Float64Array; tot: number } | null => {
    if (!v) return null
    const per = new Float64Array(k)
    let tot = 0
    for (let i = 0; i < n; i++) {
      if (!use(i)) continue
      per[labels[i]] += v[i]
      tot += v[i]
    }
    return { per, tot }
  }
  const rev = sumBy(input.revenue)
  const mar = sumBy(input.margin)
  // per-feature statistics in original units
  const featStats = features.map((f) => {
    const groups: number[][] = Array.from({ length: k }, () => [])
    const all: number[] = []
    let s = 0, ss = 0, cnt = 0
    for (let i = 0; i < n; i++) {
      const v = f.values[i]
      if (!use(i) || !Number.isFinite(v)) continue
      groups[labels[i]].push(v)
      all.push(v)
      s += v
      ss += v * v
      cnt++
    }
    const mean = s / cnt
    const sd = Math.sqrt(Math.max(0, ss / cnt - mean * mean))
    const means = groups.map((g) => g.reduce((a, b) => a + b, 0) / g.length)
    return { name: f.name, mean, sd, median: median(all), means, medians: groups.map((g) => median(g)) }
  })
  // levels in the clustered space
  const clusteredZ: Map<string, Float64Array> = new Map()
  if (input.clustered) {
    const { names, data, cols } = input.clustered
    for (let j = 0; j < cols; j++) {
      const per = new Float64Array(k)
      let s = 0, ss = 0
      for (let i = 0; i < n; i++) {
        if (!use(i)) continue
        const v = data[i * cols + j]
        per[labels[i]] += v
        s += v
        ss += v * v
      }
      const mean = s / nUsed
      const sd = Math.sqrt(Math.max(0, ss / nUsed - mean * mean))
      const z = new Float64Array(k)
      for (let c = 0; c < k; c++) z[c] = sd > 0 ? (per[c] / size[c] - mean) / sd : 0
      clusteredZ.set(names[j], z)
    }
  }
  const cat = input.categories ?? null
  let overallCat: Float64Array | null = null
  let perCat: Float64Array | null = null
  if (cat && input.revenue) {
    const L = cat.levels.length
    overallCat = new Float64Array(L)
    perCat = new Float64Array(k * L)
    for (let i = 0; i < n; i++) {
      if (!use(i)) continue
      const r = input.revenue[i]
      for (let j = 0; j < L; j++) {
        const v = cat.shares[i * L + j] * r
        overallCat[j] += v
        perCat[labels[i] * L + j] += v
      }
    }
  }
  const out: ClusterProfile[] = []
  for (let c = 0; c < k; c++) {
    const fp: FeatureProfile[] = featStats.map((s) => ({
      feature: s.name,
      mean: s.means[c],
      median: s.medians[c],
      overallMean: s.mean,
      overallMedian: s.median,
      index: s.mean !== 0 ? (100 * s.means[c]) / s.mean : NaN,
      z: s.sd > 0 ? (s.means[c] - s.mean) / s.sd : 0,
    }))
    const partsFrom = input.clustered ? input.clustered.names : features.map((f) => f.name)
    const parts: DescriptionPart[] = partsFrom.map((name) => {
      const z = clusteredZ.get(name)?.[c] ?? fp.find((f) => f.feature === name)?.z ?? 0
      return { feature: name, level: levelOf(z), z }
    })
    let topCategories: CategoryProfile[] = []
    if (cat && perCat && overallCat && rev) {
      const L = cat.levels.length
      const totC = rev.per[c] || 1
      const totAll = rev.tot || 1
      topCategories = cat.levels
        .map((lvl, j) => {
          const share = perCat![c * L + j] / totC
          const o = overallCat![j] / totAll
          return { category: lvl, share, index: o > 0 ? (100 * share) / o : NaN }
        })
        .sort((a, b) => b.share - a.share)
        .slice(0, 5)
    }
    const prof: ClusterProfile = {
      cluster: c,
      name: defaultClusterName(parts),
      size: size[c],
      share: nUsed ? size[c] / nUsed : 0,
      revenue: rev ? rev.per[c] : null,
      revenueShare: rev ? (rev.tot ? rev.per[c] / rev.tot : 0) : null,
      margin: mar ? mar.per[c] : null,
      marginShare: mar ? (mar.tot ? mar.per[c] / mar.tot : 0) : null,
      features: fp,
      topCategories,
      parts,
      description: msg('segment.describe.average'),
    }
    prof.description = describeCluster(prof)
    out.push(prof)
  }
  // keep default names unique ("Regulars", "Regulars 2"; "High balance", "High balance 2")
  const seen = new Map<string, number>()
  for (const p of out) {
    const key = JSON.stringify(p.name)
    const t = (seen.get(key) ?? 0) + 1
    seen.set(key, t)
    if (t > 1) p.name = msg('segment.name.repeat', { name: p.name, n: t })
  }
  return out
}
