/**
 * Left join of a second table onto the first by a key (customers ← regional statistics by region
 * code). Keys match on their text (numbers as their shortest text, so 7 matches "7"; surrounding
 * spaces ignored). Duplicate keys in the right table are refused: they would duplicate left rows.
 */
import { DataError } from './errors'
import { cellString, getColumn, hasColumn, type Column, type ColumnSchema, type Table } from './table'

export interface JoinOptions {
  /** schemas of both tables: when given, the result carries the joined schema too */
  leftSchema?: ColumnSchema[]
  rightSchema?: ColumnSchema[]
  /** suffix for right columns whose name is taken; default "_right" */
  suffix?: string
  /** name of the joined table; default "<left> + <right>" */
  name?: string
}

export interface JoinDetails {
  leftRows: number
  rightRows: number
  /** left rows that found a right row / that did not (missing keys included) */
  matchedRows: number
  unmatchedRows: number
  /** distinct left keys without a match, and a few of them */
  unmatchedKeys: number
  unmatchedExamples: string[]
  /** left rows whose key cell is missing */
  missingKeyRows: number
  /** right keys never used */
  unusedRightKeys: number
  addedColumns: string[]
  renamed: { from: string; to: string }[]
}

export interface JoinResult {
  table: Table
  /** present when both schemas were given */
  schema?: ColumnSchema[]
  matched: number
  unmatched: number
  /** one paragraph for the UI */
  report: string
  details: JoinDetails
}

function keyText(c: Column, i: number): string | null {
  const s = cellString(c, i).trim()
  return s === '' ? null : s
}

export function leftJoin(left: Table, right: Table, leftKey: string, rightKey: string, opts: JoinOptions = {}): JoinResult {
  if (!hasColumn(left, leftKey)) {
    throw new DataError('join-key', left.name, `${left.name} has no column "${leftKey}" to join on (columns: ${left.columns.map((c) => c.name).join(', ')}).`, { column: leftKey })
  }
  if (!hasColumn(right, rightKey)) {
    throw new DataError('join-key', right.name, `${right.name} has no column "${rightKey}" to join on (columns: ${right.columns.map((c) => c.name).join(', ')}).`, { column: rightKey })
  }
  const lk = getColumn(left, leftKey)
  const rk = getColumn(right, rightKey)
  // right key → row; refuse duplicates
  const index = new Map<string, number>()
  for (let i = 0; i < right.nRows; i++) {
    const k = keyText(rk, i)
    if (k === null) continue
    const prev = index.get(k)
    if (prev !== undefined) {
      let dups = 0
      const seen = new Set<string>()
      for (let r = 0; r < right.nRows; r++) {
        const kk = keyText(rk, r)
        if (kk === null) continue
        if (seen.has(kk)) dups++
        else seen.add(kk)
      }
      throw new DataError(
        'join-duplicate',
        right.name,
        `${right.name}: key column "${rightKey}" has duplicate values (e.g. ${JSON.stringify(k)} in rows ${prev + 1} and ${i + 1}; ${dups} duplicate row(s) in all). A left join needs one row per key in the table being joined: remove the duplicates or aggregate them first.`,
        { column: rightKey, row: i + 1 },
      )
    }
    index.set(k, i)
  }
  const n = left.nRows
  const take = new Int32Array(n)
  let matched = 0
  let missingKeyRows = 0
  const unmatchedKeys = new Set<string>()
  const used = new Uint8Array(right.nRows)
  for (let i = 0; i < n; i++) {
    const k = keyText(lk, i)
    if (k === null) {
      take[i] = -1
      missingKeyRows++
      continue
    }
    const r = index.get(k)
    if (r === undefined) {
      take[i] = -1
      unmatchedKeys.add(k)
    } else {
      take[i] = r
      used[r] = 1
      matched++
    }
  }
  let unusedRightKeys = 0
  for (const r of index.values()) if (!used[r]) unusedRightKeys++

  const suffix = opts.suffix ?? '_right'
  const names = new Set(left.columns.map((c) => c.name))
  const renamed: { from: string; to: string }[] = []
  const added: Column[] = []
  const addedSchema: ColumnSchema[] = []
  for (const c of right.columns) {
    if (c.name === rightKey) continue
    let name = c.name
    if (names.has(name)) {
      name = `${c.name}${suffix}`
      let k = 2
      while (names.has(name)) name = `${c.name}${suffix}${k++}`
      renamed.push({ from: c.name, to: name })
    }
    names.add(name)
    if (c.storage === 'number') {
      const v = new Float64Array(n)
      for (let i = 0; i < n; i++) v[i] = take[i] < 0 ? NaN : c.values[take[i]]
      added.push({ name, storage: 'number', values: v })
    } else {
      const codes = new Int32Array(n)
      for (let i = 0; i < n; i++) codes[i] = take[i] < 0 ? -1 : c.codes[take[i]]
      added.push({ name, storage: 'string', codes, levels: c.levels.slice() })
    }
    const s = opts.rightSchema?.find((x) => x.name === c.name)
    if (s) addedSchema.push({ ...s, name })
  }
  const columns: Column[] = [
    ...left.columns.map((c): Column => (c.storage === 'number' ? { ...c, values: c.values.slice() } : { ...c, codes: c.codes.slice(), levels: c.levels.slice() })),
    ...added,
  ]
  const table: Table = { name: opts.name ?? `${left.name} + ${right.name}`, nRows: n, columns }
  const unmatched = n - matched
  const examples = [...unmatchedKeys].slice(0, 5)
  const details: JoinDetails = {
    leftRows: n,
    rightRows: right.nRows,
    matchedRows: matched,
    unmatchedRows: unmatched,
    unmatchedKeys: unmatchedKeys.size,
    unmatchedExamples: examples,
    missingKeyRows,
    unusedRightKeys,
    addedColumns: added.map((c) => c.name),
    renamed,
  }
  const pct = n ? ((100 * matched) / n).toFixed(1) : '0'
  let report = `Joined ${right.name} onto ${left.name} by ${leftKey} = ${rightKey}: ${matched.toLocaleString('en')} of ${n.toLocaleString('en')} rows matched (${pct}%).`
  if (unmatched) {
    report += ` ${unmatched.toLocaleString('en')} row(s) had no match`
    if (unmatchedKeys.size) report += ` (${unmatchedKeys.size} distinct key(s), e.g. ${examples.map((e) => JSON.stringify(e)).join(', ')})`
    if (missingKeyRows) report += `${unmatchedKeys.size ? ', ' : ' ('}${missingKeyRows} with an empty key${unmatchedKeys.size ? '' : ')'}`
    report += ` and get missing values in the ${added.length} added column(s).`
  }
  if (unusedRightKeys) report += ` ${unusedRightKeys} key(s) of ${right.name} matched no row.`
  if (renamed.length) report += ` Renamed to avoid name clashes: ${renamed.map((r) => `${r.from} → ${r.to}`).join(', ')}.`
  const schema = opts.leftSchema && opts.rightSchema ? [...opts.leftSchema.map((s) => ({ ...s })), ...addedSchema] : undefined
  return { table, schema, matched, unmatched, report, details }
}
