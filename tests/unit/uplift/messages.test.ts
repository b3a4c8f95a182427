import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { en, es } from '@/i18n/pages/uplift'
import { renderMessage } from '@/cli/messages'

const root = fileURLToPath(new URL('../../../src/', import.meta.url))
const sources = [...readdirSync(join(root, 'ml/uplift')).map((f) => join(root, 'ml/uplift', f)), join(root, 'ml/stats/abstats.ts'), join(root, 'cli/abtest.ts'), join(root, 'engine/campaign.ts')]
const codes = new Set(sources.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/(?:MessageError|message)\('(uplift\.[\w.]+)'/g)].map((m) => m[1])))

const lookup = (cat: unknown, code: string): unknown => code.split('.').slice(1).reduce<unknown>((n, k) => (n as Record<string, unknown> | undefined)?.[k], cat)
const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('uplift message catalogue', () => {
  it('has an English and a Spanish text, with the same placeholders, for every code src/ml raises', () => {
    expect(codes.size).toBeGreaterThan(30)
    for (const code of codes) {
      const e = lookup(en, code), s = lookup(es, code)
      expect(typeof e, code).toBe('string')
      expect(typeof s, code).toBe('string')
      expect(placeholders(s as string), code).toEqual(placeholders(e as string))
    }
  })

  it('the CLI renders codes in English with their parameters', () => {
    expect(renderMessage({ code: 'uplift.smallArm', params: { arm: 'B', n: 12, min: 50 } })).toBe('Arm "B" has only 12 customers (fewer than 50): its numbers are shown but are very uncertain.')
    expect(renderMessage({ code: 'uplift.nope', params: { a: 1 } })).toBe('uplift.nope {"a":1}')
  })
})
