import { describe, expect, it } from 'vitest'
import { planBudget } from '@/ml/campaign/budget'
import { flagSensitiveAttributes, recordReview } from '@/ml/campaign/review'
import { followUp } from '@/ml/campaign/followup'
import { numberColumn, stringColumn, type Table } from '@/data/table'
import { renderMessage } from '@/i18n/render'
import type { Label } from '@/ml/core/message'

const inEs = (m: Label): string => (typeof m === 'string' ? m : renderMessage(m, 'es'))
const inEn = (m: Label): string => (typeof m === 'string' ? m : renderMessage(m, 'en'))

describe('channel budget by band', () => {
  const bands = [{ name: 'likely', min: 0.5, max: 1 }, { name: 'hesitant', min: 0.15, max: 0.5 }, { name: 'unlikely', min: 0, max: 0.15 }]
  const channels = [{ name: 'email', costPerContact: 0.1 }, { name: 'phone', costPerContact: 4 }]
  it('computes conversions, cost, revenue, ROI and the suggested channel (hand-checked)', () => {
    const plan = planBudget({
      bands, channels, customers: [1000, 4000, 5000], revenuePerConversion: 60,
      conversion: [[0.4, 0.45], [0.05, 0.12], [0.01, 0.015]],
    })
    const hes = plan.bands[1]
    // phone on hesitant: 4000·0.12 = 480 conversions, cost 16,000, revenue 28,800, profit 12,800, ROI 0.8
    const phone = hes.options[1]
    expect(phone.expectedConversions).toBeCloseTo(480, 9)
    expect(phone.cost).toBe(16000)
    expect(phone.revenue).toBeCloseTo(28800, 6)
    expect(phone.roi).toBeCloseTo(0.8, 12)
    // email on hesitant: 200 conversions, cost 400, revenue 12,000, profit 11,600 < 12,800 → phone
    expect(hes.suggested).toBe('phone')
    expect(inEn(hes.ruleOfThumb!)).toBe('phone')
    // likely: email profit 24,000 − 100 = 23,900 vs phone 27,000 − 4,000 = 23,000 → email
    expect(plan.bands[0].suggested).toBe('email')
    // unlikely: email 50·60 − 500 = 2,500; phone 75·60 − 20,000 < 0 → email
    expect(plan.bands[2].suggested).toBe('email')
    expect(plan.total.cost).toBeCloseTo(100 + 16000 + 500, 9)
    expect(plan.total.expectedConversions).toBeCloseTo(400 + 480 + 50, 9)
  })
  it('uses mean propensity × channel factor from scores, flags disagreements and bad input', () => {
    const plan = planBudget({ bands, channels: [{ name: 'email', costPerContact: 0.1 }, { name: 'phone', costPerContact: 4, conversionFactor: 1.5 }], scores: [0.9, 0.7, 0.2, 0.4, 0.05], revenuePerConversion: 10, budget: 0.3 })
    expect(plan.bands.map((b) => b.customers)).toEqual([2, 2, 1])
    expect(plan.bands[1].meanScore).toBeCloseTo(0.3, 12)
    expect(plan.bands[1].options[1].conversionRate).toBeCloseTo(0.45, 12)
    // phone on hesitant: 2·0.45·10 − 8 = 1 profit vs email 2·0.3·10 − 0.2 = 5.8 → email, against the rule of thumb
    expect(plan.bands[1].suggested).toBe('email')
    expect(inEn(plan.bands[1].note!)).toMatch(/rule of thumb would use phone/)
    expect(plan.warnings.map(inEn).join(' ')).toMatch(/above the budget/)
    expect(() => planBudget({ bands, channels: [{ name: 'email', costPerContact: -1 }], customers: [1, 1, 1], revenuePerConversion: 1 })).toThrow(/cost per contact/)
    expect(() => planBudget({ bands: [{ name: 'a', min: 0, max: 0.6 }, { name: 'b', min: 0.5, max: 1 }], channels, customers: [1, 1], revenuePerConversion: 1 })).toThrow(/overlap/)
    expect(() => planBudget({ bands, channels, customers: [1, 1, 1], revenuePerConversion: 1, conversion: [[0.1, 2], [0, 0], [0, 0]] })).toThrow(/"likely" by "phone" must be between 0 and 1/)
  })
})

describe('targeting review', () => {
  it('flags sensitive attributes by name (English and Spanish) and values, without false friends', () => {
    const columns = [
      stringColumn('Genre', ['Male', 'Female']), numberColumn('age', [1]), stringColumn('marital', ['married', 'single']),
      numberColumn('fechaNacimiento', [1]), stringColumn('producto', ['pañales bebé', 'pan']), stringColumn('religión', ['x']),
      numberColumn('page_views', [1]), numberColumn('usage', [1]), stringColumn('estado_civil', ['casado']), stringColumn('etnia', ['a']),
      numberColumn('discapacidad', [0]), stringColumn('job', ['admin.']), stringColumn('segment', ['Mujer', 'Hombre']),
    ]
    const flags = flagSensitiveAttributes({ columns, modelFeatures: ['age', 'marital', 'job', 'page_views', 'usage', 'Genre'], selectionColumns: ['fechaNacimiento', 'producto', 'religión', 'estado_civil', 'etnia', 'discapacidad', 'segment', 'age'] })
    const got = flags.map((f) => `${f.column}:${f.category}:${f.matchedOn}`).sort()
    expect(got).toEqual([
      'Genre:gender:name', 'age:age:name', 'discapacidad:disability:name', 'estado_civil:marital status:name', 'etnia:ethnicity:name',
      'fechaNacimiento:age:name', 'marital:marital status:name', 'producto:pregnancy:values', 'religión:religion:name', 'segment:gender:values',
    ].sort())
    expect(flags.find((f) => f.column === 'age')!.usedIn).toEqual(['model', 'selection'])
    expect(flags.find((f) => f.column === 'producto')!.examples).toEqual(['pañales bebé'])
  })
  it('records the reviewer decision and refuses incomplete records', () => {
    const r = recordReview({ reviewer: ' Ana Pérez ', decision: 'approved with changes', date: '2024-05-31', notes: 'drop age from the selection', flags: [{ column: 'age', category: 'age', matchedOn: 'name', examples: [], usedIn: ['model'] }] })
    expect(r).toEqual({ reviewer: 'Ana Pérez', decision: 'approved with changes', date: '2024-05-31', notes: 'drop age from the selection', flagsReviewed: ['age: age'] })
    expect(() => recordReview({ reviewer: '', decision: 'approved', date: '2024-05-31' })).toThrow(/reviewer's name/)
    expect(() => recordReview({ reviewer: 'A', decision: 'ok', date: '2024-05-31' })).toThrow(/decision must be one of/)
    expect(() => recordReview({ reviewer: 'A', decision: 'approved', date: '31/05/2024' })).toThrow(/ISO date/)
    expect(() => recordReview({ reviewer: 'A', decision: 'approved with changes', date: '2024-05-31' })).toThrow(/which changes/)
  })
})

describe('follow-up', () => {
  it('repeat-purchase and churn per creative after N days (hand-checked)', () => {
    const day = 86_400_000
    const s = Date.UTC(2024, 0, 1)
    const customers = [
      { id: 'a1', arm: 'A', sentAt: s, converted: true, purchasedAt: s + 1 * day }, // buys again day 30 → repeat
      { id: 'a2', arm: 'A', sentAt: s, converted: true, purchasedAt: s + 2 * day }, // only the conversion → churn
      { id: 'a3', arm: 'A', sentAt: s, converted: false }, // buys day 10 → purchaser, not a converter
      { id: 'b1', arm: 'B', sentAt: s, converted: true }, // no purchase time: first tx day 5 is the conversion, day 100 is outside 90 days → churn
      { id: 'c1', arm: 'control', converted: false }, // default send date; buys day 20
    ]
    const tx: Table = {
      name: 'tx', nRows: 8,
      columns: [
        stringColumn('cust', ['a1', 'a1', 'a2', 'a3', 'b1', 'b1', 'c1', 'zz']),
        numberColumn('date', [s + day, s + 30 * day, s + 2 * day, s + 10 * day, s + 5 * day, s + 100 * day, s + 20 * day, s + day]),
        numberColumn('amount', [10, 20, 5, 7, 3, 100, 8, 1]),
      ],
    }
    const r = followUp(customers, tx, { days: 90, defaultSendDate: s, columns: { customer: 'cust', date: 'date', amount: 'amount' } })
    const A = r.arms.find((x) => x.arm === 'A')!
    expect([A.customers, A.purchasers, A.converters, A.repeaters]).toEqual([3, 3, 2, 1])
    expect(A.repeatRate!.value).toBe(0.5)
    expect(A.churnRate!.value).toBe(0.5)
    expect(A.revenue).toBe(42)
    const B = r.arms.find((x) => x.arm === 'B')!
    expect([B.purchasers, B.repeaters, B.churnRate!.value, B.revenue]).toEqual([1, 0, 1, 3])
    const C = r.arms.find((x) => x.arm === 'control')!
    expect(C.purchaseRate!.value).toBe(1)
    expect(C.repeatRate).toBeNull()
    expect(r.ignoredTransactions).toBe(1)
    expect(() => followUp(customers, tx, { days: 90, columns: { customer: 'cust', date: 'date' } })).toThrow(/1 customer has no send date/)
  })
})

describe('budget and follow-up texts in both languages from one result', () => {
  const bands = [{ name: 'likely', min: 0.5, max: 1 }, { name: 'hesitant', min: 0.15, max: 0.5 }, { name: 'unlikely', min: 0, max: 0.15 }]
  const channels = [{ name: 'email', costPerContact: 0.1 }, { name: 'phone', costPerContact: 4, conversionFactor: 1.5 }]
  it('notes, rule of thumb and warnings of the budget plan', () => {
    const input = { bands, channels, scores: [0.9, 0.7, 0.2, 0.4, 0.05, 1.2], revenuePerConversion: 10, budget: 0.3 }
    const p = planBudget(input)
    expect(inEs(p.bands[1].note!)).toBe('Las cifras favorecen email; la regla práctica usaría phone en esta franja')
    expect(inEn(p.bands[1].note!)).toBe('The numbers favour email; the rule of thumb would use phone for this band')
    expect(inEs(p.bands[2].ruleOfThumb!)).toBe('email o ninguno')
    expect(inEn(p.bands[2].ruleOfThumb!)).toBe('email or none')
    // likely: mean of 0.9 and 0.7 = 0.8, × phone's 1.5 = 1.2 > 1 → capped at 100 % and said so
    expect(p.bands[0].options[1]).toMatchObject({ conversionRate: 1, capped: true })
    expect(p.warnings.map(inEs)).toEqual(['1 cliente queda fuera de todas las franjas y no se planifica',
      'La conversión esperada de "probables" por phone se ha limitado al 100 %: la probabilidad media de la franja × el factor de conversión del canal daba más de 1, así que esa fila es un máximo. Baja el factor para un plan realista.',
      'El plan sugerido cuesta 0,50, por encima del presupuesto de 0,30'])
    expect(p.warnings.map(inEn)).toEqual(['1 customer falls outside every band and is not planned',
      'The expected conversion of "likely" by phone is capped at 100%: the band\'s mean probability × the channel\'s conversion factor came out above 1, so that row is an upper bound. Lower the factor for a realistic plan.',
      'The suggested plan costs 0.50, above the budget of 0.30'])
    const none = planBudget({ bands, channels, scores: [0.01, 0.02], revenuePerConversion: 1 })
    expect(inEs(none.bands[2].note!)).toBe('No se espera que ningún canal se pague solo en esta franja')
  })
  it('follow-up warning about unreadable transactions', () => {
    const s = Date.UTC(2024, 0, 1)
    const tx: Table = { name: 'tx', nRows: 3, columns: [stringColumn('cust', ['a1', '', 'a1']), numberColumn('date', [s + 86_400_000, s, NaN])] }
    const customers = [{ id: 'a1', arm: 'A', sentAt: s, converted: true }]
    const opts = { days: 90, columns: { customer: 'cust', date: 'date' } }
    const w = followUp(customers, tx, opts).warnings
    expect(w.map(inEs)).toEqual(['2 transacciones no tienen cliente o fecha y se han ignorado'])
    expect(w.map(inEn)).toEqual(['2 transactions have no customer or date and were ignored'])
  })
})
