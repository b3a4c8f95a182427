/**
 * Issue 14: numbers by locale, basket files, several files as one dataset, Parquet, UTF-16 and
 * more date forms, and the bad inputs of each. Expected values are hand-worked from the texts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { detectDateFormat, parseDate } from '../../../src/data/dates'
import { DataError } from '../../../src/data/errors'
import { readTableFileFull } from '../../../src/data/node'
import { decimalMarksOf, parseLocaleNumber } from '../../../src/data/parse/columns'
import { looksLikeBaskets, MAX_BASKET_ITEMS, parseParts } from '../../../src/data/parse/index'
import { applySchemaOverride, setColumnFormat } from '../../../src/data/schema'
import { getColumn, stringValues, type NumericColumn } from '../../../src/data/table'
import { basketsFromTable } from '../../../src/ml/rules/baskets'
import { enc, parse } from './helpers'
import { englishText as english } from './english'

const nums = (r: { table: { columns: { name: string }[] } }, name: string): number[] => Array.from((getColumn(r.table as never, name) as NumericColumn).values)
const texts = (r: { table: { columns: { name: string }[] } }, name: string): (string | null)[] => stringValues(getColumn(r.table as never, name))

async function rejects(p: Promise<unknown>): Promise<DataError> {
  try {
    await p
  } catch (e) {
    expect(e).toBeInstanceOf(DataError)
    return e as DataError
  }
  throw new Error('expected a DataError')
}

describe('numbers by locale, per column', () => {
  test.each([
    // text, mark, value
    ['5.550.434', ',', 5550434],
    ['5.550.434', '.', NaN],
    ['5 550 434', ',', 5550434],
    ['5\u00a0550\u00a0434,25', ',', 5550434.25],
    ['5,550,434', '.', 5550434],
    ['5,550,434.5', '.', 5550434.5],
    ['1.234,5', ',', 1234.5],
    ['1.234', ',', 1234],
    ['1.234', '.', 1.234],
    ['-0,75', ',', -0.75],
    ['007,5', ',', NaN],
    ['1.5', ',', NaN],
  ] as const)('%s read with "%s" → %d', (text, mark, value) => {
    expect(parseLocaleNumber(text, mark)).toBe(value)
  })

  test('marks each form fits (1 dot, 2 comma)', () => {
    expect(['12', '1.234', '1,234', '1.234.567', '1,234,567', '1.5', '1,5', 'abc', '0.500', '0,500'].map(decimalMarksOf)).toEqual([3, 3, 3, 2, 1, 1, 2, 0, 1, 2])
  })

  const cases: { name: string; csv: string; col: string; want: (number | null)[] | 'text'; decimal?: string; ambiguous?: boolean }[] = [
    { name: 'dot thousands, ";" file', csv: 'pob;x\n5.550.434;1\n505.985;2\n28;3\n', col: 'pob', want: [5550434, 505985, 28], decimal: ',' },
    { name: 'space thousands', csv: 'pob;x\n5 550 434;1\n505 985;2\n', col: 'pob', want: [5550434, 505985], decimal: ',' },
    { name: 'comma thousands (quoted) in a comma file', csv: 'pob,x\n"5,550,434",1\n"505,985.5",2\n', col: 'pob', want: [5550434, 505985.5], decimal: '.' },
    { name: 'dot thousands with decimal comma', csv: 'v;x\n1.234,5;1\n12,25;2\n', col: 'v', want: [1234.5, 12.25], decimal: ',' },
    // ambiguous "1.234" follows the other columns: here "2,5" says comma
    { name: 'ambiguous follows the file (comma)', csv: 'a;b\n1.234;2,5\n5.678;3,5\n', col: 'a', want: [1234, 5678], decimal: ',', ambiguous: true },
    // …and here "2.55" says dot
    { name: 'ambiguous follows the file (dot)', csv: 'a,b\n1.234,2.55\n5.678,3.25\n', col: 'a', want: [1.234, 5.678], decimal: '.', ambiguous: true },
    // "0.500" cannot be a thousands group: it says dot, and the column with it is a dot column
    { name: 'a leading 0 settles it (a plain dot column: no choice to show)', csv: 'a;b\n0.500;x\n1.250;y\n', col: 'a', want: [0.5, 1.25] },
    { name: 'thousands dots with decimal dots: text', csv: 'v;x\n1.234.567;1\n1.5;2\n', col: 'v', want: 'text' },
  ]
  test.each(cases)('$name', async ({ csv, col, want, decimal, ambiguous }) => {
    const r = await parse(csv, 't.csv')
    const c = getColumn(r.table, col)
    if (want === 'text') {
      expect(c.storage).toBe('string')
      expect(english(r.warnings)).toMatch(new RegExp(`"${col}" holds numbers written two ways`))
      return
    }
    expect(nums(r, col)).toEqual(want)
    const s = r.schema.find((x) => x.name === col)!
    expect(s.decimal).toBe(decimal)
    expect(Boolean(s.decimalAmbiguous)).toBe(Boolean(ambiguous))
  })

  test('overriding the decimal mark re-parses the original text, never the numbers', async () => {
    const r = await parse('a,b\n1.234,2.55\n5.678,3.25\n', 't.csv')
    expect(nums(r, 'a')).toEqual([1.234, 5.678])
    const o = setColumnFormat(r.table, r.schema, 'a', { decimal: ',' })
    expect(nums(o, 'a')).toEqual([1234, 5678])
    expect(o.schema.find((s) => s.name === 'a')).toMatchObject({ type: 'integer', decimal: ',', decimalAmbiguous: false })
    const back = setColumnFormat(o.table, o.schema, 'a', { decimal: '.' })
    expect(nums(back, 'a')).toEqual([1.234, 5.678])
    // to text: the file's spelling comes back (not "1234")
    const t = applySchemaOverride(o.table, o.schema, 'a', { type: 'category' })
    expect(texts(t, 'a')).toEqual(['1.234', '5.678'])
  })

  test('forcing a "1.234.567 / 1.5" text column to float keeps what fits and counts the rest', async () => {
    const r = await parse('v;x\n1.234.567;1\n1.5;2\n2.000.000;3\n', 't.csv')
    const o = setColumnFormat(r.table, r.schema, 'v', { decimal: ',' })
    expect(nums(o, 'v')).toEqual([1234567, NaN, 2000000])
    expect(english(o.warnings)).toMatch(/1 row\(s\) do not fit "," as the decimal mark \(rows 2: "1.5"\)/)
  })

  test('the issue\'s population column: integer type reads 505.985 as 505985', async () => {
    const r = await parse('municipio;pob\nMadrid;3.223.334\nLeganés;189.861\nGetafe;185.180\n', 'pob.csv')
    expect(nums(r, 'pob')).toEqual([3223334, 189861, 185180])
    expect(r.schema.find((s) => s.name === 'pob')!.type).toBe('integer')
  })
})

describe('dates', () => {
  test.each([
    ['12/1/10 8:26', 'mdy', Date.UTC(2010, 11, 1, 8, 26)],
    ['1/12/68', 'dmy', Date.UTC(2068, 11, 1)],
    ['1/12/69', 'dmy', Date.UTC(1969, 11, 1)],
    ['01-Dec-2010', 'dmy', Date.UTC(2010, 11, 1)],
    ['01-Dec-10 08:26', 'dmy', Date.UTC(2010, 11, 1, 8, 26)],
    ['1 dic 2010', 'dmy', Date.UTC(2010, 11, 1)],
    ['1 de diciembre de 2010', 'dmy', Date.UTC(2010, 11, 1)],
    ['15 ago. 2011', 'dmy', Date.UTC(2011, 7, 15)],
    ['Dec 1, 2010', 'mdy', Date.UTC(2010, 11, 1)],
    ['2010-12-01T08:26:00-05:00', 'ymd', Date.UTC(2010, 11, 1, 13, 26)],
    ['2010-12-01 08:26:00 UTC', 'ymd', Date.UTC(2010, 11, 1, 8, 26)],
    ['31-Foo-2010', 'dmy', NaN],
  ] as const)('%s', (text, order, ms) => {
    expect(parseDate(text, order)).toBe(ms)
  })

  test.each([
    [['12/1/10 8:26', '12/13/10 9:00'], { order: 'mdy', hasTime: true, ambiguous: false, twoDigitYear: true }],
    [['13/1/10', '1/2/10'], { order: 'dmy', hasTime: false, ambiguous: false, twoDigitYear: true }],
    [['01-Dec-2010', '02-Ene-2011'], { order: 'dmy', hasTime: false, ambiguous: false, monthNames: true }],
  ] as const)('order decided from the values: %j', (values, want) => {
    expect(detectDateFormat(values)).toEqual(want)
  })

  test('the column shows its order; another order re-reads the text', async () => {
    const r = await parse('d,x\n01/02/2020,1\n03/04/2020,2\n', 'd.csv')
    const s = r.schema.find((x) => x.name === 'd')!
    expect(s).toMatchObject({ type: 'date', dateOrder: 'dmy', dateAmbiguous: true })
    expect(nums(r, 'd')).toEqual([Date.UTC(2020, 1, 1), Date.UTC(2020, 3, 3)])
    const o = setColumnFormat(r.table, r.schema, 'd', { dateOrder: 'mdy' })
    expect(nums(o, 'd')).toEqual([Date.UTC(2020, 0, 2), Date.UTC(2020, 2, 4)])
    expect(o.schema.find((x) => x.name === 'd')).toMatchObject({ dateOrder: 'mdy', dateAmbiguous: false })
  })
})

describe('encodings', () => {
  const utf16 = (s: string, be: boolean): Uint8Array => {
    const out = new Uint8Array(2 + s.length * 2)
    out.set(be ? [0xfe, 0xff] : [0xff, 0xfe])
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i)
      out[2 + 2 * i] = be ? c >> 8 : c & 255
      out[3 + 2 * i] = be ? c & 255 : c >> 8
    }
    return out
  }
  test.each([
    ['utf-16le', false],
    ['utf-16be', true],
  ] as const)('%s with BOM', async (encoding, be) => {
    const r = await parse(utf16('nombre\tciudad\nJosé\tMálaga\nÑoño\tLeón\n', be), 'u.txt')
    expect(r.encoding).toBe(encoding)
    expect(r.table.columns.map((c) => c.name)).toEqual(['nombre', 'ciudad'])
    expect(texts(r, 'ciudad')).toEqual(['Málaga', 'León'])
  })
})

describe('basket files', () => {
  const lines = (n: number): string => Array.from({ length: n }, (_, i) => Array.from({ length: 1 + (i % 7) }, (_, k) => `item${(i + k) % 11}`).join(',')).join('\n') + '\n'

  test('suggested when field counts vary widely, not for a table with a ragged row', () => {
    expect(looksLikeBaskets(lines(40))).toEqual({ sep: ',', min: 1, max: 7 })
    const table = 'a,b,c\n' + Array.from({ length: 40 }, (_, i) => (i === 5 ? '1,2' : `${i},x,y`)).join('\n') + '\n'
    expect(looksLikeBaskets(table)).toBeNull()
  })

  test.each([
    ['auto', undefined],
    ['explicit', true],
  ] as const)('basket per line (%s) and item per row give the same baskets', async (_m, baskets) => {
    const text = lines(40)
    const r = await parse(text, 'b.csv', baskets === undefined ? {} : { baskets })
    expect(r.format).toBe('baskets')
    if (baskets === undefined) expect(english(r.warnings)).toMatch(/read as one basket per line/)
    const perRow = 'basket,item\n' + text.trim().split('\n').flatMap((l, i) => l.split(',').map((it) => `${i},${it}`)).join('\n') + '\n'
    const t = await parse(perRow, 'rows.csv')
    const a = basketsFromTable(r.table, 'basket', 'item')
    const b = basketsFromTable(t.table, 'basket', 'item')
    expect(a.items).toEqual(b.items)
    expect(Array.from(a.offsets)).toEqual(Array.from(b.offsets))
    expect(Array.from(a.codes)).toEqual(Array.from(b.codes))
  })

  test('baskets: false keeps it a table (and the ragged message names the basket option)', async () => {
    const e = await rejects(parse(lines(40), 'b.csv', { baskets: false }))
    expect(e.code).toBe('ragged')
    expect(e.message).toMatch(/one basket per line/)
  })

  test(`a basket line over ${MAX_BASKET_ITEMS} items is refused with its line`, async () => {
    const long = Array.from({ length: MAX_BASKET_ITEMS + 1 }, (_, k) => `i${k}`).join(',')
    const e = await rejects(parse(`a,b\n${long}\nc\n`, 'b.csv', { baskets: true }))
    expect(e.code).toBe('basket-line')
    expect(e.row).toBe(2)
    expect(e.message).toMatch(/line 2 lists 10,001 items/)
  })
})

describe('several files as one dataset', () => {
  const part = (rows: string[], header = 'id,amount,when'): Uint8Array => enc(`${header}\n${rows.join('\n')}\n`)

  test('parts appended with a source column; types decided over all rows', async () => {
    const r = await parseParts(
      [
        { name: 'p1.csv', bytes: part(['1,10.5,2020-01-01', '2,3,2020-01-02']) },
        { name: 'p2.csv', bytes: part(['3,x,2020-01-03']) },
      ],
      'all',
    )
    expect(r.table.nRows).toBe(3)
    expect(texts(r, 'source_file')).toEqual(['p1.csv', 'p1.csv', 'p2.csv'])
    expect(texts(r, 'amount')).toEqual(['10.5', '3', 'x'])
    expect(english(r.warnings)).toMatch(/"amount" is numbers in p1.csv but text in p2.csv \(e.g. "x"\)/)
    expect(r.schema.find((s) => s.name === 'when')!.type).toBe('date')
    expect(r.parts).toEqual([{ file: 'p1.csv', rows: 2 }, { file: 'p2.csv', rows: 1 }])
  })

  test('a .zip of parts (natural order, folders and __MACOSX left out)', async () => {
    const zip = zipSync({
      'x/part10.csv': part(['10,1,2020-01-10']),
      'x/part2.csv': part(['2,1,2020-01-02']),
      '__MACOSX/x/._part2.csv': enc('junk'),
      'x/readme.md': enc('not data'),
    })
    const r = await parse(zip, 'parts.zip')
    expect(texts(r, 'source_file')).toEqual(['part2.csv', 'part10.csv'])
    expect(nums(r, 'id')).toEqual([2, 10])
  })

  test('a .zip of differing schemas: reported, nothing appended', async () => {
    const zip = zipSync({ 'a.csv': part(['1,2,2020-01-01']), 'b.csv': part(['1,2'], 'id,total'), 'c.csv': part(['1,2,2020-01-01']) })
    const e = await rejects(parse(zip, 'mixed.zip'))
    expect(e.code).toBe('append-schema')
    expect(e.message).toMatch(/b.csv lacks "amount", "when" and has "total" in addition/)
    expect(e.message).toMatch(/nothing was appended/)
  })

  test('basket files appended keep their baskets apart', async () => {
    const r = await parseParts([{ name: 'a.csv', bytes: enc('x,y\nz\n') }, { name: 'b.csv', bytes: enc('x\ny,z\n') }], 'b', { baskets: true })
    expect(nums(r, 'basket')).toEqual([0, 0, 1, 2, 3, 3])
  })

  test('CLI: several --data paths (NUL-joined by parseArgs) and one .zip', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parts-'))
    try {
      const { writeFileSync } = await import('node:fs')
      writeFileSync(join(dir, 'a.csv'), part(['1,2,2020-01-01']))
      writeFileSync(join(dir, 'b.csv'), part(['3,4,2020-01-02']))
      const r = await readTableFileFull(`${join(dir, 'a.csv')}\0${join(dir, 'b.csv')}`)
      expect(texts(r, 'source_file')).toEqual(['a.csv', 'b.csv'])
      const { parseArgs } = await import('../../../src/cli/args')
      expect(parseArgs(['--data', 'a.csv', '--data', 'b.csv']).flags.get('data')).toBe('a.csv\0b.csv')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('Parquet', () => {
  let dir = ''
  const file = (n: string): string => join(dir, n)
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pq-'))
    const c = await (await DuckDBInstance.create(':memory:')).connect()
    await c.run(`CREATE TABLE t AS SELECT * FROM (VALUES
      (536365::BIGINT, 'WHITE HANGING HEART', 6::INTEGER, 2.55::DOUBLE, TIMESTAMP '2010-12-01 08:26:00', DATE '2010-12-01', true, [1, 2], {'a': 1}),
      (536366, 'RED BAG', NULL, 1.85, TIMESTAMP '2010-12-01 08:28:00', DATE '2010-12-02', false, [3], {'a': 2}),
      (536367, NULL, 12, NULL, NULL, NULL, NULL, NULL, NULL)
    ) v(invoice, description, quantity, price, ts, day, flag, tags, rec)`)
    for (const codec of ['snappy', 'gzip', 'zstd']) {
      await c.run(`COPY t TO '${file(`t_${codec}.parquet`)}' (FORMAT parquet, COMPRESSION ${codec})`)
    }
    await c.run(`COPY (SELECT [1, 2] AS tags, {'a': 1} AS rec) TO '${file('nested.parquet')}' (FORMAT parquet)`)
    // several row groups, for progress and cancel
    await c.run(`COPY (SELECT range AS i, 'item ' || (range % 97) AS s FROM range(10000)) TO '${file('big.parquet')}' (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 2048)`)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  test.each(['snappy', 'gzip', 'zstd'])('%s: flat columns typed, nested ones skipped and named', async (codec) => {
    const r = await readTableFileFull(file(`t_${codec}.parquet`))
    expect(r.format).toBe('parquet')
    expect(r.table.columns.map((c) => c.name)).toEqual(['invoice', 'description', 'quantity', 'price', 'ts', 'day', 'flag'])
    expect(nums(r, 'invoice')).toEqual([536365, 536366, 536367])
    expect(texts(r, 'description')).toEqual(['WHITE HANGING HEART', 'RED BAG', null])
    expect(nums(r, 'quantity')).toEqual([6, NaN, 12])
    expect(nums(r, 'price')).toEqual([2.55, 1.85, NaN])
    expect(nums(r, 'ts')).toEqual([Date.UTC(2010, 11, 1, 8, 26), Date.UTC(2010, 11, 1, 8, 28), NaN])
    expect(nums(r, 'day')).toEqual([Date.UTC(2010, 11, 1), Date.UTC(2010, 11, 2), NaN])
    expect(nums(r, 'flag')).toEqual([1, 0, NaN])
    expect(r.schema.find((s) => s.name === 'ts')).toMatchObject({ type: 'datetime', role: 'date' })
    expect(r.schema.find((s) => s.name === 'day')).toMatchObject({ type: 'date', role: 'date' })
    expect(r.skipped).toEqual([
      { column: 'tags', type: 'list' },
      { column: 'rec', type: 'struct' },
    ])
    expect(english(r.warnings)).toMatch(/"tags" \(list\), "rec" \(struct\)/)
  })

  test('row group by row group, with byte progress', async () => {
    const progress: number[] = []
    const r = await readTableFileFull(file('big.parquet'), {}, { onProgress: (f) => progress.push(f) })
    expect(r.table.nRows).toBe(10000)
    const i = nums(r, 'i')
    expect(i[0] + i[4999] + i[9999]).toBe(0 + 4999 + 9999)
    expect(texts(r, 's')[9999]).toBe(`item ${9999 % 97}`)
    const mid = progress.filter((p) => p > 0 && p < 0.9)
    expect(mid.length).toBeGreaterThanOrEqual(3)
  })

  test.each([
    ['only nested columns', () => new Uint8Array(readFileSync(file('nested.parquet'))), 'nested.parquet', /has no column this app can read: "tags" \(list\), "rec" \(struct\)/],
    ['named .parquet, not Parquet', () => enc('a,b\n1,2\n'), 'fake.parquet', /named .parquet but does not start like a Parquet file/],
  ] as const)('bad input: %s', async (_name, bytes, name, message) => {
    const e = await rejects(parse(bytes(), name))
    expect(e.code).toBe('parquet')
    expect(e.message).toMatch(message)
  })

  test('a truncated .zip: code zip, what to do', async () => {
    const zip = zipSync({ 'a.csv': enc('id\n1\n'.repeat(2000)), 'b.csv': enc('id\n2\n') })
    const e = await rejects(parse(zip.subarray(0, 200), 'cut.zip'))
    expect(e.code).toBe('zip')
    expect(e.message).toMatch(/cut.zip could not be unzipped .*get it again/)
  })

  test('a truncated file: clear error, code parquet', async () => {
    const full = readFileSync(file('t_snappy.parquet'))
    const e = await rejects(parse(new Uint8Array(full.subarray(0, Math.floor(full.length / 2))), 'cut.parquet'))
    expect(e.code).toBe('parquet')
    expect(e.message).toMatch(/cut.parquet is not a complete Parquet file/)
  })

  test('cancel between row groups', async () => {
    const token = { cancelled: false }
    const seen: number[] = []
    const run = readTableFileFull(file('big.parquet'), {}, {
      cancel: token,
      onProgress: (f) => {
        seen.push(f)
        token.cancelled = true // after the first row group's progress
      },
    })
    await expect(run).rejects.toThrow(/cancel/i)
    expect(seen.length).toBe(1)
  })
})
