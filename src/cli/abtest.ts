/**
 * abtest: rates, Wilson intervals, chi-square across creatives and Holm-corrected pairwise tests.
 *   npm run --silent cli -- abtest --data FILE --arm COL --converted COL [--control NAME]
 *     [--id COL] [--delivered COL] [--opened COL] [--clicked COL] [--revenue COL] [--group COL]
 *     [--sent-at COL] [--opened-at COL] [--clicked-at COL] [--purchased-at COL]
 *     [--cost-per-contact X] [--base delivered|sent] [--alpha 0.05] [--sep ;]
 * Prints one JSON object (the same analysis the app's A/B report shows).
 */
import { englishJson } from '../i18n/english'
import { renderEnglish } from '../i18n/render'
import { allowOnly, CliError, num, parseArgs, str } from './args'
import { readTableFile } from '../data/node'
import { hasColumn, stringColumn } from '../data/table'
import { analyzeResults, type ResultColumns } from '../ml/campaign/results'

const KNOWN = ['data', 'arm', 'converted', 'control', 'id', 'delivered', 'opened', 'clicked', 'revenue', 'group', 'sent-at', 'opened-at', 'clicked-at', 'purchased-at', 'cost-per-contact', 'base', 'alpha', 'sep']

export async function run(argv: string[]): Promise<void> {
  const a = parseArgs(argv)
  allowOnly(a, KNOWN)
  const path = str(a, 'data', true)
  const { table, warnings: readWarnings } = await readTableFile(path, { sep: str(a, 'sep') })
  let id = str(a, 'id')
  if (!id) {
    // Without an id column every row is its own customer (duplicates cannot be detected).
    id = '__row'
    while (hasColumn(table, id)) id += '_'
    table.columns.push(stringColumn(id, Array.from({ length: table.nRows }, (_, i) => String(i + 1))))
  }
  const base = str(a, 'base') ?? 'delivered'
  if (base !== 'delivered' && base !== 'sent') throw new CliError(`--base must be delivered or sent, got "${base}"`)
  const alpha = num(a, 'alpha', 0.05)!
  if (!(alpha > 0 && alpha < 1)) throw new CliError(`--alpha must be in (0, 1), got ${alpha}`)
  const cpc = num(a, 'cost-per-contact')
  const columns: ResultColumns = {
    id, arm: str(a, 'arm', true), converted: str(a, 'converted', true),
    delivered: str(a, 'delivered'), opened: str(a, 'opened'), clicked: str(a, 'clicked'), revenue: str(a, 'revenue'), group: str(a, 'group'),
    sentAt: str(a, 'sent-at'), openedAt: str(a, 'opened-at'), clickedAt: str(a, 'clicked-at'), purchasedAt: str(a, 'purchased-at'),
  }
  const r = analyzeResults(table, { columns, control: str(a, 'control'), conversionBase: base, alpha, ...(cpc !== undefined ? { costs: { perContact: cpc } } : {}) })
  process.stdout.write(JSON.stringify({
    file: path,
    summary: r.summary.map((m) => (typeof m === 'string' ? m : renderEnglish(m))).join('; '),
    arms: r.arms.map((x) => ({
      arm: x.arm, isControl: x.isControl, sent: x.sent, delivered: x.delivered, opened: x.opened, clicked: x.clicked, converted: x.converted,
      rates: x.rates, revenue: x.revenue, cost: x.cost, roi: x.roi, lift: x.lift,
      medianHours: x.times ? Object.fromEntries(Object.entries(x.times).map(([s, t]) => [s, t.median])) : null, notes: x.notes,
    })),
    tests: r.tests,
    byGroup: r.byGroup,
    dataQuality: r.dataQuality,
    warnings: [...readWarnings, ...r.warnings],
  }, englishJson) + '\n')
}
