import { describe, expect, it } from 'vitest'
import { planBudget, type BudgetInput } from '@/ml/campaign/budget'
import { MessageError } from '@/ml/core/message'
import { renderMessage } from '@/i18n/render'

const bands = [{ name: 'likely', min: 0.5, max: 1 }, { name: 'hesitant', min: 0.15, max: 0.5 }]
const channels = [{ name: 'email', costPerContact: 0.1, conversionFactor: 1 }, { name: 'phone call', costPerContact: 4, conversionFactor: 1.6 }]

describe('budget plan: rates capped at 100 %', () => {
  it('flags the band × channel whose mean propensity × factor exceeds 1 (hand case)', () => {
    // likely: scores 0.8, 0.9 → mean 0.85; phone 0.85 × 1.6 = 1.36 > 1 → capped at 1, 2 conversions
    // hesitant: scores 0.2, 0.4 → mean 0.3; phone 0.3 × 1.6 = 0.48 ≤ 1 → not capped
    const plan = planBudget({ bands, channels, scores: [0.8, 0.9, 0.2, 0.4], revenuePerConversion: 10 })
    const [likely, hesitant] = plan.bands
    expect(likely.options[1].conversionRate).toBe(1)
    expect(likely.options[1].capped).toBe(true)
    expect(likely.options[1].expectedConversions).toBe(2)
    expect(likely.options[0].conversionRate).toBeCloseTo(0.85, 12)
    expect(likely.options[0].capped).toBeUndefined()
    expect(hesitant.options[1].conversionRate).toBeCloseTo(0.48, 12)
    expect(hesitant.options.some((o) => o.capped)).toBe(false)
    const warn = plan.warnings.find((w) => w.code === 'campaign.budget.capped')!
    expect(renderMessage(warn, 'en')).toBe(
      'The expected conversion of "likely" by phone call is capped at 100%: the band\'s mean probability × the channel\'s conversion factor came out above 1, so that row is an upper bound. Lower the factor for a realistic plan.')
    expect(renderMessage(warn, 'es')).toMatch(/^La conversión esperada de "probables" por phone call se ha limitado al 100 %/)
  })
  it('no flag when the rates come from an explicit table or stay ≤ 1', () => {
    const explicit = planBudget({ bands, channels, customers: [10, 10], conversion: [[0.5, 1], [0.1, 0.2]], revenuePerConversion: 10 })
    expect(explicit.bands.flatMap((b) => b.options).some((o) => o.capped)).toBe(false)
    expect(explicit.warnings.some((w) => w.code === 'campaign.budget.capped')).toBe(false)
    // exactly 1 (0.625 × 1.6) is not above 1
    const edge = planBudget({ bands, channels, scores: [0.625], revenuePerConversion: 10 })
    expect(edge.bands[0].options[1].conversionRate).toBe(1)
    expect(edge.bands[0].options[1].capped).toBeUndefined()
  })
})

describe('budget plan: every bad input is a message code', () => {
  const ok: BudgetInput = { bands, channels, customers: [1, 1], revenuePerConversion: 10 }
  const cases: [string, BudgetInput, string, string][] = [
    ['noBands', { ...ok, bands: [] }, 'Define at least one probability band', 'Define al menos una franja de probabilidad'],
    ['noChannels', { ...ok, channels: [] }, 'Define at least one channel', 'Define al menos un canal'],
    ['revenue', { ...ok, revenuePerConversion: -5 }, 'Revenue per conversion must be a number of 0 or more, got -5', 'El ingreso por conversión debe ser un número de 0 o más; has puesto -5'],
    ['tableRows', { ...ok, conversion: [[0.1, 0.2]] }, 'The conversion table has 1 rows for 2 bands: give one row per band', 'La tabla de conversión tiene 1 filas para 2 franjas: pon una fila por franja'],
    ['customerCounts', { ...ok, customers: [1, 2, 3] }, '3 customer counts for 2 bands: give one count per band', '3 recuentos de clientes para 2 franjas: pon un recuento por franja'],
    ['noCustomers', { ...ok, customers: undefined }, 'Give the number of customers in each band, or their scores', 'Indica cuántos clientes hay en cada franja, o sus puntuaciones'],
  ]
  it.each(cases)('%s', (code, input, en, es) => {
    let err: unknown
    try { planBudget(input) } catch (e) { err = e }
    expect(err).toBeInstanceOf(MessageError)
    const m = err as MessageError
    expect(m.code).toBe(`campaign.budget.error.${code}`)
    expect(m.message).toBe(en)
    expect(renderMessage({ code: m.code, params: m.params }, 'es')).toBe(es)
  })
})
