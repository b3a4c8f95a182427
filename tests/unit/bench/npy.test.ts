import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { writeNpy } from '../../../bench/npy'

// The format as numpy documents it (numpy.lib.format, version 1.0): magic, major/minor, a
// little-endian uint16 header length, then an ASCII dict padded with spaces and ended by '\n' so
// that the data starts on a multiple of 64 bytes.
const dir = mkdtempSync(join(tmpdir(), 'npy-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function parse(path: string): { header: string; data: Buffer; start: number } {
  const b = readFileSync(path)
  expect(b.subarray(0, 6).toString('latin1')).toBe('\x93NUMPY')
  expect([b[6], b[7]]).toEqual([1, 0])
  const len = b.readUInt16LE(8)
  return { header: b.subarray(10, 10 + len).toString('latin1'), data: b.subarray(10 + len), start: 10 + len }
}

describe('bench .npy writer', () => {
  it('writes a 2×3 float64 matrix in C order with an aligned header', () => {
    const p = join(dir, 'x.npy')
    writeNpy(p, Float64Array.from([1, 2, 3, 4, 5, -0.5]), [2, 3])
    const { header, data, start } = parse(p)
    expect(start % 64).toBe(0)
    expect(header.endsWith('\n')).toBe(true)
    expect(header).toMatch(/^\{'descr': '<f8', 'fortran_order': False, 'shape': \(2, 3\), \} *\n$/)
    expect(data.length).toBe(6 * 8)
    expect(data.readDoubleLE(5 * 8)).toBe(-0.5)
    expect(data.readDoubleLE(3 * 8)).toBe(4)
  })

  it('writes a 1-d uint8 vector with the one-element tuple shape numpy expects', () => {
    const p = join(dir, 'y.npy')
    writeNpy(p, Uint8Array.from([0, 1, 1, 0, 1]), [5])
    const { header, data, start } = parse(p)
    expect(start % 64).toBe(0)
    expect(header).toContain("'descr': '|u1'")
    expect(header).toContain("'shape': (5,)")
    expect([...data]).toEqual([0, 1, 1, 0, 1])
  })
})
