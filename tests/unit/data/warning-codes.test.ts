import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseFile } from '@/data/parse'
import { readTableFile } from '@/data/node'
import { renderMessage } from '@/i18n/render'
import { isMessage, type Label } from '@/ml/core/message'

const enc = (s: string): Uint8Array => new TextEncoder().encode(s)
const codes = (ws: readonly Label[]): string[] => ws.map((w) => (isMessage(w) ? w.code : `text:${w}`))
const es = (w: Label): string => (typeof w === 'string' ? w : renderMessage(w, 'es'))

describe('data warnings are message codes (app in EN/ES, CLI in English)', () => {
  it('duplicate and unnamed columns, an empty column, ambiguous dates', async () => {
    const r = await parseFile(enc('x,x,,when,blank\n1,2,3,03/04/2024,\n4,5,6,05/06/2024,\n7,8,9,07/08/2024,\n'), 'c.csv')
    expect(codes(r.warnings)).toEqual(expect.arrayContaining(['data.warn.unnamedColumns', 'data.warn.duplicateColumns', 'data.warn.emptyColumn', 'data.warn.dateAmbiguous']))
    const byCode = (c: string): Label => r.warnings.find((w) => isMessage(w) && w.code === c)!
    expect(es(byCode('data.warn.emptyColumn'))).toBe('c.csv: la columna "blank" está vacía en las 3 filas; su rol pasa a ignorar.')
    expect(es(byCode('data.warn.duplicateColumns'))).toBe('c.csv: se han renombrado nombres de columna repetidos: "x" → "x_2".')
    expect(es(byCode('data.warn.unnamedColumns'))).toBe('c.csv: 1 columna no tiene nombre en la cabecera (posición 3); se llama column_<posición>. Renómbrala en el fichero o en el esquema si importa.')
    expect(es(byCode('data.warn.dateAmbiguous'))).toMatch(/^c\.csv: columna "when": todas las fechas pueden leerse como día\/mes o como mes\/día/)
  })
  it('Windows-1252 fallback and a .tsv that is not tab-separated', async () => {
    const latin = new Uint8Array([...enc('nombre;ciudad\nJos'), 0xe9, ...enc(';C'), 0xe1, ...enc('diz\n')])
    const r = await parseFile(latin, 'l.tsv')
    expect(codes(r.warnings)).toEqual(expect.arrayContaining(['data.warn.encoding', 'data.warn.tsvOther']))
    const tsv = r.warnings.find((w) => isMessage(w) && w.code === 'data.warn.tsvOther')!
    expect(es(tsv)).toBe('l.tsv: se llama .tsv pero las líneas se separan mejor por punto y coma; se ha leído como separado por punto y coma.')
    expect(es(r.warnings.find((w) => isMessage(w) && w.code === 'data.warn.encoding')!)).toMatch(/^l\.tsv: los bytes no son UTF-8 válido; se ha leído como Windows-1252/)
  })
  it('the CLI reader hands back the English sentences', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warn-codes-'))
    try {
      const p = join(dir, 'c.tsv')
      writeFileSync(p, 'a;a;b\n1;2;\n3;4;\n')
      const { warnings } = await readTableFile(p)
      expect(warnings).toEqual(expect.arrayContaining([
        'c.tsv: duplicate column names were renamed: "a" → "a_2".',
        'c.tsv: column "b" is empty in all 2 rows; its role is set to ignore.',
        'c.tsv: named .tsv but the lines split best on semicolon; read as semicolon-separated.',
      ]))
      expect(warnings.every((w) => typeof w === 'string')).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
