import { describe, expect, test } from 'vitest'
import { COMMA, csvCell, csvRow, csvStyle, csvStyleForLocale, formatCsvNumber, restyleCsv, toCsv, type CsvValue } from '../../../src/data/csv'
import { parseFile } from '../../../src/data/parse/index'
import { cellString, getColumn, type NumericColumn } from '../../../src/data/table'

const SEMI = csvStyle('semicolon')

// Expected cells written by hand from the rules in src/data/csv.ts (OWASP CSV injection, RFC 4180).
const CASES: [string, CsvValue, string, string][] = [
  // name, value, with `,` + `.`, with `;` + `,`
  ['formula =', '=SUM(A1:A9)', "'=SUM(A1:A9)", "'=SUM(A1:A9)"],
  ['formula = with quotes and comma', '=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`, `"'=HYPERLINK(""http://x"",""y"")"`],
  ['formula +', '+cmd', "'+cmd", "'+cmd"],
  ['formula -', '-1+1|calc', "'-1+1|calc", "'-1+1|calc"],
  ['formula @', '@SUM(A1)', "'@SUM(A1)", "'@SUM(A1)"],
  ['leading tab', '\tx', "'\tx", "'\tx"],
  ['leading CR', '\rx', `"'\rx"`, `"'\rx"`],
  ['-3.5 as text', '-3.5', "'-3.5", "'-3.5"],
  ['+1 as text', '+1', "'+1", "'+1"],
  ['-3.5 as number', -3.5, '-3.5', '-3,5'],
  ['integer', 42, '42', '42'],
  ['negative zero', -0, '0', '0'],
  ['tiny number, no exponent', 1.5e-7, '0.00000015', '0,00000015'],
  ['huge number, no exponent', 1.25e21, '1250000000000000000000', '1250000000000000000000'],
  ['NaN is missing', NaN, '', ''],
  ['null is missing', null, '', ''],
  ['undefined is missing', undefined, '', ''],
  ['+Infinity', Infinity, 'Infinity', 'Infinity'],
  ['-Infinity is a number, not prefixed', -Infinity, '-Infinity', '-Infinity'],
  ['boolean', true, 'true', 'true'],
  ['comma in text', 'a,b', '"a,b"', 'a,b'],
  ['semicolon in text', 'a;b', 'a;b', '"a;b"'],
  ['quotes', 'say "hi"', '"say ""hi"""', '"say ""hi"""'],
  ['newline', 'two\nlines', '"two\nlines"', '"two\nlines"'],
  ['CRLF inside', 'a\r\nb', '"a\r\nb"', '"a\r\nb"'],
  ['edge spaces kept', ' padded ', '" padded "', '" padded "'],
  ['apostrophe in the middle', "Can't lose them", "Can't lose them", "Can't lose them"],
  ['accents', 'Señora Muñoz', 'Señora Muñoz', 'Señora Muñoz'],
  ['empty text', '', '', ''],
]

describe('the one CSV writer', () => {
  test.each(CASES)('%s', (_name, value, comma, semi) => {
    expect(csvCell(value)).toBe(comma)
    expect(csvCell(value, SEMI)).toBe(semi)
  })

  test('documents: header, LF line ends, BOM only when asked', () => {
    expect(toCsv(['a', 'b'], [[1.5, '=x'], [null, 'y']])).toBe("a,b\n1.5,'=x\n,y\n")
    expect(toCsv(['a', 'b'], [[1.5, '=x']], SEMI)).toBe("a;b\n1,5;'=x\n")
    expect(toCsv(['a'], [[1]], csvStyle('semicolon', true))).toBe('\uFEFFa\n1\n')
    expect(csvRow(['x', 2.5, null], COMMA)).toBe('x,2.5,')
  })

  test('numbers read back to the same double', () => {
    for (const v of [0.1 + 0.2, 1 / 3, -123456.789, 5e-324, 1.7976931348623157e308, 2 ** 53 + 2]) expect(Number(formatCsvNumber(v))).toBe(v)
  })

  test('style from the UI locale', () => {
    expect(csvStyleForLocale('en')).toBe('comma')
    expect(csvStyleForLocale('en-US')).toBe('comma')
    expect(csvStyleForLocale('es')).toBe('semicolon')
    expect(csvStyleForLocale('de-DE')).toBe('semicolon')
    expect(csvStyleForLocale('not a locale!')).toBe('comma')
  })

  test('restyling a default export equals writing it in that style', () => {
    const header = ['id', 'amount', 'note']
    const rows: CsvValue[][] = [
      ['C-1', -3.5, 'a,b'],
      ['=cmd', 1234.25, 'x;y'],
      ['007', 1.5e-7, 'say "hi"\nbye'],
      ['3.5', NaN, ' edge '],
      [null, Infinity, ''],
    ]
    for (const style of [SEMI, csvStyle('semicolon', true), csvStyle('comma', true), COMMA]) {
      const direct = toCsv(header, rows, style)
      const restyled = restyleCsv(toCsv(header, rows), style)
      // the text "3.5" is indistinguishable from a number once written; the restyle gives it the decimal mark
      expect(restyled).toBe(style === COMMA || style.decimal === '.' ? direct : direct.replace('\n3.5;', '\n3,5;'))
    }
    expect(restyleCsv('a,b\n1,', SEMI)).toBe('a;b\n1;')
  })

  test('a `;` + decimal-comma export round-trips through our own parser', async () => {
    const header = ['customer', 'amount', 'share', 'note']
    const rows: CsvValue[][] = [
      ['Muñoz', 1234.5, -0.75, '=HYPERLINK("x")'],
      ['O\'Brien; Jr', 12, 0.000001, 'line\nbreak'],
      ['-3.5', -2.25, NaN, 'a,b'],
    ]
    const text = toCsv(header, rows, csvStyle('semicolon', true))
    const r = await parseFile(new TextEncoder().encode(text), 'export.csv')
    expect(r.delimiter).toBe(';')
    expect(r.table.columns.map((c) => c.name)).toEqual(header)
    const amount = getColumn(r.table, 'amount') as NumericColumn
    expect(amount.storage).toBe('number')
    expect(Array.from(amount.values)).toEqual([1234.5, 12, -2.25])
    const share = getColumn(r.table, 'share') as NumericColumn
    expect(share.storage).toBe('number')
    expect(Array.from(share.values)).toEqual([-0.75, 0.000001, NaN])
    const text0 = (name: string) => Array.from({ length: r.table.nRows }, (_, i) => cellString(getColumn(r.table, name), i))
    // text comes back with the injection prefix a spreadsheet would hide
    expect(text0('customer')).toEqual(['Muñoz', "O'Brien; Jr", "'-3.5"])
    expect(text0('note')).toEqual([`'=HYPERLINK("x")`, 'line\nbreak', 'a,b'])
  })
})
