import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openApp, offOrigin, SCREENSHOTS, type Session } from './browser'

/**
 * The experiment block of the campaign's A/B report in real Chromium, at 1366×768: a scored file →
 * top 1,000 → A/B design of 2 creatives × 200 + control 200 → a synthetic results file → the
 * sample-ratio check against that planned split comes first, then per creative the gbstats lift,
 * 95 % CI, p-value and the Bayesian chance to beat control, in English and in Spanish; a second
 * results file with too small a control group raises the SRM warning and every result stays shown.
 *
 * Expected numbers are computed by hand from gbstats 0.8.0's formulas with scipy (delta-method
 * relative lift, Welch t, chance to win = Φ(lift/se); χ² of the arm sizes against 200 each).
 */
const base = inject('baseUrl')
const profileDir = mkdtempSync(join(tmpdir(), 'campaign-lab-uplift-'))
let s: Session

function scoredCsv(n: number): string {
  const lines = ['customer_id,probability,age']
  // A deterministic spread of scores; the audience is the top 1,000 by score.
  for (let i = 1; i <= n; i++) lines.push(`C${String(i).padStart(5, '0')},${((i * 7919) % 997 / 997).toFixed(4)},${18 + (i % 60)}`)
  return lines.join('\n') + '\n'
}

/** One row per customer: arm, converted (the first `conv` customers of each arm convert). */
function resultsCsv(arms: { arm: string; n: number; conv: number }[]): string {
  const lines = ['customer,creative,converted']
  let id = 0
  for (const a of arms) for (let i = 0; i < a.n; i++) lines.push(`R${String(++id).padStart(5, '0')},${a.arm},${i < a.conv ? 1 : 0}`)
  return lines.join('\n') + '\n'
}

async function dropOn(page: Session['page'], testId: string, name: string, content: string): Promise<void> {
  const bytes = Array.from(Buffer.from(content, 'utf8'))
  // the app mounts after the stored workspace is read: wait for the drop target
  await page.getByTestId(testId).waitFor({ state: 'attached' })
  await page.evaluate(
    ({ testId, name, bytes }) => {
      const dt = new DataTransfer()
      dt.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/csv' }))
      document.querySelector(`[data-testid="${testId}"]`)!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
    },
    { testId, name, bytes },
  )
}

/** What a 1366×768 screen shows with the experiment block at the top. */
async function shot(name: string): Promise<void> {
  // the header is sticky: scroll the block to just below it
  await s.page.getByTestId('experiment').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - (document.querySelector('header')?.getBoundingClientRect().height ?? 0) - 8))
  await s.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) })
}

const text = async (id: string): Promise<string> => ((await s.page.getByTestId(id).textContent()) ?? '').replace(/\s+/g, ' ')

async function analyse(fileName: string): Promise<void> {
  await s.page.getByTestId('results-step').waitFor()
  await s.page.getByTestId('use-assignment').uncheck()
  await s.page.getByTestId('results-control').fill('control')
  await s.page.getByTestId('run-results').click()
  await expect.poll(() => s.page.getByTestId('ab-report').textContent(), { timeout: 30_000 }).toContain(fileName)
}

describe('experiment statistics in the campaign report', () => {
  beforeAll(async () => {
    s = await openApp(base, { userDataDir: profileDir })
    await s.page.setViewportSize({ width: 1366, height: 768 })
  })
  afterAll(async () => {
    await s?.close()
    rmSync(profileDir, { recursive: true, force: true })
  })

  it('draws 2 creatives × 200 and a control of 200 from the top 1,000', async () => {
    await dropOn(s.page, 'dropzone', 'scored.csv', scoredCsv(1500))
    await expect.poll(() => s.page.getByTestId('row-count').textContent(), { timeout: 30_000 }).toContain('1,500')
    await s.page.locator('nav button[data-page=campaign]').click()
    await s.page.getByTestId('audience-step').waitFor()
    await expect.poll(() => s.page.getByTestId('aud-score').inputValue()).toBe('probability')
    await s.page.getByTestId('top-n').fill('1000')
    await s.page.getByTestId('run-audience').click()
    await expect.poll(() => s.page.getByTestId('audience-size').textContent(), { timeout: 30_000 }).toBe('1,000')
    await s.page.getByTestId('step-design').click()
    await s.page.getByTestId('design-step').waitFor()
    await s.page.getByTestId('sample-size').fill('400')
    await s.page.getByTestId('creatives-k').fill('2')
    await s.page.getByTestId('control-size').fill('200')
    await s.page.getByTestId('run-design').click()
    await s.page.getByTestId('mix-table').waitFor({ timeout: 30_000 })
    const rows = await s.page.getByTestId('mix-table').locator('tbody tr').allTextContents()
    expect(rows.map((r) => r.trim())).toEqual([expect.stringMatching(/200$/), expect.stringMatching(/200$/), expect.stringMatching(/control.*200$/)])
  })

  it('shows the sample-ratio check first, then the chance to beat control per creative', async () => {
    // A 30/205, B 24/198, control 20/197
    await s.page.getByTestId('step-results').click()
    await s.page.getByTestId('results-step').waitFor()
    await dropOn(s.page, 'results-dropzone', 'wave1_results.csv', resultsCsv([{ arm: 'A', n: 205, conv: 30 }, { arm: 'B', n: 198, conv: 24 }, { arm: 'control', n: 197, conv: 20 }]))
    await expect.poll(() => s.page.getByTestId('rcol-converted').inputValue(), { timeout: 30_000 }).toBe('converted')
    expect(await s.page.getByTestId('rcol-arm').inputValue()).toBe('creative')
    await analyse('wave1_results.csv')
    // χ² = (5² + 2² + 3²)/200 = 0.19, df 2, p = exp(−0.095) = 0.9094
    const srm = await text('srm-line')
    expect(srm).toContain('205 / 198 / 197 customers in A / B / control against the planned 200 / 200 / 200')
    expect(srm).toContain('χ² = 0.19, df = 2, p = 0.9094')
    expect(srm).toContain('The split matches the plan.')
    expect(await s.page.getByTestId('srm-warning').count()).toBe(0)
    // The block comes before the headline and the per-creative table.
    const order = await s.page.getByTestId('ab-report').evaluate((el) => {
      const all = [...el.querySelectorAll('[data-testid]')].map((x) => x.getAttribute('data-testid'))
      return [all.indexOf('srm-line'), all.indexOf('gb-table'), all.indexOf('ab-summary'), all.indexOf('arms-table')]
    })
    expect(order[0]).toBeGreaterThanOrEqual(0)
    expect(order).toEqual([...order].sort((a, b) => a - b))
    // scipy: A lift 0.44146, CI [−0.32620, 1.20913], p 0.25891, chance 0.87089; B chance 0.71527
    expect(await text('ctw-A')).toBe('87.1%')
    expect(await text('ctw-B')).toBe('71.5%')
    const a = await text('gb-row-A')
    expect(a).toContain('+44.1%')
    expect(a).toContain('-32.6% – +120.9%')
    expect(a).toContain('0.2589')
    expect(a).toContain('The probability that A really converts better than sending nothing is 87.1%; its lift is +44.1% (95% CI -32.6% to +120.9%).')
    expect(await text('gb-explain')).toMatch(/Chance to beat control: given these results, the probability/)
    // Benjamini–Hochberg beside Holm
    expect(await s.page.getByTestId('control-table').locator('thead').textContent()).toMatch(/p after Holm.*p after BH/)
    await shot('uplift-1-experiment-en')
  })

  it('speaks Spanish (tú), with es-ES numbers', async () => {
    await s.page.getByTestId('locale').selectOption('es')
    await expect.poll(() => text('srm-line')).toContain('205 / 198 / 197 clientes en A / B / control frente a los 200 / 200 / 200 previstos')
    expect(await text('srm-line')).toContain('χ² = 0,19, gl = 2, p = 0,9094')
    expect(await text('srm-line')).toContain('El reparto cuadra con lo previsto.')
    expect(await text('ctw-A')).toBe('87,1 %')
    expect(await text('ctw-B')).toBe('71,5 %')
    expect(await text('gb-row-A')).toContain('La probabilidad de que A convierta de verdad más que no enviar nada es del 87,1 %; su aumento es +44,1 % (IC 95 % de -32,6 % a +120,9 %).')
    expect(await text('gb-explain')).toMatch(/te equivocarías/)
    expect(await s.page.getByTestId('experiment').locator('thead').textContent()).toContain('Probabilidad de superar al control')
    await shot('uplift-2-experiment-es')
    await s.page.getByTestId('locale').selectOption('en')
  })

  it('warns of a sample-ratio mismatch and still shows every result under it', async () => {
    // control 120 against 200 planned: χ² = 320/13 = 24.62, df 2, p = exp(−160/13) = 4.5e−6
    await dropOn(s.page, 'results-dropzone', 'wave1_broken.csv', resultsCsv([{ arm: 'A', n: 200, conv: 30 }, { arm: 'B', n: 200, conv: 24 }, { arm: 'control', n: 120, conv: 12 }]))
    await expect.poll(() => s.page.getByTestId('results-dataset').locator('option:checked').textContent(), { timeout: 30_000 }).toContain('wave1_broken.csv')
    await expect.poll(() => s.page.getByTestId('rcol-converted').inputValue()).toBe('converted')
    await analyse('wave1_broken.csv')
    const warn = await text('srm-warning')
    expect(warn).toContain('Sample-ratio mismatch')
    expect(warn).toContain('χ² = 24.62, p = 4.5 × 10⁻⁶, below 0.001')
    expect(await text('srm-line')).toContain('200 / 200 / 120 customers in A / B / control against the planned 173.3 / 173.3 / 173.3 (χ² = 24.62, df = 2, p = 4.5 × 10⁻⁶)')
    // scipy: A 30/200 vs 12/120 → chance 0.85012; B 24/200 → 0.69102
    expect(await text('ctw-A')).toBe('85.0%')
    expect(await text('ctw-B')).toBe('69.1%')
    expect(await s.page.getByTestId('arms-table').locator('tbody tr').count()).toBe(3)
    expect(await s.page.getByTestId('control-table').locator('tbody tr').count()).toBe(2)
    await shot('uplift-3-srm-warning')
    await s.page.getByTestId('locale').selectOption('es')
    await expect.poll(() => text('srm-warning')).toContain('Desajuste del reparto (SRM)')
    expect(await text('srm-warning')).toContain('χ² = 24,62, p = 4,5 × 10⁻⁶, menor que 0,001')
    await shot('uplift-4-srm-warning-es')
    await s.page.getByTestId('locale').selectOption('en')
  })

  it('reduces noise with a pre-campaign column (CUPED) and gives peeking-safe intervals (sequential), EN and ES', async () => {
    // 200 customers per arm, pre_orders = i mod 5; control buys when pre ≥ 3 and i mod 3 = 0, A when
    // pre ≥ 3 and i mod 3 ≠ 2 or pre = 0 and i mod 7 = 0, B when pre ≥ 3 and i mod 3 = 0 or i mod 20 = 1.
    const lines = ['customer,creative,converted,pre_orders,sent_at']
    let id = 0
    for (const arm of ['A', 'B', 'control']) {
      for (let i = 0; i < 200; i++) {
        const pre = i % 5
        const c = arm === 'control' ? pre >= 3 && i % 3 === 0 : arm === 'A' ? (pre >= 3 && i % 3 !== 2) || (pre === 0 && i % 7 === 0) : (pre >= 3 && i % 3 === 0) || i % 20 === 1
        lines.push(`R${String(++id).padStart(5, '0')},${arm},${c ? 1 : 0},${pre},2024-03-0${1 + (i % 2)} 09:00`)
      }
    }
    await dropOn(s.page, 'results-dropzone', 'wave1_pre.csv', lines.join('\n') + '\n')
    await expect.poll(() => s.page.getByTestId('results-dataset').locator('option:checked').textContent(), { timeout: 30_000 }).toContain('wave1_pre.csv')
    await expect.poll(() => s.page.getByTestId('rcol-converted').inputValue()).toBe('converted')
    await expect.poll(() => s.page.getByTestId('opt-cuped').locator('option').allTextContents()).toContain('pre_orders')
    expect(await text('analysis-options')).toContain('Customers who bought a lot before tend to buy again')
    await s.page.getByTestId('opt-cuped').selectOption('pre_orders')
    expect(await s.page.getByTestId('rcol-sentAt').inputValue()).toBe('sent_at')
    // a covariate measured after the first send (1 March 2024, 09:00) is refused, in words
    await s.page.getByTestId('opt-cuped-date').fill('2024-03-02')
    await s.page.getByTestId('run-results').click()
    await expect.poll(() => text('results-error'), { timeout: 30_000 }).toContain('The CUPED covariate was measured at 2024-03-02T00:00:00.000Z, after the campaign was sent (2024-03-01T09:00:00.000Z)')
    expect(await text('results-error')).not.toMatch(/at \w+ \(|\.ts:\d/)
    await s.page.getByTestId('opt-cuped-date').fill('2024-02-29')
    await analyse('wave1_pre.csv')
    expect(await s.page.getByTestId('results-error').count()).toBe(0)
    // numpy/scipy by the gbstats formulas on the CUPED-adjusted metric Y − θ(X − X̄), θ pooled over
    // A and control = 0.13625: relative lift 1.22222 (27 %→ 60/200 against 13.5 %), CI [0.39369,
    // 2.05076], p 0.003942, chance 0.99814; variance 22.72 % lower
    const a = await text('cuped-row-A')
    expect(a).toContain('+122.2%')
    expect(a).toContain('+39.4% – +205.1%')
    expect(a).toContain('0.0039')
    expect(a).toContain('99.8%')
    expect(await text('cuped-vr-A')).toBe('22.7%')
    // without CUPED: CI [0.30869, 2.13576]
    expect(a).toContain('+30.9% – +213.6%')
    expect(await text('cuped-vr-B')).toBe('11.4%')
    expect(await text('cuped-explain')).toContain('Random assignment makes the covariate equal on average')
    expect(await text('cuped-explain')).not.toContain('peeking-safe')
    expect(await s.page.getByTestId('seq-table').count()).toBe(0)

    await s.page.getByTestId('opt-sequential').check()
    await analyse('wave1_pre.csv')
    await s.page.getByTestId('seq-table').waitFor()
    // Waudby-Smith et al. asymptotic CS, N* = 5,000, N = 400: A's relative lift CI [−0.67593, 3.12037], p 0.33348
    const q = await text('seq-row-A')
    expect(q).toContain('+122.2%')
    expect(q).toContain('-67.6% – +312.0%')
    expect(q).toContain('0.3335')
    expect(q).toContain('+30.9% – +213.6%')
    // CUPED's interval becomes the always-valid one on the adjusted metric: [−0.49951, 2.94395], p 0.24965
    expect(await text('cuped-row-A')).toContain('-50.0% – +294.4%')
    expect(await text('cuped-row-A')).toContain('0.2496')
    expect(await text('seq-explain')).toContain('Waudby-Smith, Arbour, Sinha, Kennedy and Ramdas (2021, arXiv:2103.06476)')
    expect(await text('cuped-explain')).toContain('per customer sent. Its interval and p-value are the peeking-safe ones')
    await s.page.getByTestId('cuped-table').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 320))
    await s.page.screenshot({ path: join(SCREENSHOTS, 'uplift-7-cuped-sequential.png') })
    await s.page.getByTestId('locale').selectOption('es')
    await expect.poll(() => text('cuped-row-A')).toContain('-50,0 % – +294,4 %')
    expect(await text('cuped-vr-A')).toBe('22,7 %')
    expect(await text('seq-row-A')).toContain('0,3335')
    expect(await text('seq-explain')).toContain('puedes mirar el test cada día')
    expect(await text('cuped-explain')).toContain('Como la asignación es al azar')
    expect(await text('analysis-options')).toContain('Quien compraba mucho antes suele volver a comprar')
    await s.page.screenshot({ path: join(SCREENSHOTS, 'uplift-8-cuped-sequential-es.png') })
    await s.page.getByTestId('locale').selectOption('en')
    await s.page.getByTestId('opt-sequential').uncheck()
    await s.page.getByTestId('opt-cuped').selectOption('')
  })

  it('learns who to contact next from the tested customers (T-learner, logistic regression) and shows the roll-out count', async () => {
    // Tested customers C00001–C00600 of the scored file: A 200, B 200, control 200. Creative A
    // works on customers over 50 (half of them buy against one in ten otherwise); B does nothing.
    const lines = ['customer,creative,converted']
    const armOf = (i: number): string => (i <= 200 ? 'A' : i <= 400 ? 'B' : 'control')
    for (let i = 1; i <= 600; i++) {
      const age = 18 + (i % 60)
      const buys = armOf(i) === 'A' && age > 50 ? i % 2 === 0 : i % 10 === 0
      lines.push(`C${String(i).padStart(5, '0')},${armOf(i)},${buys ? 1 : 0}`)
    }
    await dropOn(s.page, 'results-dropzone', 'wave1_customers.csv', lines.join('\n') + '\n')
    await expect.poll(() => s.page.getByTestId('results-dataset').locator('option:checked').textContent(), { timeout: 30_000 }).toContain('wave1_customers.csv')
    await expect.poll(() => s.page.getByTestId('rcol-converted').inputValue()).toBe('converted')
    await s.page.getByTestId('results-cost').fill('1')
    await analyse('wave1_customers.csv')
    await s.page.getByTestId('run-uplift-plan').click()
    await expect.poll(() => text('rollout-count'), { timeout: 60_000 }).toMatch(/Contact [\d,]+ of them next \(A [\d,]+, B [\d,]+\)/)
    const plan = await text('uplift-plan')
    // top 1,000 of the audience minus the tested customers among them
    const m = /Trained on 600 tested customers \(A 200, B 200, control 200\); ([\d,]+) audience customers not yet contacted were scored\./.exec(plan)
    expect(m).not.toBeNull()
    const scored = Number(m![1].replace(/,/g, ''))
    expect(scored).toBeGreaterThanOrEqual(400)
    expect(scored).toBeLessThan(1000)
    const [, count, a] = /Contact ([\d,]+) of them next \(A ([\d,]+)/.exec(await text('rollout-count'))!.map((x) => Number(x.replace(/,/g, '')))
    expect(count).toBeGreaterThan(0)
    expect(count).toBeLessThanOrEqual(scored)
    expect(a).toBeGreaterThan(0)
    expect(plan).toContain('Profit = uplift × 50.00 per conversion')
    // Held-out check: A + control = 400 tested customers, 120 held out keeping treatment × outcome
    // (control 180 no / 20 yes → 54 / 6; A 147 / 53 → 44.1 / 15.9 → 44 / 16): 60 sent A, 60 control
    expect(await text('qini-auc-A')).toMatch(/^A: checked on 120 held-out customers \(60 sent A, 60 control; trained on 280\)\. Qini AUC -?\d\.\d{3}, uplift AUC -?\d\.\d{3}; uplift@30% [+-]\d+\.\d% \(A's conversion rate minus the control's among the top 30% by predicted uplift\)\.$/)
    expect(await text('qini-auc-B')).toMatch(/^B: checked on 120 held-out customers \(60 sent B, 60 control; trained on 280\)\. Qini AUC -?\d\.\d{3}, uplift AUC -?\d\.\d{3};/)
    // A works on the over-50s: the model ranks them first, better than random
    const qiniA = Number(/Qini AUC (-?\d\.\d{3})/.exec(await text('qini-auc-A'))![1])
    expect(qiniA).toBeGreaterThan(0)
    expect(await s.page.getByTestId('uplift-eval-A').locator('canvas').count()).toBe(2)
    expect(await s.page.getByTestId('uplift-eval-A').getByRole('img').nth(0).getAttribute('aria-label')).toBe('Qini curve: A')
    expect(await text('qini-explain')).toContain('dashed random line')
    // the roll-out list: one row per customer to contact, most profitable first
    const [dl] = await Promise.all([s.page.waitForEvent('download'), s.page.getByTestId('rollout-export').click()])
    expect(dl.suggestedFilename()).toMatch(/_rollout\.csv$/)
    const csv = readFileSync((await dl.path())!, 'utf8').trim().split('\n')
    expect(csv[0]).toBe('rank,customer_id,best_creative,predicted_uplift,expected_profit,uplift_A,uplift_B,reasons')
    expect(csv).toHaveLength(count + 1)
    const cells = csv.slice(1).map((l) => l.split(','))
    expect(cells.every((c, k) => c[0] === String(k + 1) && /^C\d{5}$/.test(c[1]) && (c[2] === 'A' || c[2] === 'B'))).toBe(true)
    // profit = uplift × 50 − 1, falling down the list
    for (const c of cells) expect(Number(c[4])).toBeCloseTo(Number(c[3]) * 50 - 1, 6)
    // reasons: up to two of the scored file's columns that raise the uplift, "column=value (+log-odds)"
    // (empty for a customer below the average on every column that helps)
    const reason = '(age|probability)=[\\d.]+ \\(\\+\\d+\\.\\d\\d\\)'
    const bad = cells.filter((c) => !new RegExp(`^(${reason}(; ${reason})?)?$`).test(c[7] ?? ''))
    expect(bad.map((c) => c.join(','))).toEqual([])
    // A persuades the over-50s: age is the first reason of the most profitable customer
    expect(cells[0][7]).toMatch(/^age=(5[1-9]|6\d|7[0-7]) /)
    expect(cells.every((c, k) => k === 0 || Number(c[4]) <= Number(cells[k - 1][4]))).toBe(true)
    await s.page.getByTestId('uplift-eval-A').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 120))
    await s.page.screenshot({ path: join(SCREENSHOTS, 'uplift-9-qini.png') })
    await s.page.getByTestId('uplift-plan').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 120))
    await s.page.screenshot({ path: join(SCREENSHOTS, 'uplift-5-who-next.png') })
    await s.page.getByTestId('locale').selectOption('es')
    await expect.poll(() => text('rollout-count')).toMatch(new RegExp(`Contacta ahora con ${count.toLocaleString('es-ES')} de ellos`))
    await s.page.screenshot({ path: join(SCREENSHOTS, 'uplift-6-who-next-es.png') })
    expect(await text('qini-auc-A')).toMatch(/^A: comprobado con 120 clientes reservados \(60 con A, 60 de control; entrenado con 280\)\. AUC Qini -?\d,\d{3}/)
    expect(await s.page.getByTestId('uplift-eval-A').getByRole('img').nth(1).getAttribute('aria-label')).toBe('Uplift por decil: A')
    await s.page.getByTestId('uplift-eval-A').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 120))
    await s.page.screenshot({ path: join(SCREENSHOTS, 'uplift-10-qini-es.png') })
    await s.page.getByTestId('locale').selectOption('en')
  })

  it('plans the budget on the uplift the test measured, per probability band, EN and ES', async () => {
    await s.page.getByTestId('step-budget').click()
    await s.page.getByTestId('budget-step').waitFor()
    expect(await s.page.getByTestId('use-measured').isChecked()).toBe(true)
    await s.page.getByTestId('run-budget').click()
    await s.page.getByTestId('budget-measured').waitFor({ timeout: 30_000 })
    // wave1_customers.csv against the scored file's scores: contacted A + B 73/400, control 20/200
    expect(await text('budget-measured')).toContain('the uplift the test measured on email (+8.2 pts against the control "control": 400 contacted, 200 control)')
    // likely (score ≥ 0.5): 39/206 contacted vs 12/102 control = +7.17 pts; hesitant 23/138 vs 6/69 = +7.97;
    // unlikely has 29 control customers (< 30): the overall uplift
    expect(await text('measured-likely')).toBe('measured uplift +7.2 pts (206 contacted, 102 control in this band)')
    expect(await text('measured-hesitant')).toBe('measured uplift +8.0 pts (138 contacted, 69 control in this band)')
    expect(await text('measured-unlikely')).toContain('the test\'s overall uplift +8.2 pts: this band had 56 contacted and 29 control customers, fewer than 30 in a group')
    expect(await s.page.getByTestId('budget-table').locator('thead').textContent()).toContain('Extra conv.')
    await s.page.getByTestId('budget-measured').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 120))
    await s.page.screenshot({ path: join(SCREENSHOTS, 'uplift-11-budget-measured.png') })
    await s.page.getByTestId('locale').selectOption('es')
    await expect.poll(() => text('measured-likely')).toBe('uplift medido +7,2 pp (206 contactados y 102 de control en esta franja)')
    expect(await text('budget-measured')).toContain('el uplift que midió el test por correo electrónico (+8,2 pp frente al control "control": 400 contactados, 200 de control)')
    await s.page.screenshot({ path: join(SCREENSHOTS, 'uplift-12-budget-measured-es.png') })
    await s.page.getByTestId('locale').selectOption('en')
  })

  it('saves the uplift model, re-opens it on the Models page and scores new customers with it (best creative, uplift), EN and ES', async () => {
    const p = s.page
    await p.getByTestId('step-results').click()
    await p.getByTestId('uplift-save').waitFor()
    expect(await p.getByTestId('uplift-model-name').inputValue()).toMatch(/^Who to contact next/)
    await p.getByTestId('uplift-model-name').fill('Who to contact next (wave 1)')
    await p.getByTestId('uplift-save-model').click()
    await expect.poll(() => text('uplift-saved'), { timeout: 30_000 }).toContain('Saved on the Models page as "Who to contact next (wave 1)".')
    // the file itself, as a colleague would get it
    const [dl] = await Promise.all([p.waitForEvent('download'), p.getByTestId('uplift-download-model').click()])
    expect(dl.suggestedFilename()).toMatch(/\.clmodel$/)
    const file = readFileSync((await dl.path())!)
    expect(file.subarray(0, 19).toString('latin1')).toBe('campaign-lab/model\n')
    await p.getByTestId('uplift-save').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 200))
    await p.screenshot({ path: join(SCREENSHOTS, 'uplift-13-save-model.png') })

    await p.locator('nav button[data-page=models]').click()
    await p.getByTestId('model-Who to contact next (wave 1)').click()
    await p.getByTestId('model-card').waitFor()
    expect(await text('uplift-creatives')).toBe('A, B, each against the control "control"')
    expect(await text('uplift-trained')).toBe('600 tested customers: A 200 (53 converted), B 200 (20 converted), control 200 (20 converted)')
    const card = await text('model-card')
    expect(card).toContain('This file contains no customer rows.')
    expect(card).toContain('T-learner (one model per creative and one for the control) on Logistic regression')
    expect(card).toMatch(/Qini AUC A \(held out\) -?\d\.\d{3}/)
    expect(card).toMatch(/Qini AUC B \(held out\) -?\d\.\d{3}/)
    // new customers: the scored file (1,500 customers, the tested ones among them)
    const scored = await p.getByTestId('score-dataset').locator('option').evaluateAll((os) => (os as HTMLOptionElement[]).find((o) => o.textContent!.startsWith('scored.csv'))!.value)
    await p.getByTestId('score-dataset').selectOption(scored)
    await p.getByTestId('score').click()
    await p.getByTestId('uplift-creative-counts').waitFor({ timeout: 60_000 })
    const cells = (id: string): Promise<string[][]> => p.getByTestId(id).locator('tbody tr').evaluateAll((rs) => (rs as HTMLTableRowElement[]).map((r) => Array.from(r.cells, (c) => c.textContent!.trim())))
    const counts = await cells('uplift-creative-counts')
    expect(counts.map((r) => r[0]).slice(0, 2)).toEqual(['A', 'B'])
    expect(counts.reduce((a, r) => a + Number(r[1].replace(/,/g, '')), 0)).toBe(1500)
    // creative A persuades the over-50s: some of the first customers get A, with a positive uplift
    const preview = await cells('uplift-score-preview')
    expect(preview).toHaveLength(20)
    expect(preview.every((r) => /^C\d{5}$/.test(r[0]) && /^-?\d+\.\d%$/.test(r[2]))).toBe(true)
    expect(preview.some((r) => r[1] === 'A' && !r[2].startsWith('-'))).toBe(true)
    await p.getByTestId('uplift-creative-counts').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 300))
    await p.screenshot({ path: join(SCREENSHOTS, 'uplift-14-models-score.png') })

    // the file opened from disk: validated, recognised as the model already saved
    await p.getByTestId('model-file-input').setInputFiles({ name: 'who-next.clmodel', mimeType: 'application/octet-stream', buffer: file })
    await expect.poll(() => text('uplift-creatives'), { timeout: 30_000 }).toBe('A, B, each against the control "control"')

    await p.setViewportSize({ width: 1920, height: 1080 })
    await p.getByTestId('locale').selectOption('es')
    await p.getByTestId('model-Who to contact next (wave 1)').click()
    await expect.poll(() => text('uplift-creatives')).toBe('A, B, cada una frente al control "control"')
    expect(await text('uplift-trained')).toBe('600 clientes del test: A 200 (53 convirtieron), B 200 (20 convirtieron), control 200 (20 convirtieron)')
    expect(await text('model-card')).toMatch(/AUC Qini A \(clientes reservados\) -?\d,\d{3}/)
    await p.getByTestId('score-dataset').selectOption(scored)
    await p.getByTestId('score').click()
    await p.getByTestId('uplift-creative-counts').waitFor({ timeout: 60_000 })
    expect(await text('uplift-creative-counts')).toContain('Mejor creatividad')
    await p.getByTestId('model-card').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 80))
    await p.screenshot({ path: join(SCREENSHOTS, 'uplift-15-models-es-1920.png') })
    // the save row where the roll-out is planned, in Spanish at 1920×1080
    await p.locator('nav button[data-page=campaign]').click()
    await p.getByTestId('step-results').click()
    await p.getByTestId('uplift-save').waitFor()
    expect(await text('uplift-save')).toContain('Guardar el modelo de uplift')
    expect(await p.getByTestId('uplift-model-name').inputValue()).toMatch(/^A quién contactar ahora/)
    // saving again under the same name: the registry asks before replacing the model it holds
    await p.getByTestId('uplift-model-name').fill('Who to contact next (wave 1)')
    await p.getByTestId('uplift-save-model').click()
    await p.getByTestId('uplift-save-replace').waitFor({ timeout: 30_000 })
    expect(await p.getByTestId('uplift-plan').getByRole('alert').textContent()).toContain('Ya hay guardado otro modelo llamado «Who to contact next (wave 1)»')
    expect(await text('uplift-save-replace')).toBe('Reemplazar')
    await p.getByTestId('uplift-save-replace').click()
    await expect.poll(() => text('uplift-saved'), { timeout: 30_000 }).toContain('Guardado en la página Modelos como "Who to contact next (wave 1)".')
    await p.getByTestId('uplift-save').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 300))
    await p.screenshot({ path: join(SCREENSHOTS, 'uplift-16-save-model-es-1920.png') })
    await p.getByTestId('locale').selectOption('en')
    await p.setViewportSize({ width: 1366, height: 768 })
  })

  it('made no request to any other origin', () => {
    expect(offOrigin(s.requests, base)).toEqual([])
    // and nothing failed on the page (a message that does not compile, a chart option that throws)
    expect(s.errors).toEqual([])
  })
})
