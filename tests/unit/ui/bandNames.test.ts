import { describe, expect, it } from 'vitest'
import { bandText, localizeBands } from '../../../src/components/predict/bandNames'

// Expected words are the catalogues' own (src/i18n/pages/predict.ts), written out by hand.
describe('default band names follow the UI language', () => {
  const es = [
    { label: 'improbable', from: 0, channel: 'sin contacto / boletín' },
    { label: 'indeciso', from: 0.15, channel: 'correo con una oferta' },
    { label: 'probable', from: 0.5, channel: 'llamada telefónica' },
  ]

  it('made in Spanish, shown in English (and back), without touching the cut-offs', () => {
    const en = localizeBands(es, 'en')
    expect(en.map((b) => [b.label, b.from, b.channel])).toEqual([
      ['unlikely', 0, 'no contact / newsletter'],
      ['hesitant', 0.15, 'email with an offer'],
      ['likely', 0.5, 'phone call'],
    ])
    expect(localizeBands(en, 'es')).toEqual(es)
  })

  it('keeps names the user typed, and returns the same array when nothing changes', () => {
    const mine = [{ label: 'VIP', from: 0, channel: 'account manager' }, { label: 'likely', from: 0.5, channel: '' }]
    const shown = localizeBands(mine, 'es')
    expect(shown.map((b) => b.label)).toEqual(['VIP', 'probable'])
    expect(shown[0]).toBe(mine[0])
    expect(localizeBands(es, 'es')).toBe(es)
    // the src/ml default codes ("likely") read as words too, e.g. in a model file's bands
    expect(bandText('hesitant', 'es')).toBe('indeciso')
    expect(bandText('Someone else', 'es')).toBe('Someone else')
  })
})
