/**
 * `npm run bench`: every area's measurements in one table, beside the reference timings from
 * ../shared/reference (scikit-learn, pandas, R arules) measured on the same kind of machine.
 * Benchmarks are measurements, not tests: nothing here fails the build.
 *   npm run bench                 all areas
 *   npm run bench -- data rules   only these areas (data, classify, estimators2, segment, rules, browser, uplift)
 *   npm run bench -- data rules   only these areas (data, classify, estimators2, segment, rules, browser, clv)
 *   npm run bench -- data rules   only these areas (data, classify, estimators2, segment, rules, browser, explain)
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
}

function fmt(v: number | undefined, digits = 3): string {
  if (v === undefined || !Number.isFinite(v)) return '–'
  return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(digits)
}

function table(rows: BenchRow[]): string {
  const head = ['issue', 'what', 'ours s', 'ref s', 'ours/ref', 'target', 'met', 'backend', 'notes']
  const body = rows.map((r) => [
    `#${r.issue}`,
    r.what,
    fmt(r.ours_s),
    fmt(r.ref_s),
    r.ref_s ? `${(r.ours_s / r.ref_s).toFixed(2)}×` : '–',
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
  console.log(`\nCampaign Lab benchmarks — ${new Date().toISOString()} — node ${process.version}, ${(await import('node:os')).cpus().length} cores\n`)
  console.log(table(rows))
}

void main()
