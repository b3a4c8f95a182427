import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { DataError } from '../../../src/data/errors'
import { DelimitedTokenizer, sniffDelimiter } from '../../../src/data/parse/delimited'
import { parseFile } from '../../../src/data/parse/index'
import { CancelledError } from '../../../src/ml/core/progress'
import { cellString, getColumn, type NumericColumn, type StringColumn } from '../../../src/data/table'
import { enc, gzip, makeXlsx, parse } from './helpers'
import { englishText as english } from './english'

const str = (r: { table: { columns: { name: string }[] } }, name: string): (string | null)[] => {
  const t = (r as unknown as { table: Parameters<typeof getColumn>[0] }).table
  const c = getColumn(t, name)
  return Array.from({ length: t.nRows }, (_, i) => (cellString(c, i) === '' ? null : cellString(c, i)))
}

async function parseError(content: string | Uint8Array, name = 'bad.csv', opts = {}): Promise<DataError> {
  try {
    await parse(content, name, opts)
  } catch (e) {
    expect(e).toBeInstanceOf(DataError)
    return e as DataError
  }
  throw new Error('expected a DataError')
}

function halfGzip(): Uint8Array {
  const g = gzip('a,b\n' + Array.from({ length: 5000 }, (_, i) => `${i},${(i * 7919) % 10007}`).join('\n'))
  return g.subarray(0, g.length >> 1)
}

describe('bad input: refused with a message naming the file and what to do', () => {
  const latin1Binary = new Uint8Array([0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x00, 0xff, 0x10, 0x00])
  const cases: { what: string; content: string | Uint8Array; name?: string; opts?: object; code: string; mentions: RegExp[] }[] = [
    { what: 'empty file', content: '', code: 'empty', mentions: [/bad\.csv/, /empty/] },
    { what: 'only blank lines', content: '\n\n\r\n', code: 'empty', mentions: [/bad\.csv/, /header/] },
    { what: 'header only', content: 'a,b,c\n', code: 'header-only', mentions: [/bad\.csv/, /a, b, c/, /no data rows/] },
    { what: 'binary file renamed .csv', content: latin1Binary, code: 'binary', mentions: [/bad\.csv/, /binary/, /\.xlsx/] },
    { what: 'unknown extension with binary content', content: latin1Binary, name: 'data.bin', code: 'binary', mentions: [/data\.bin/, /\.csv/] },
    { what: 'legacy .xls', content: 'whatever', name: 'old.xls', code: 'unknown-format', mentions: [/old\.xls/, /\.xlsx or CSV/] },
    { what: 'most rows disagree with the header', content: 'a,b,c\n1;2;3\n4;5;6\n7;8;9\n', opts: { sep: ',' }, code: 'ragged', mentions: [/bad\.csv/, /line 2/, /delimiter/] },
    { what: 'truncated .gz', content: halfGzip(), name: 'cut.csv.gz', code: 'gzip', mentions: [/cut\.csv\.gz/, /gzip/, /again/] },
    { what: 'JSON that is not an array of records', content: '{"a": 1}', name: 'x.json', code: 'json', mentions: [/x\.json/, /array of records/] },
    { what: 'invalid JSON', content: '[{"a": 1},', name: 'x.json', code: 'json', mentions: [/x\.json/, /not valid JSON/] },
    { what: 'xlsx with no zip inside', content: 'a,b\n1,2\n', name: 'x.xlsx', code: 'xlsx', mentions: [/x\.xlsx/] },
  ]
  test.each(cases)('$what', async ({ content, name, opts, code, mentions }) => {
    const e = await parseError(content, name ?? 'bad.csv', opts ?? {})
    expect(e.code).toBe(code)
    expect(e.file).toBe(name ?? 'bad.csv')
    for (const m of mentions) expect(e.message).toMatch(m)
  })

  test('xlsx with several sheets asks which one, naming them; --sheet picks one', async () => {
    const x = makeXlsx([
      { name: 'Customers', rows: [['id', 'age'], [1, 30], [2, 40]] },
      { name: 'Regions', rows: [['code', 'pop'], ['N', 5]] },
    ])
    const e = await parseError(x, 'book.xlsx')
    expect(e.code).toBe('sheet')
    expect(e.message).toMatch(/"Customers", "Regions"/)
    expect(e.message).toMatch(/Which one/)
    expect(e.sheets).toEqual(["Customers", "Regions"])
    const r = await parse(x, 'book.xlsx', { sheet: 'Regions' })
    expect(r.table.nRows).toBe(1)
    expect(r.table.columns.map((c) => c.name)).toEqual(['code', 'pop'])
    const e2 = await parseError(x, 'book.xlsx', { sheet: 'Nope' })
    expect(e2.message).toMatch(/no sheet "Nope"/)
  })
})

describe('bad input: loaded with a warning', () => {
  test('ragged rows are padded / cut and their lines reported', async () => {
    const r = await parse('a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n1,2,3\n', 'r.csv')
    expect(r.table.nRows).toBe(5)
    expect(str(r, 'c')).toEqual(['3', null, '8', '12', '3'])
    const w = english(r.warnings)
    expect(w).toMatch(/r\.csv: 2 row\(s\)/)
    expect(w).toMatch(/line 3 \(2 fields\)/)
    expect(w).toMatch(/line 4 \(4 fields\)/)
    expect(w).toMatch(/padded/)
  })

  test('a trailing delimiter on every line is not ragged', async () => {
    const r = await parse('a,b\n1,2,\n3,4,\n')
    expect(r.warnings).toEqual([])
    expect(r.table.nRows).toBe(2)
  })

  test('duplicate and empty column names are renamed', async () => {
    const r = await parse('x,x,,y\n1,2,3,4\n5,6,7,8\n', 'd.csv')
    expect(r.table.columns.map((c) => c.name)).toEqual(['x', 'x_2', 'column_3', 'y'])
    expect(english(r.warnings)).toMatch(/no name.*position 3/)
    expect(english(r.warnings)).toMatch(/"x" → "x_2"/)
  })

  test('quoted fields with embedded newlines, delimiters and doubled quotes; later lines still numbered right', async () => {
    const r = await parse('id,text\n1,"line one\nline two, still ""quoted"""\n2,plain\n3,x,extra\n4,y\n5,z\n', 'q.csv')
    expect(str(r, 'text')).toEqual(['line one\nline two, still "quoted"', 'plain', 'x', 'y', 'z'])
    expect(english(r.warnings)).toMatch(/line 5 \(3 fields\)/)
  })

  test('CRLF and CR line ends', async () => {
    expect(str(await parse('a,b\r\n1,x\r\n2,y\r\n'), 'b')).toEqual(['x', 'y'])
    expect(str(await parse('a,b\r1,x\r2,y'), 'b')).toEqual(['x', 'y'])
  })

  test('a column missing in every row: warned, role ignore', async () => {
    const r = await parse('a,b\n1,\n2,\n3,NA\n', 'm.csv')
    expect(english(r.warnings)).toMatch(/m\.csv: column "b" is empty in all 3 rows/)
    expect(r.schema[1].role).toBe('ignore')
  })

  test('mixed numbers and text stay text, with the column and example rows named', async () => {
    const r = await parse('age,x\n30,1\n41,2\nunknown,3\n25,4\n', 'mix.csv')
    expect(r.table.columns[0].storage).toBe('string')
    expect(str(r, 'age')).toEqual(['30', '41', 'unknown', '25'])
    expect(english(r.warnings)).toMatch(/column "age" mixes numbers \(3 rows\) and text \(1 row, e\.g\. row 3: "unknown"\)/)
  })

  test('Latin-1 / Windows-1252 bytes are decoded as such, with a warning', async () => {
    const bytes = new Uint8Array([...enc('name,city\n'), 0x4a, 0x6f, 0x73, 0xe9, 0x2c, 0x4d, 0xe1, 0x6c, 0x61, 0x67, 0x61, 0x0a, 0x80, 0x2c, 0x78, 0x0a])
    const r = await parse(bytes, 'l1.csv')
    expect(r.encoding).toBe('windows-1252')
    expect(str(r, 'name')).toEqual(['José', '€'])
    expect(str(r, 'city')).toEqual(['Málaga', 'x'])
    expect(english(r.warnings)).toMatch(/l1\.csv: the bytes are not valid UTF-8; read as Windows-1252/)
  })

  test('invalid UTF-8 only after the first megabyte restarts as Windows-1252', async () => {
    const head = 'a,b\n' + 'xx,1\n'.repeat(300_000)
    const bytes = new Uint8Array([...enc(head), 0xe9, 0x2c, 0x32, 0x0a])
    const r = await parse(bytes, 'late.csv')
    expect(r.encoding).toBe('windows-1252')
    expect(r.table.nRows).toBe(300_001)
    expect(str(r, 'a')[300_000]).toBe('é')
  })

  test('UTF-8 with a BOM: the BOM is not part of the first name', async () => {
    const r = await parse(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('größe;ñ\n1;2\n')]), 'bom.csv')
    expect(r.encoding).toBe('utf-8')
    expect(r.table.columns.map((c) => c.name)).toEqual(['größe', 'ñ'])
  })

  test('unknown extension with text content is sniffed', async () => {
    const r = await parse('a|b\n1|2\n', 'export.dump')
    expect(r.delimiter).toBe('|')
    expect(english(r.warnings)).toMatch(/unknown extension "\.dump"/)
    const j = await parse('[{"a":1}]', 'noext')
    expect(j.format).toBe('json')
  })

  test('xlsx merged header cells: warned, columns still named', async () => {
    const x = makeXlsx([{ name: 'S', rows: [['Region', null, 'Total'], ['N', 1, 5], ['S', 2, 6]] }])
    const r = await parse(x, 'm.xlsx')
    expect(r.table.columns.map((c) => c.name)).toEqual(['Region', 'column_2', 'Total'])
    expect(english(r.warnings)).toMatch(/merged header cells \("Region"/)
  })
})

describe('formats', () => {
  test('bank-style: ; delimiter and quoted header', async () => {
    const r = await parse('"age";"job";"y"\n58;"management";"no"\n44;"technician";"yes"\n', 'bank.csv')
    expect(r.delimiter).toBe(';')
    expect(r.table.columns.map((c) => c.name)).toEqual(['age', 'job', 'y'])
    expect(Array.from((r.table.columns[0] as NumericColumn).values)).toEqual([58, 44])
    expect(r.schema.map((s) => [s.type, s.role])).toEqual([
      ['integer', 'feature'],
      ['category', 'feature'],
      ['boolean', 'target'],
    ])
  })

  test('European ";" files: decimal commas (and dot thousands) are numbers; codes and mixed columns stay text', async () => {
    const csv = 'id;precio;importe;cp;nota;mixto;ref\n' +
      '1;12,5;1.234,50;08001;"a,b";1,5;2,5\n' +
      '2;-0,75;12;28080;x;2.5;007,5\n' +
      '3;;1.000.000;41001;y;3;1\n' +
      '4;3;?;46001;z;4;2\n'
    const r = await parse(csv, 'ventas.csv')
    expect(r.delimiter).toBe(';')
    const num = (name: string): number[] => Array.from((getColumn(r.table, name) as NumericColumn).values)
    expect(num('precio')).toEqual([12.5, -0.75, NaN, 3])
    expect(num('importe')).toEqual([1234.5, 12, 1000000, NaN])
    for (const text of ['cp', 'nota', 'mixto', 'ref']) expect(getColumn(r.table, text).storage, text).toBe('string')
    expect(english(r.warnings)).toMatch(/"precio" read as numbers with "," as the decimal mark/)
    expect(english(r.warnings)).toMatch(/"importe" read as numbers with "," as the decimal mark/)
    expect(r.schema.find((s) => s.name === 'precio')!.type).toBe('float')
    // comma-separated files never: "1,5" there can only be a quoted text cell
    const c = await parse('a,b\n"1,5",x\n"2,5",y\n', 'c.csv')
    expect(c.table.columns[0].storage).toBe('string')
  })

  test('TSV and .gz', async () => {
    const r = await parse(gzip('a\tb\n1\tx y\n2\tz\n'), 'f.tsv.gz')
    expect(r.gzip).toBe(true)
    expect(r.delimiter).toBe('\t')
    expect(str(r, 'b')).toEqual(['x y', 'z'])
  })

  test('JSON array of records (keys in first-seen order, missing keys → missing)', async () => {
    const r = await parse('[{"a":1,"b":"x"},{"b":"y","c":true},{"a":2.5}]', 'r.json')
    expect(r.table.columns.map((c) => c.name)).toEqual(['a', 'b', 'c'])
    expect(Array.from((r.table.columns[0] as NumericColumn).values)).toEqual([1, NaN, 2.5])
    expect(str(r, 'b')).toEqual(['x', 'y', null])
  })

  test('xlsx numbers and strings', async () => {
    const r = await parse(makeXlsx([{ name: 'S', rows: [['n', 's'], [1.5, 'a'], [2, 'b']] }]), 's.xlsx')
    expect(Array.from((r.table.columns[0] as NumericColumn).values)).toEqual([1.5, 2])
    expect((r.table.columns[1] as StringColumn).levels).toEqual(['a', 'b'])
  })

  test('baskets: one basket per line → (basket, item) rows, items trimmed', async () => {
    const r = await parse('milk, bread ,eggs\n\nbeer\nmilk,beer\n', 'g.csv', { baskets: true })
    expect(r.table.columns.map((c) => c.name)).toEqual(['basket', 'item'])
    expect(Array.from((r.table.columns[0] as NumericColumn).values)).toEqual([0, 0, 0, 1, 2, 2])
    expect(str(r, 'item')).toEqual(['milk', 'bread', 'eggs', 'beer', 'milk', 'beer'])
  })

  test('numbers: codes with leading zeros, hex-looking and Infinity are text; "?" is missing in numbers', async () => {
    const r = await parse('zip,v,w\n01234,1,0x10\n02345,?,Infinity\n')
    expect(r.table.columns[0].storage).toBe('string')
    expect(Array.from((r.table.columns[1] as NumericColumn).values)).toEqual([1, NaN])
    expect(r.table.columns[2].storage).toBe('string')
  })

  test('a million rows, chunked, with progress and cancel', async () => {
    const text = 'i,x\n' + Array.from({ length: 1_000_000 }, (_, i) => `${i},${i % 7}`).join('\n')
    const fr: number[] = []
    const r = await parseFile(enc(text), 'big.csv', {}, { onProgress: (f) => fr.push(f) })
    expect(r.table.nRows).toBe(1_000_000)
    const x = (r.table.columns[1] as NumericColumn).values
    expect(x[999_999]).toBe(999_999 % 7)
    expect(fr.length).toBeGreaterThan(5)
    expect(fr.every((f, k) => k === 0 || f >= fr[k - 1])).toBe(true)
    expect(fr[fr.length - 1]).toBe(1)
    const cancel = { cancelled: false }
    const p = parseFile(enc(text), 'big.csv', {}, { cancel, onProgress: (f) => { if (f > 0.3) cancel.cancelled = true } })
    await expect(p).rejects.toBeInstanceOf(CancelledError)
  })
})

describe('delimiter sniffing', () => {
  test.each([
    ['a,b,c\n1,2,3\n', ','],
    ['"a";"b"\n"x,y";2\n', ';'],
    ['a\tb\n1\t2\n', '\t'],
    ['a|b|c\n1|2|3\n', '|'],
    ['name,note\n"x; y; z",1\n"p; q",2\n', ','],
    ['single\n1\n2\n', ','],
  ])('%j → %j', (text, sep) => {
    expect(sniffDelimiter(text)).toBe(sep)
  })
})

// ---------- property tests ----------
const cellArb = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', ';', '\t', '|', '"', '\n', '\r', 'é', '€', '1', '.', '-') , maxLength: 8 })

function writeCsv(rows: string[][], sep: string): string {
  const q = (v: string): string => (v.includes(sep) || v.includes('"') || v.includes('\n') || v.includes('\r') || v === '' ? `"${v.replace(/"/g, '""')}"` : v)
  return rows.map((r) => r.map(q).join(sep)).join('\n') + '\n'
}

describe('a named delimiter is not second-guessed as a basket file', () => {
  test('fast-check counterexample: quoted tabs and line breaks would make tab-split lines ragged', async () => {
    // with "," (given) every record has 4 fields; split on tabs or line breaks inside quotes, the
    // records would hold 1 to 4 fields, which alone looked like a basket file
    const rows = [['k', 'z', 'kk', 'm'], ['v', 'v', 'v', 'v'], ['v', 'v\r', 'v', 'v\ra\n'], ['v\t\n', 'v', 'v\n', 'v\t\r\t'], ['v\n', 'v\t\r', 'v\t\na', 'v\t'], ['v', 'v\t\t\t', 'v', 'v'], ['v', 'v', 'v', 'v'], ['v', 'v\t', 'v', 'v\t'], ['v\t', 'v\ra', 'v', 'v'], ['v', 'v', 'v\n\t', 'v'], ['v\n', 'v\t"', 'v', 'v']]
    const r = await parseFile(enc(writeCsv(rows, ',')), 'p.csv', { sep: ',' })
    expect(r.table.columns.map((c) => c.name)).toEqual(['k', 'z', 'kk', 'm'])
    expect(r.table.nRows).toBe(10)
    expect(cellString(getColumn(r.table, 'm'), 2)).toBe('v\t\r\t')
  })
})

describe('property: quoted CSV written with any delimiter parses back identically', () => {
  test('records, fed in random pieces (chunk boundaries anywhere)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((w) => fc.array(fc.array(cellArb, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 12 })),
        fc.constantFrom(',', ';', '\t', '|'),
        fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 6 }),
        (rows, sep, cuts) => {
          const text = writeCsv(rows, sep)
          const got: string[][] = []
          const tok = new DelimitedTokenizer(sep, (f, n) => got.push(f.slice(0, n)))
          const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b)
          let at = 0
          for (const p of points) {
            tok.push(text.slice(at, p))
            at = p
          }
          tok.push(text.slice(at), true)
          expect(got).toEqual(rows)
        },
      ),
      { numRuns: 300 },
    )
  })

  test('whole tables of text cells through parseFile (header, dictionary columns)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }).chain((w) =>
          fc.tuple(
            fc.uniqueArray(fc.string({ unit: fc.constantFrom('k', 'm', 'z', '_'), minLength: 1, maxLength: 4 }), { minLength: w, maxLength: w }),
            fc.array(fc.array(cellArb.map((s) => 'v' + s), { minLength: w, maxLength: w }), { minLength: 1, maxLength: 10 }),
          ),
        ),
        fc.constantFrom(',', ';', '\t', '|'),
        async ([header, rows], sep) => {
          const r = await parseFile(enc(writeCsv([header, ...rows], sep)), 'p.csv', { sep })
          expect(r.table.columns.map((c) => c.name)).toEqual(header)
          expect(r.table.nRows).toBe(rows.length)
          header.forEach((h, j) => {
            const c = getColumn(r.table, h)
            expect(rows.map((_, i) => cellString(c, i))).toEqual(rows.map((row) => row[j]))
          })
        },
      ),
      { numRuns: 100 },
    )
  })
})
