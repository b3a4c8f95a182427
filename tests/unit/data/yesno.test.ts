import { describe, expect, it } from 'vitest'
import { parseYesNo } from '../../../src/data/yesno'

describe('parseYesNo: the one yes/no reader', () => {
  it.each([
    ['yes', 1], ['Sí', 1], ['si', 1], ['TRUE', 1], [' y ', 1], ['x', 1], ['verdadero', 1], ['1', 1], ['2', 1], ['0.5', 1],
    ['no', 0], ['No', 0], ['false', 0], ['n', 0], ['f', 0], ['falso', 0], ['0', 0], ['0.0', 0],
    ['', null], ['   ', null],
    ['oui', undefined], ['maybe', undefined], ['yes!', undefined],
  ] as const)('%j → %j', (raw, want) => {
    expect(parseYesNo(raw)).toBe(want)
  })
})
