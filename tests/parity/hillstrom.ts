/**
 * The Hillstrom e-mail test as ../shared/reference/uplift/README.md sets it up: one arm pair, the
 * 11 features in the reference's order (one-hot with every level kept), treatment 0/1, an outcome.
 * Shared by the uplift parity test and the bench; the data stays in ../shared.
 */
import { readFileSync } from 'node:fs'
import { sharedPath } from '../shared'
import { readTableFile } from '../../src/data/node'
import { cellString, getColumn, numericValues, type Table } from '../../src/data/table'
import type { Matrix } from '../../src/ml/core/matrix'

export const HILLSTROM_FEATURES = ['recency', 'history', 'mens', 'womens', 'newbie', 'zip_code_Rural', 'zip_code_Surburban', 'zip_code_Urban', 'channel_Multichannel', 'channel_Phone', 'channel_Web']

export async function readHillstrom(): Promise<Table> {
  return (await readTableFile(sharedPath('data/hillstrom/hillstrom.csv'))).table
}

export interface ArmPair {
  /** 0-based data rows of the file, in file order */
  rows: number[]
  X: Matrix
  t: Uint8Array
  y: Float64Array
}

/** Rows of `treated` (t = 1) and `control` (t = 0), in file order. */
export function armPair(table: Table, treated: string, control: string, outcome: string): ArmPair {
  const seg = getColumn(table, 'segment')
  const zip = getColumn(table, 'zip_code')
  const ch = getColumn(table, 'channel')
  const num = (name: string): Float64Array => numericValues(getColumn(table, name))
  const rec = num('recency'), hist = num('history'), mens = num('mens'), womens = num('womens'), newbie = num('newbie'), out = num(outcome)
  const rows: number[] = []
  for (let i = 0; i < table.nRows; i++) {
    const s = cellString(seg, i)
    if (s === treated || s === control) rows.push(i)
  }
  const p = HILLSTROM_FEATURES.length
  const data = new Float64Array(rows.length * p)
  rows.forEach((i, k) => {
    const z = cellString(zip, i), c = cellString(ch, i)
    data.set([rec[i], hist[i], mens[i], womens[i], newbie[i], +(z === 'Rural'), +(z === 'Surburban'), +(z === 'Urban'), +(c === 'Multichannel'), +(c === 'Phone'), +(c === 'Web')], k * p)
  })
  return {
    rows,
    X: { rows: rows.length, cols: p, data },
    t: Uint8Array.from(rows, (i) => (cellString(seg, i) === treated ? 1 : 0)),
    y: Float64Array.from(rows, (i) => out[i]),
  }
}

/** Positions (into the pair) of the reference's test rows, and of the rest (training). */
export function referenceSplit(pair: ArmPair): { train: number[]; test: number[] } {
  const testRows = new Set(readFileSync(sharedPath('reference/uplift/test_idx_womens_visit.txt'), 'utf8').trim().split('\n').map(Number))
  const train: number[] = [], test: number[] = []
  pair.rows.forEach((r, k) => (testRows.has(r) ? test : train).push(k))
  return { train, test }
}
