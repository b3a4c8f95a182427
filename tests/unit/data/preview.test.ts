import { describe, expect, it } from 'vitest'
import { PREVIEW_CELL_LIMIT, PREVIEW_CELL_SHOWN, previewCell } from '../../../src/data/preview'
import { profileColumn } from '../../../src/data/profile'
import { stringColumn } from '../../../src/data/table'

describe('huge cells in previews', () => {
  it('shortens a cell only above 1 MB of text, to its first 1,000 characters and an ellipsis', () => {
    expect(PREVIEW_CELL_LIMIT).toBe(1_000_000)
    const atLimit = 'a'.repeat(1_000_000)
    expect(previewCell(atLimit)).toEqual({ text: atLimit, cut: false })
    const over = 'b'.repeat(1_000_001)
    const p = previewCell(over)
    expect(p.cut).toBe(true)
    expect(p.text).toHaveLength(PREVIEW_CELL_SHOWN + 1)
    expect(p.text.endsWith('b…')).toBe(true)
  })

  it('a profile shows a huge top value shortened; the column keeps it whole', () => {
    const big = 'x'.repeat(2_000_000)
    const col = stringColumn('notes', [big, big, 'short', null])
    const prof = profileColumn(col, { name: 'notes', type: 'category', role: 'feature' } as never)
    const values = prof.top!.map((t) => t.value)
    expect(values).toContain('short')
    expect(values.find((v) => v.startsWith('x'))).toHaveLength(1_001)
    expect(col.levels.find((l) => l.startsWith('x'))).toHaveLength(2_000_000)
  })
})
