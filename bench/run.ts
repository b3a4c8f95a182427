/**
 * `npm run bench`: every area's measurements in one table, beside the reference timings from
 * ../shared/reference (scikit-learn, pandas, R arules) measured on the same kind of machine.
 * Benchmarks are measurements, not tests: nothing here fails the build.
 *   npm run bench                 all areas
 *   npm run bench -- data rules   only these areas (data, classify, estimators2, segment, rules, browser, uplift, clv, explain, sidebyside, limits)
 *   npm run bench -- --json       the rows as JSON on stdout (what, ours_s, ref_s, ref_live, ratio, threads); tables go to stderr
 * The "ref" column says where ref_s comes from: live (the reference ran in this run on the same work),
 * stored (a timing from ../shared/reference: another run, often the whole pipeline, so not like for like).
 * Environment: BENCH_SKIP_SUITE=1 leaves out the Chromium propensity suite (~35 s);
 * BENCH_SUITE_ALL_SMOTE=1 runs its heavier every-model-with-SMOTE variant instead (minutes).
 */
import type { BenchRow } from './types'
import { SHARED } from '../tests/shared'

const AREAS: Record<string, () => Promise<{ bench: () => Promise<BenchRow[]> }>> = {
  data: () => import('./data'),
  classify: () => import('./classify'),
  estimators2: () => import('./estimators2'),
  segment: () => import('./segment'),
  rules: () => import('./rules'),
  browser: () => import('./browser'),
  uplift: () => import('./uplift'),
  clv: () => import('./clv'),
  explain: () => import('./explain'),
  sidebyside: () => import('./sidebyside'),
  limits: () => import('./limits'),
}

function fmt(v: number | undefined, digits = 3): string {
  if (v === undefined || !Number.isFinite(v)) return '–'
  return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(digits)
}

const ratio = (r: BenchRow): number | undefined => (r.ref_s ? r.ours_s / r.ref_s : undefined)
// rows written before ref_live existed compare with stored reference timings
const refKind = (r: BenchRow): string => (r.ref_s === undefined ? '–' : r.ref_live ? 'live' : 'stored')

function table(rows: BenchRow[]): string {
  const head = ['issue', 'what', 'ours s', 'ref s', 'ours/ref', 'ref', 'clock', 'thr', 'target', 'met', 'backend', 'notes']
  const body = rows.map((r) => [
    `#${r.issue}`,
    r.what,
    fmt(r.ours_s),
    fmt(r.ref_s),
    ratio(r) !== undefined ? `${ratio(r)!.toFixed(2)}×` : '–',
    refKind(r),
    r.clock ?? 'wall',
    r.threads === undefined ? '–' : String(r.threads),
    r.target,
    r.ok === undefined ? '–' : r.ok ? 'yes' : 'NO',
    r.backend,
    r.notes ?? '',
  ])
  const widths = head.map((h, j) => Math.min(60, Math.max(h.length, ...body.map((b) => b[j].length))))
  const line = (cells: string[]) => '| ' + cells.map((c, j) => c.padEnd(widths[j])).join(' | ') + ' |'
  return [line(head), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...body.map(line)].join('\n')
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json')
  const stdout = console.log.bind(console)
  // stdout carries only the JSON: whatever a library or an area logs goes to stderr meanwhile
  if (json) console.log = console.error.bind(console)
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'))
  const names = wanted.length ? wanted : Object.keys(AREAS)
  if (!SHARED) console.error('note: ../shared is absent; benchmarks that need its datasets are skipped')
  const rows: BenchRow[] = []
  for (const name of names) {
    const load = AREAS[name]
    if (!load) {
      console.error(`unknown bench area "${name}" (areas: ${Object.keys(AREAS).join(', ')})`)
      process.exitCode = 2
      return
    }
    console.error(`== ${name}`)
    try {
      const got = await (await load()).bench()
      rows.push(...got)
      console.error(table(got))
    } catch (e) {
      console.error(`${name}: ${(e as Error).stack ?? e}`)
      rows.push({ issue: 0, what: `${name} bench failed`, ours_s: NaN, target: '', backend: '', ok: false, notes: (e as Error).message })
    }
  }
  const title = `Campaign Lab benchmarks — ${new Date().toISOString()} — node ${process.version}, ${(await import('node:os')).cpus().length} cores`
  if (json) {
    console.error(`\n${title}\n\n${table(rows)}`)
    const out = rows.map((r) => ({ ...r, ref_s: r.ref_s ?? null, ref_live: r.ref_live ?? false, ratio: ratio(r) ?? null, threads: r.threads ?? null }))
    stdout(JSON.stringify(out, null, 1))
    return
  }
  console.log(`\n${title}\n`)
  console.log(table(rows))
}

void main()
