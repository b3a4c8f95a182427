/**
 * reeval: the campaign's 3-month re-evaluation from the command line (issue #20), the same code as
 * the app's follow-up step: per creative and group, what the model predicted for the customers in
 * the campaign list against what happened.
 *   npm run --silent cli -- reeval --assignment FILE --results FILE [--id customer_id] [--results-id COL]
 *     [--converted converted] [--control control] [--sep ;]
 * The assignment is the campaign's list with each customer's creative, group and score (the
 * `campaign` command's output, or the app's assignment export); the results say who responded.
 */
import { englishJson } from '../i18n/english'
import { renderEnglish } from '../i18n/render'
import { allowOnly, CliError, parseArgs, str } from './args'
import { readTableFile } from '../data/node'
import { cellString, getColumn, hasColumn, isMissing, numericValues, type Table } from '../data/table'
import { parseYesNo } from '../data/yesno'
import { reevaluate, type ReevalCustomer } from '../ml/campaign/reeval'
import { msg } from '../ml/core/message'

/** What `campaign-lab reeval --help` prints above the option list. */
export const help = `reeval: the campaign re-evaluation: per creative and group, the model's prediction for the
customers in the campaign list against what happened, with the 95 % range its probabilities allow,
Wilson intervals, the gap in points and where the model was off, in words.
  campaign-lab reeval --assignment FILE --results FILE [--id customer_id] [--results-id COL]
    [--converted converted] [--control control] [--sep ;]
The assignment holds customer_id, creative, group and score (the campaign command's output).`

const KNOWN = ['assignment', 'results', 'id', 'results-id', 'converted', 'control', 'sep']

function need(t: Table, column: string, file: string, option: string): void {
  if (!hasColumn(t, column)) throw new CliError(`${file} has no column "${column}" (columns: ${t.columns.map((c) => c.name).join(', ')}): name it with --${option}`)
}

const text = (t: Table, column: string, i: number): string | null => {
  const c = getColumn(t, column)
  if (isMissing(c, i)) return null
  const s = cellString(c, i).trim()
  return s === '' ? null : s
}

export async function run(argv: string[]): Promise<void> {
  const a = parseArgs(argv)
  allowOnly(a, KNOWN)
  const assignmentPath = str(a, 'assignment', true)
  const resultsPath = str(a, 'results', true)
  const sep = str(a, 'sep')
  const asg = (await readTableFile(assignmentPath, sep ? { sep } : {})).table
  const res = (await readTableFile(resultsPath, sep ? { sep } : {})).table
  const id = str(a, 'id') ?? 'customer_id'
  const resultsId = str(a, 'results-id') ?? id
  const converted = str(a, 'converted') ?? 'converted'
  need(asg, id, asg.name, 'id')
  for (const col of ['creative', 'score']) {
    if (!hasColumn(asg, col)) throw new CliError(`${asg.name} has no "${col}" column: give the campaign's assignment (${id}, creative, group, score)`)
  }
  need(res, resultsId, res.name, 'results-id')
  need(res, converted, res.name, 'converted')

  const outcome = new Map<string, 0 | 1>()
  for (let i = 0; i < res.nRows; i++) {
    const k = text(res, resultsId, i)
    const v = text(res, converted, i)
    if (k === null || v === null) continue
    const y = parseYesNo(v)
    if (y === undefined || y === null) throw new CliError(`${res.name}: column "${converted}" must hold yes/no or 1/0; row ${i + 1} has "${v}"`)
    outcome.set(k, y ? 1 : 0)
  }
  const scores = numericValues(getColumn(asg, 'score'))
  const hasGroup = hasColumn(asg, 'group')
  const customers: ReevalCustomer[] = []
  let noResult = 0
  for (let i = 0; i < asg.nRows; i++) {
    const k = text(asg, id, i)
    const arm = text(asg, 'creative', i)
    if (k === null || arm === null) continue
    const y = outcome.get(k)
    if (y === undefined) { noResult++; continue }
    customers.push({ id: k, arm, group: hasGroup ? text(asg, 'group', i) : null, score: scores[i], outcome: y })
  }
  const r = reevaluate(customers, { outcome: 'converted', control: str(a, 'control') ?? (customers.some((c) => c.arm === 'control') ? 'control' : null) })
  if (noResult) r.warnings.push(msg('campaign.reeval.noOutcome', { n: noResult }))
  process.stdout.write(JSON.stringify({
    customers: customers.length,
    summary: { code: r.summary.code, text: renderEnglish(r.summary) },
    overall: r.overall, arms: r.arms, groups: r.groups, warnings: r.warnings,
  }, englishJson) + '\n')
}
