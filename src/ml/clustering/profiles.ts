/**
 * Cluster profiles for the marketing team: size, share, mean/median of each feature against the
 * whole (index = cluster mean / overall mean × 100, and z = (cluster mean − overall mean) / overall sd),
 * revenue and margin share, top categories, and a plain-language description.
 *
 * Descriptions are returned both as structured parts (feature, level, z) that a UI can translate,
 * and as ready text in English or Spanish (`lang`). Levels come from the cluster mean in the space
 * that was clustered (after log/standardisation, when given), so skewed features such as monetary
 * are judged the way k-means saw them: z ≥ 0.3 is 'high', z ≤ −0.3 is 'low', otherwise 'average'.
 */
export type Lang = 'en' | 'es'
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
  /** default name; the UI lets the user edit it */
  name: string
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
  description: string
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
  lang?: Lang
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

const TEXT = {
  en: {
    recLow: 'Bought recently',
    recHigh: 'Last bought long ago',
    freqHigh: 'often',
    freqLow: 'rarely',
    monHigh: 'a lot',
    monLow: 'little',
    buy: 'Buy',
    and: 'and',
    average: 'Close to the average customer',
    high: (f: string) => `high ${f}`,
    low: (f: string) => `low ${f}`,
    count: (n: number, pct: string) => `${n.toLocaleString('en-US')} customer${n === 1 ? '' : 's'} (${pct}%)`,
    revenue: (pct: string) => `${pct}% of revenue`,
    pct: (x: number) => String(Math.round(100 * x)),
    names: {
      best: 'Best customers',
      lapsedLow: 'Lapsed, low value',
      lapsedHigh: 'Lapsed high value',
      recentNew: 'Recent, low activity',
      loyal: 'Regulars',
      cluster: (i: number) => `Cluster ${i + 1}`,
    },
  },
  es: {
    recLow: 'Compraron hace poco',
    recHigh: 'Última compra hace tiempo',
    freqHigh: 'a menudo',
    freqLow: 'rara vez',
    monHigh: 'mucho',
    monLow: 'poco',
    buy: 'Compran',
    and: 'y',
    average: 'Cerca del cliente medio',
    high: (f: string) => `${f} alto`,
    low: (f: string) => `${f} bajo`,
    count: (n: number, pct: string) => `${n.toLocaleString('es-ES')} cliente${n === 1 ? '' : 's'} (${pct} %)`,
    revenue: (pct: string) => `${pct} % de los ingresos`,
    pct: (x: number) => String(Math.round(100 * x)),
    names: {
      best: 'Mejores clientes',
      lapsedLow: 'Inactivos, poco valor',
      lapsedHigh: 'Inactivos de alto valor',
      recentNew: 'Recientes, poca actividad',
      loyal: 'Habituales',
      cluster: (i: number) => `Grupo ${i + 1}`,
    },
  },
} as const

function joinList(items: string[], and: string): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`
}

/** The headline phrase from description parts, e.g. "Bought recently, often and a lot". */
export function describeParts(parts: DescriptionPart[], lang: Lang = 'en'): string {
  const T = TEXT[lang]
  const rec = parts.find((p) => isRecency(p.feature))
  const freq = parts.find((p) => isFrequency(p.feature))
  const mon = parts.find((p) => isMonetary(p.feature))
  const rfm: string[] = []
  if (freq && freq.level !== 'average') rfm.push(freq.level === 'high' ? T.freqHigh : T.freqLow)
  if (mon && mon.level !== 'average') rfm.push(mon.level === 'high' ? T.monHigh : T.monLow)
  const others = parts
    .filter((p) => !isRecency(p.feature) && !isFrequency(p.feature) && !isMonetary(p.feature) && p.level !== 'average')
    .sort((a, b) => Math.abs(b.z) - Math.abs(a.z))
    .slice(0, 3)
    .map((p) => (p.level === 'high' ? T.high(p.feature) : T.low(p.feature)))
  let head = ''
  if (rec && rec.level !== 'average') {
    head = rec.level === 'low' ? T.recLow : T.recHigh
    head = rfm.length ? `${head}, ${joinList(rfm, T.and)}` : head
  } else if (rfm.length) head = `${T.buy} ${joinList(rfm, T.and)}`
  if (others.length) {
    const o = joinList(others, T.and)
    head = head ? `${head}; ${o}` : o.charAt(0).toUpperCase() + o.slice(1)
  }
  return head || T.average
}

/** Full sentence: "Bought recently, often and a lot: 737 customers (17%), 65% of revenue". */
export function describeCluster(p: Pick<ClusterProfile, 'parts' | 'size' | 'share' | 'revenueShare'>, lang: Lang = 'en'): string {
  const T = TEXT[lang]
  let s = `${describeParts(p.parts, lang)}: ${T.count(p.size, T.pct(p.share))}`
  if (p.revenueShare !== null) s += `, ${T.revenue(T.pct(p.revenueShare))}`
  return s
}

/** A default name from the R/F/M pattern (or "Cluster i"). */
export function defaultClusterName(parts: DescriptionPart[], index: number, lang: Lang = 'en'): string {
  const N = TEXT[lang].names
  const lv = (f: (s: string) => boolean): Level | null => parts.find((p) => f(p.feature))?.level ?? null
  const r = lv(isRecency), f = lv(isFrequency), m = lv(isMonetary)
  if (r === null || f === null || m === null) return N.cluster(index)
  const value = f === 'high' || m === 'high' ? 'high' : f === 'low' && m === 'low' ? 'low' : 'average'
  if (r === 'low' && value === 'high') return N.best
  if (r === 'high' && value === 'high') return N.lapsedHigh
  if (r === 'high') return N.lapsedLow
  if (r === 'low' && value === 'low') return N.recentNew
  if (value === 'high') return N.loyal
  return N.cluster(index)
}

/** Profiles of clusters 0..k−1. */
export function clusterProfiles(input: ProfileInput): ClusterProfile[] {
  const { features, labels, k } = input
  const lang = input.lang ?? 'en'
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
      name: defaultClusterName(parts, c, lang),
      size: size[c],
      share: nUsed ? size[c] / nUsed : 0,
      revenue: rev ? rev.per[c] : null,
      revenueShare: rev ? (rev.tot ? rev.per[c] / rev.tot : 0) : null,
      margin: mar ? mar.per[c] : null,
      marginShare: mar ? (mar.tot ? mar.per[c] / mar.tot : 0) : null,
      features: fp,
      topCategories,
      parts,
      description: '',
    }
    prof.description = describeCluster(prof, lang)
    out.push(prof)
  }
  // keep default names unique ("Regulars", "Regulars 2")
  const seen = new Map<string, number>()
  for (const p of out) {
    const t = (seen.get(p.name) ?? 0) + 1
    seen.set(p.name, t)
    if (t > 1) p.name = `${p.name} ${t}`
  }
  return out
}
