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
import { hasColumn, type Table } from '../data/table'
import { MessageError } from '../ml/core/message'
import { campaignEngine } from '../engine/campaign'

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

export async function run(argv: string[]): Promise<void> {
  const a = parseArgs(argv)
  allowOnly(a, KNOWN)
  const assignmentPath = str(a, 'assignment', true)
  const resultsPath = str(a, 'results', true)
  const sep = str(a, 'sep')
  const assignment = await readTableFile(assignmentPath, sep ? { sep } : {})
  const results = await readTableFile(resultsPath, sep ? { sep } : {})
  const asg = assignment.table, res = results.table
  const id = str(a, 'id') ?? 'customer_id'
  const resultsId = str(a, 'results-id') ?? id
  const converted = str(a, 'converted') ?? 'converted'
  need(asg, id, asg.name, 'id')
  for (const col of ['creative', 'score']) {
    if (!hasColumn(asg, col)) throw new CliError(`${asg.name} has no "${col}" column: give the campaign's assignment (${id}, creative, group, score)`)
  }
  need(res, resultsId, res.name, 'results-id')
  need(res, converted, res.name, 'converted')

  // the Campaign page's re-evaluation, over these two files
  const engine = campaignEngine({ tables: (id) => (id === 'assignment' ? assignment : results) })
  let r
  try {
    r = engine.reevalFiles({ assignmentId: 'assignment', idColumn: id, resultsId: 'results', resultsIdColumn: resultsId, converted, control: str(a, 'control') })
  } catch (e) {
    if (e instanceof MessageError && e.code === 'campaign.error.notYesNo') throw new CliError(`${res.name}: ${e.message}`)
    throw e
  }
  process.stdout.write(JSON.stringify({
    customers: r.customers,
    summary: { code: r.summary.code, text: renderEnglish(r.summary) },
    overall: r.overall, arms: r.arms, groups: r.groups, warnings: r.warnings,
  }, englishJson) + '\n')
}
