import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildCampaign, parseCampaign, serializeCampaign, type CampaignDocument } from '@/ml/campaign/file'
import { generateValidatorSource, GENERATED_PATH } from '@/ml/campaign/file/build-validator'
import { selectAudience } from '@/ml/campaign/audience'
import { groupAudience } from '@/ml/campaign/groups'
import { designABTest } from '@/ml/campaign/design'
import { recordReview } from '@/ml/campaign/review'
import { numberColumn, stringColumn, type Table } from '@/data/table'

function doc(): CampaignDocument {
  const n = 60
  const t: Table = {
    name: 'scores.csv', nRows: n,
    columns: [stringColumn('id', Array.from({ length: n }, (_, i) => `c${i}`)), numberColumn('p', Array.from({ length: n }, (_, i) => i / n)), numberColumn('age', Array.from({ length: n }, (_, i) => 20 + (i % 3) * 20))],
  }
  const spec = { idColumn: 'id', scoreColumn: 'p', top: 50 }
  const audience = selectAudience(t, spec)
  const groups = groupAudience(t, audience.rows, ['age'], { k: 3, elbowKs: [2, 3] })
  const design = designABTest(50, groups.labels, { sampleSize: 30, creatives: 3, controlSize: 10, seed: 5 })
  const review = recordReview({ reviewer: 'Ana', decision: 'approved', date: '2024-05-31' })
  return buildCampaign({ name: 'Spring', createdAt: new Date(Date.UTC(2024, 4, 31)), source: { fileName: 'scores.csv', rows: n }, spec, audience, groups, design, review })
}

const fails = (text: string, re: RegExp): void => {
  expect(() => parseCampaign(text, 'spring.json')).toThrow(re)
}

describe('campaign file', () => {
  it('the committed validator is generated from the current schema', () => {
    expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(generateValidatorSource())
  })
  it('round-trips', () => {
    const d = doc()
    const text = serializeCampaign(d)
    const back = parseCampaign(text, 'spring.json')
    expect(back).toEqual(JSON.parse(text))
    expect(back.assignment!.customerId).toHaveLength(40)
    expect(back.design!.arms).toEqual(['A', 'B', 'C', 'control'])
    expect(back.seed).toBe(5)
    expect(back.review!.reviewer).toBe('Ana')
  })
  it('refuses unknown format or version, missing fields, wrong types and __proto__ keys, naming file and field', () => {
    const good = JSON.parse(serializeCampaign(doc())) as Record<string, unknown>
    const edit = (f: (o: Record<string, unknown>) => void): string => {
      const o = structuredClone(good)
      f(o)
      return JSON.stringify(o)
    }
    fails(edit((o) => { o.format = 'campaign-lab/model' }), /^spring\.json: not a campaign file \(format "campaign-lab\/model"/)
    fails(edit((o) => { o.version = 2 }), /spring\.json: campaign file version 2 was written by a newer Campaign Lab.* at \/version/)
    fails(edit((o) => { o.version = '1' }), /unsupported campaign file version "1"/)
    fails(edit((o) => { delete o.seed }), /spring\.json: missing field "seed" at \/seed/)
    fails(edit((o) => { (o.audience as Record<string, unknown>).size = 'ten' }), /spring\.json: must be integer at \/audience\/size/)
    fails(edit((o) => { o.extra = 1 }), /unknown field "extra" at \/extra/)
    fails(edit((o) => { (o.review as Record<string, unknown>).decision = 'maybe' }), /must be one of "approved".* at \/review\/decision/)
    fails(edit((o) => { (o.assignment as { arm: number[] }).arm[3] = 9 }), /arm 9 does not exist .* at \/assignment\/arm\/3/)
    fails(edit((o) => { (o.assignment as { customerId: string[] }).customerId.pop() }), /at \/assignment\/arm/)
    fails(serializeCampaign(doc()).replace('"name":"Spring"', '"name":"Spring","__proto__":{"polluted":true}'), /refused: the key "__proto__" .* at \/__proto__/)
    fails('{"format": ', /spring\.json: not valid JSON/)
    fails('[]', /expected a JSON object/)
    fails('', /empty/)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
  it('serializeCampaign refuses a broken document instead of writing it', () => {
    const d = doc()
    d.design!.arms = ['A', 'A', 'C', 'control']
    expect(() => serializeCampaign(d)).toThrow(/arm names must be distinct/)
  })
})
