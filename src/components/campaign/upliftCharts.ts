/**
 * ECharts options of the uplift model's held-out check (ResultsStep): the Qini curve against random
 * targeting and the perfect model, and the uplift by decile of predicted uplift. Texts and numbers
 * come in through `ChartText` (the UI's vue-i18n and locale formatters); the tooltips return plain
 * text with <br>, which EChart.vue passes through the one tooltip sanitiser (creative names come
 * from the results file).
 */
import type { ArmEvaluation } from '@/ml/uplift/evaluate'
import { PALETTE } from '@/components/charts/palette'

export interface ChartText {
  t: (key: string, params?: Record<string, unknown>) => string
  int: (n: number | null | undefined) => string
  num: (n: number | null | undefined, digits?: number) => string
  pct: (x: number | null | undefined, digits?: number) => string
  /** a signed share: +4.2% */
  signed: (x: number) => string
  /** a value already in percent: 25 → 25% */
  pctLabel: (v: number) => string
}

/** Qini curve of one creative on the held-out customers, with random targeting and the perfect model. */
export function qiniOption(e: ArmEvaluation, txt: ChartText): Record<string, unknown> {
  const { t, int, num } = txt
  const pts = (c: { x: number[]; y: number[] }): [number, number][] => c.x.map((x, i) => [x, c.y[i]])
  const model = t('uplift.report.qiniModel', { arm: e.arm }), random = t('uplift.report.qiniRandom'), perfect = t('uplift.report.qiniPerfect')
  return {
    tooltip: {
      trigger: 'axis',
      formatter: (ps: { seriesName: string; value: [number, number] }[]) => {
        const head = t('uplift.report.qiniTipX', { n: int(ps[0]?.value[0]) })
        return [head, ...ps.map((p) => `${p.seriesName}: ${num(p.value[1], 1)}`)].join('<br>')
      },
    },
    legend: { top: 0 },
    grid: { left: 56, right: 20, top: 34, bottom: 44 },
    xAxis: { type: 'value', name: t('uplift.report.qiniX'), nameLocation: 'middle', nameGap: 26, min: 0, max: e.random.x[1] },
    yAxis: { type: 'value', name: t('uplift.report.qiniY'), nameLocation: 'middle', nameGap: 40 },
    series: [
      { name: model, type: 'line', showSymbol: false, data: pts(e.qini), lineStyle: { width: 2.5 }, color: PALETTE[0] },
      { name: random, type: 'line', showSymbol: false, data: pts(e.random), lineStyle: { type: 'dashed', width: 1.5 }, color: '#777777' },
      { name: perfect, type: 'line', showSymbol: false, data: pts(e.qiniPerfect), lineStyle: { type: 'dotted', width: 1.5 }, color: PALETTE[2] },
    ],
  }
}
/** Uplift by decile of predicted uplift: treated minus control conversion rate in each tenth. */
export function decileOption(e: ArmEvaluation, txt: ChartText): Record<string, unknown> {
  const { t, int, pct, signed, pctLabel } = txt
  const rows = e.byDecile
  return {
    tooltip: {
      trigger: 'axis',
      formatter: (ps: { dataIndex: number }[]) => {
        const r = rows[ps[0]?.dataIndex ?? 0]
        if (!r) return ''
        return [
          t('uplift.report.decileTip', { d: (ps[0]?.dataIndex ?? 0) + 1 }),
          `${t('uplift.report.decileUplift')}: ${r.uplift === null ? '–' : signed(r.uplift)}`,
          t('uplift.report.decileArms', { arm: e.arm, nt: int(r.nTreatment), rt: pct(r.responseRateTreatment), nc: int(r.nControl), rc: pct(r.responseRateControl) }),
        ].join('<br>')
      },
    },
    grid: { left: 56, right: 20, top: 20, bottom: 44 },
    xAxis: { type: 'category', data: rows.map((_, i) => String(i + 1)), name: t('uplift.report.decileX'), nameLocation: 'middle', nameGap: 26 },
    yAxis: { type: 'value', axisLabel: { formatter: pctLabel } },
    series: [{
      name: t('uplift.report.decileUplift'), type: 'bar', barMaxWidth: 36,
      data: rows.map((r) => ({ value: r.uplift === null ? null : Math.round(r.uplift * 10000) / 100, itemStyle: { color: (r.uplift ?? 0) >= 0 ? PALETTE[0] : PALETTE[5] } })),
    }],
  }
}
