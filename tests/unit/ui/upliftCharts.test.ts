import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import * as uplift from '@/i18n/pages/uplift'
import { formatNumber, formatPercent } from '@/i18n/render'
import { safeTooltips } from '@/components/charts/escape'
import { decileOption, qiniOption, type ChartText } from '@/components/campaign/upliftCharts'
import type { ArmEvaluation } from '@/ml/uplift/evaluate'

function text(locale: 'en' | 'es'): ChartText {
  const i18n = createI18n({ legacy: false, locale, messages: { en: { uplift: uplift.en }, es: { uplift: uplift.es } } })
  const t = (k: string, p?: Record<string, unknown>): string => i18n.global.t(k, p ?? {})
  const pct = (x: number | null | undefined, d = 1): string => (x === null || x === undefined ? '–' : formatPercent(x, locale, d, d))
  return {
    t, pct, int: (n) => formatNumber(Math.round(n ?? NaN), locale, 0), num: (n, d = 2) => formatNumber(n ?? NaN, locale, d),
    signed: (x) => `${x >= 0 ? '+' : ''}${pct(x)}`, pctLabel: (v) => formatPercent(v / 100, locale, 1),
  }
}

// A creative named like markup, as a results file may name it.
const ARM = '<img src=x onerror=alert(1)>'
const evaluation: ArmEvaluation = {
  arm: ARM, nTrain: 140, nTest: 60, test: { treated: 30, control: 30, treatedResponders: 9, controlResponders: 3 },
  qiniAuc: 0.2, upliftAuc: 0.1, upliftAtK: { overall: 0.1, byGroup: 0.1 }, k: 0.3,
  qini: { x: [0, 30, 60], y: [0, 5.5, 6] }, qiniPerfect: { x: [0, 9, 60], y: [0, 9, 6] }, random: { x: [0, 60], y: [0, 6] },
  byDecile: Array.from({ length: 10 }, (_, i) => ({ percentile: `${i * 10}-${i * 10 + 10}`, nTreatment: 3, nControl: 3, responseRateTreatment: i === 0 ? 2 / 3 : 1 / 3, responseRateControl: 1 / 3, uplift: i === 0 ? 1 / 3 : 0 })),
}

describe('uplift charts: Qini curve and uplift by decile', () => {
  it('draws the model, the random line to the curve\'s end and the perfect model; tooltips in the locale, file text escaped', () => {
    const o = safeTooltips(qiniOption(evaluation, text('en')))
    const series = o.series as { name: string; data: [number, number][] }[]
    expect(series.map((s) => s.name)).toEqual([`Model (${ARM})`, 'Random', 'Perfect'])
    expect(series[1].data).toEqual([[0, 0], [60, 6]])
    expect(series[0].data).toEqual([[0, 0], [30, 5.5], [60, 6]])
    const tip = (o.tooltip as { formatter: (p: unknown) => string }).formatter
    const html = tip([{ seriesName: series[0].name, value: [1234, 5.25] }, { seriesName: 'Random', value: [1234, 123.456] }])
    expect(html).toBe('1,234 customers targeted<br>Model (&lt;img src=x onerror=alert(1)&gt;): 5.3<br>Random: 123.5')
    const es = safeTooltips(qiniOption(evaluation, text('es')))
    expect((es.tooltip as { formatter: (p: unknown) => string }).formatter([{ seriesName: 'Al azar', value: [1234, 5.25] }])).toBe('1234 clientes contactados<br>Al azar: 5,3')
  })

  it('bars the uplift per decile in percent; the tooltip names the decile, both groups and their rates', () => {
    const o = safeTooltips(decileOption(evaluation, text('en')))
    const bars = (o.series as { data: { value: number }[] }[])[0].data.map((d) => d.value)
    // 2/3 − 1/3 = 33.33 % in the first decile, nothing elsewhere
    expect(bars).toEqual([33.33, 0, 0, 0, 0, 0, 0, 0, 0, 0])
    const tip = (o.tooltip as { formatter: (p: unknown) => string }).formatter
    expect(tip([{ dataIndex: 0 }])).toBe('Decile 1 (1 = highest predicted uplift)<br>Measured uplift: +33.3%<br>&lt;img src=x onerror=alert(1)&gt;: 3 customers, 66.7% converted; control: 3, 33.3%')
    const es = safeTooltips(decileOption(evaluation, text('es')))
    expect((es.tooltip as { formatter: (p: unknown) => string }).formatter([{ dataIndex: 0 }])).toContain('Uplift medido: +33,3\u00a0%')
  })

  it('every uplift text compiles in vue-i18n, in both languages (a stray @ or | breaks a message)', () => {
    for (const locale of ['en', 'es'] as const) {
      const { t } = text(locale)
      const walk = (o: Record<string, unknown>, path: string): void => {
        for (const [k, v] of Object.entries(o)) {
          if (typeof v === 'string') expect(() => t(`${path}.${k}`), `${locale} ${path}.${k}`).not.toThrow()
          else walk(v as Record<string, unknown>, `${path}.${k}`)
        }
      }
      walk(locale === 'en' ? uplift.en : uplift.es, 'uplift')
    }
    expect(text('en').t('uplift.report.evalLine', { arm: 'A', nTest: 60, nt: 30, nc: 30, nTrain: 140, qini: '0.200', auuc: '0.100', k: '30%', atk: '+10.0%' })).toContain('uplift@30% +10.0%')
  })
})
