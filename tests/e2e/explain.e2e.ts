import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest'
import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import { openApp, SCREENSHOTS, type Session } from './browser'

/**
 * The Predict page's SHAP section in real Chromium on the bank sample (y = yes, without the leaky
 * duration; LR + a depth-3 tree, 2 CV folds, the 4,000-row training subsample to stay fast): the
 * mean |SHAP| bar chart renders, one customer's contributions add up to their score (read from the
 * page, both the exact values and the rounded points shown), the beeswarm and the dependence plot
 * draw for the chosen inputs, the tree's rules show; in English and Spanish, at 1366×768 (and the
 * plots at 1920×1080).
 */
const base = inject('baseUrl')
let s: Session

async function part(name: string, selector: string): Promise<void> {
  await s.page.locator(selector).first().screenshot({ path: join(SCREENSHOTS, `${name}.png`) })
}

/** "+2.31" / "−0,45" / "11,70" → number, in the page's locale */
const points = (text: string, lang: 'en' | 'es'): number => {
  const t = text.trim().replace(/\s/g, '').replace(/\u2212/g, '-')
  return Number(lang === 'es' ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, ''))
}

/** The shown customer's base, contributions and score: exact (data-value) and as displayed. */
async function customerSums(lang: 'en' | 'es') {
  const p = s.page
  const base = Number(await p.getByTestId('shap-base').getAttribute('data-value'))
  const score = Number(await p.getByTestId('shap-score').getAttribute('data-value'))
  const rows = p.getByTestId('shap-contribution')
  const exact = (await rows.evaluateAll((trs) => trs.map((tr) => Number((tr as HTMLElement).dataset.value)))) as number[]
  const shown = (await rows.evaluateAll((trs) => trs.map((tr) => (tr.children[2] as HTMLElement).textContent ?? ''))).map((x) => points(x, lang))
  return {
    base, score, exact, shown,
    baseShown: points((await p.getByTestId('shap-base').textContent()) ?? '', lang),
    scoreShown: points((await p.getByTestId('shap-score').textContent()) ?? '', lang),
  }
}

function expectAddsUp(r: Awaited<ReturnType<typeof customerSums>>): void {
  expect(r.exact.length).toBeGreaterThan(0)
  expect(r.score).toBeGreaterThan(0)
  expect(r.score).toBeLessThan(1)
  // exact: expected value + Σ contributions = score
  expect(Math.abs(r.base + r.exact.reduce((a, b) => a + b, 0) - r.score)).toBeLessThan(1e-9)
  // as shown, in points with 2 decimals: within the rounding of the terms
  const sum = r.baseShown + r.shown.reduce((a, b) => a + b, 0)
  expect(Math.abs(sum - r.scoreShown)).toBeLessThanOrEqual(0.005 * (r.shown.length + 2) + 1e-9)
  r.exact.forEach((v, i) => expect(Math.abs(v * 100 - r.shown[i])).toBeLessThanOrEqual(0.005 + 1e-9))
}

describe('SHAP explanations on the Predict page (bank sample)', () => {
  beforeAll(async () => {
    s = await openApp(base)
    await s.page.setViewportSize({ width: 1366, height: 768 })
  })
  afterAll(async () => {
    await s?.close()
  })

  it('trains LR and a depth-3 tree on y = yes', async () => {
    const p = s.page
    await p.getByTestId('sample-bank-full.csv').click()
    await p.getByTestId('row-count').filter({ hasText: '45,211' }).waitFor({ timeout: 60_000 })
    await p.locator('nav button[data-page=predict]').click()
    await p.getByTestId('predict-target').selectOption('y')
    await p.getByTestId('predict-positive').selectOption('yes')
    await p.getByTestId('drop-duration').click({ timeout: 30_000 })
    await p.getByTestId('cv-folds').fill('2')
    await p.getByTestId('subsample').fill('4000')
    for (const m of ['lr', 'tree']) await p.getByTestId(`model-${m}`).check()
    for (const m of ['knn', 'svm', 'mlp', 'rf', 'gbt']) {
      const box = p.getByTestId(`model-${m}`)
      if (await box.count()) await box.uncheck()
    }
    await p.getByTestId('param-tree-maxDepth').fill('3')
    await p.getByTestId('train').click()
    await p.getByTestId('metrics-table').waitFor({ timeout: 200_000 })
    expect(await p.getByTestId('metrics-table').locator('tbody tr').count()).toBe(2)
  })

  it('LR: the mean |SHAP| chart renders and a customer\'s contributions add up to their score', async () => {
    const p = s.page
    await p.getByTestId('select-lr').click()
    await p.getByTestId('shap-run').click()
    await p.getByTestId('shap-contributions').waitFor({ timeout: 120_000 })
    await p.locator('[data-testid=shap-global] canvas').waitFor({ timeout: 20_000 })
    const summary = (await p.getByTestId('shap-summary').textContent()) ?? ''
    expect(summary).toMatch(/exact linear SHAP on 500 test customers/)
    expect(await p.getByTestId('shap-global').locator('h4').textContent()).toBe('Which inputs move the probability most (mean absolute SHAP value)')
    expect(await p.getByTestId('shap-customer').locator('option:checked').textContent()).toMatch(/^\d+ · score [\d.]+%$/)
    const first = await customerSums('en')
    expectAddsUp(first)
    expect(await p.getByTestId('shap-equation').textContent()).toMatch(/^Expected value [\d.]+ \+ contributions [+−-]?[\d.]+ = score [\d.]+$/)
    // another customer: the lowest score of the sample
    const opts = p.getByTestId('shap-customer').locator('option')
    expect(await opts.count()).toBe(500)
    await p.getByTestId('shap-customer').selectOption({ index: 499 })
    const last = await customerSums('en')
    expect(last.score).toBeLessThan(first.score)
    expectAddsUp(last)
    expect(await p.getByTestId('shap-contribution').first().locator('td').nth(1).textContent()).toMatch(/(raises|lowers) the probability by [\d.]+ points/)
    // each input row shows this customer's own value
    expect(await p.getByTestId('shap-value').count()).toBe(last.exact.length)
    expect(await p.getByTestId('shap-contribution').locator('[data-testid=shap-value]').first().textContent()).toMatch(/^= \S/)
    await p.getByTestId('shap').scrollIntoViewIfNeeded()
    await s.page.screenshot({ path: join(SCREENSHOTS, 'explain-lr-en.png') })
    await part('explain-part-lr-en', '[data-testid=shap]')
  })

  it('LR: the beeswarm shows every explained customer for the top inputs; the dependence plot follows the chosen inputs', async () => {
    const p = s.page
    await p.locator('[data-testid=shap-beeswarm] canvas').first().waitFor({ timeout: 20_000 })
    // 15 inputs without duration: the 12 that matter most, 500 dots each
    expect(await p.getByTestId('shap-beeswarm-help').textContent()).toMatch(/^One dot per customer and input \(500 test customers, the 12 inputs that matter most\)/)
    const inputs = p.getByTestId('shap-dependence-input').locator('option')
    expect(await inputs.count()).toBe(15)
    // by default the most important input, coloured by the next one
    const names = await inputs.allTextContents()
    expect(await p.getByTestId('shap-dependence-input').locator('option:checked').textContent()).toBe(names[0])
    expect(await p.getByTestId('shap-dependence-colour').locator('option:checked').textContent()).toBe(names[1])
    // the colour list leaves out the input itself and offers "(none)"
    const colours = await p.getByTestId('shap-dependence-colour').locator('option').allTextContents()
    expect(colours).toEqual(['(none)', ...names.slice(1)])
    await part('explain-part-beeswarm-en', '[data-testid=shap-beeswarm]')
    // a categorical input along the axis, coloured by a numeric one; then the reverse
    await p.getByTestId('shap-dependence-input').selectOption({ label: 'job' })
    await p.getByTestId('shap-dependence-colour').selectOption({ label: 'age' })
    await p.locator('[data-testid=shap-dependence] canvas').first().waitFor()
    await part('explain-part-dependence-job-en', '[data-testid=shap-dependence]')
    await p.getByTestId('shap-dependence-input').selectOption({ label: 'age' })
    // choosing the colour input as the input moves the colour to another input
    expect(await p.getByTestId('shap-dependence-colour').locator('option:checked').textContent()).not.toBe('age')
    await p.getByTestId('shap-dependence-colour').selectOption({ label: 'job' })
    await part('explain-part-dependence-age-en', '[data-testid=shap-dependence]')
    expect(s.errors).toEqual([])
  })

  it('tree: exact TreeSHAP adds up and the rules show (≤ 8 leaves at depth 3)', async () => {
    const p = s.page
    await p.getByTestId('select-tree').click()
    await p.getByTestId('shap-run').click()
    await p.getByTestId('tree-rules').waitFor({ timeout: 120_000 })
    expect(await p.getByTestId('shap-summary').textContent()).toMatch(/exact TreeSHAP \(path-dependent\) on 500 test customers/)
    expectAddsUp(await customerSums('en'))
    const rules = await p.getByTestId('tree-rule').allTextContents()
    expect(rules.length).toBeGreaterThanOrEqual(2)
    expect(rules.length).toBeLessThanOrEqual(8)
    for (const r of rules) expect(r).toMatch(/^If .+: [\d.]+% positive \([\d,]+ customers\)$/)
    // every training customer of the tree lands in one leaf
    const total = rules.reduce((a, r) => a + Number(/\(([\d,]+) customers\)/.exec(r)![1].replace(/,/g, '')), 0)
    expect(total).toBe(4000)
    await part('explain-part-tree-en', '[data-testid=shap]')
  })

  it('tree: the scored-customer export gives each customer\'s top 3 SHAP reasons, the ones the page shows', async () => {
    const p = s.page
    const [dl] = await Promise.all([p.waitForEvent('download', { timeout: 120_000 }), p.getByTestId('export-csv').click()])
    const lines = readFileSync((await dl.path())!, 'utf8').trimEnd().split('\n')
    const head = lines[0].split(',')
    expect(head).toEqual(['row', 'probability', 'band', 'reason_1', 'reason_1_contribution', 'reason_2', 'reason_2_contribution', 'reason_3', 'reason_3_contribution'])
    expect(lines.length).toBe(45_212)
    // the customer shown in the Explain section: the bank file has no id, so the id is the row number
    const id = Number(/^(\d+) ·/.exec((await p.getByTestId('shap-customer').locator('option:checked').textContent()) ?? '')![1])
    const row = lines[id].split(',')
    const shown = await p.getByTestId('shap-contribution').evaluateAll((trs) => trs.map((tr) => ({ c: (tr as HTMLElement).dataset.column!, v: Number((tr as HTMLElement).dataset.value) })))
    expect(Math.abs(Number(row[1]) - Number(await p.getByTestId('shap-score').getAttribute('data-value')))).toBeLessThan(1e-12)
    for (let k = 0; k < Math.min(3, shown.length); k++) {
      expect(row[3 + 2 * k].startsWith(`${shown[k].c} = `)).toBe(true)
      expect(Math.abs(Number(row[4 + 2 * k]) - shown[k].v)).toBeLessThan(1e-12)
    }
  })

  it('in Spanish: the same results re-rendered (rules, equation, numbers with a decimal comma)', async () => {
    const p = s.page
    await p.getByTestId('locale').selectOption('es')
    await expect.poll(() => p.getByTestId('tree-rule').first().textContent()).toMatch(/^Si .+: [\d,]+\s?% positivos \([\d.]+ clientes\)$/)
    expect(await p.getByTestId('shap-summary').textContent()).toMatch(/TreeSHAP exacto \(dependiente del camino\) con 500 clientes de prueba/)
    expect(await p.getByTestId('shap-equation').textContent()).toMatch(/^Valor esperado [\d,]+ \+ contribuciones [+−-]?[\d,]+ = puntuación [\d,]+$/)
    expectAddsUp(await customerSums('es'))
    expect(await p.getByTestId('shap-global').locator('h4').textContent()).toBe('Qué variables mueven más la probabilidad (valor SHAP absoluto medio)')
    await part('explain-part-tree-es', '[data-testid=shap]')
    await p.getByTestId('select-lr').click()
    await p.locator('[data-testid=shap-global] canvas').waitFor({ timeout: 20_000 })
    expect(await p.getByTestId('shap-summary').textContent()).toMatch(/SHAP lineal exacto con 500 clientes de prueba/)
    expectAddsUp(await customerSums('es'))
    expect(await p.getByTestId('shap-contribution').first().locator('td').nth(1).textContent()).toMatch(/(sube|baja) la probabilidad [\d,]+ puntos/)
    await p.getByTestId('shap').scrollIntoViewIfNeeded()
    await s.page.screenshot({ path: join(SCREENSHOTS, 'explain-lr-es.png') })
    await part('explain-part-lr-es', '[data-testid=shap]')
    expect(await p.getByTestId('shap-beeswarm').locator('h4').textContent()).toBe('Cada cliente explicado, variable a variable (enjambre SHAP)')
    expect(await p.getByTestId('shap-beeswarm-help').textContent()).toMatch(/^Un punto por cliente y variable \(500 clientes de prueba, las 12 variables/)
    expect(await p.getByTestId('shap-dependence-colour').locator('option').first().textContent()).toBe('(ninguna)')
    await part('explain-part-beeswarm-es', '[data-testid=shap-beeswarm]')
    await part('explain-part-dependence-es', '[data-testid=shap-dependence]')
    await p.setViewportSize({ width: 1920, height: 1080 })
    await p.getByTestId('shap-beeswarm').scrollIntoViewIfNeeded()
    await s.page.screenshot({ path: join(SCREENSHOTS, 'explain-plots-es-1920.png') })
    expect(s.errors).toEqual([])
  })
})

/**
 * The Segment page's customer map (Online Retail sample, k-means over k = 2..10): PCA at once,
 * UMAP drawn in the ml worker with its trustworthiness (k = 10) shown, PCA drawn again to compare;
 * in English and Spanish, at 1366×768 and 1920×1080.
 */
describe('customer maps on the Segment page (Online Retail sample)', () => {
  let m: Session
  beforeAll(async () => {
    m = await openApp(base)
    await m.page.setViewportSize({ width: 1366, height: 768 })
  })
  afterAll(async () => {
    await m?.close()
  })

  it('clusters the customers; the PCA map shows at once', async () => {
    const p = m.page
    await p.getByTestId('sample-online-retail-sample.csv').click()
    await expect.poll(() => p.getByTestId('row-count').textContent(), { timeout: 60_000 }).toContain('32,183')
    await p.locator('nav button[data-page=segment]').click()
    await p.getByTestId('seg-run-rfm').click()
    await p.getByTestId('rfm-segments').waitFor({ timeout: 60_000 })
    await p.getByTestId('seg-run-cluster').click()
    await p.getByTestId('suggested-k').waitFor({ timeout: 120_000 })
    await p.getByTestId('customer-map').locator('canvas').first().waitFor()
    expect(await p.getByTestId('map-title').textContent()).toBe('Customer map (PCA)')
    expect(await p.getByTestId('map-method').locator('option').allTextContents()).toEqual(['PCA', 't-SNE', 'UMAP'])
  })

  it('UMAP: drawn in the worker, with its trustworthiness; PCA drawn again for comparison', async () => {
    const p = m.page
    await p.getByTestId('map-method').selectOption('umap')
    expect(await p.getByTestId('map-title').textContent()).toBe('Customer map (UMAP)')
    await p.getByTestId('map-draw').click()
    await p.getByTestId('map-trust').waitFor({ timeout: 180_000 })
    expect(await p.getByTestId('map-error').count()).toBe(0)
    const umap = Number(await p.getByTestId('map-trust').getAttribute('data-value'))
    expect(umap).toBeGreaterThan(0.5)
    expect(umap).toBeLessThanOrEqual(1)
    expect(await p.getByTestId('map-trust').textContent()).toMatch(/^\s*Trustworthiness \(k = 10\): 0\.\d{3}/)
    await p.getByTestId('customer-map').locator('canvas').first().waitFor()
    await p.getByTestId('customer-map').scrollIntoViewIfNeeded()
    await p.screenshot({ path: join(SCREENSHOTS, 'map-umap-en-1366.png') })
    await p.getByTestId('customer-map').screenshot({ path: join(SCREENSHOTS, 'map-part-umap-en.png') })
    await p.getByTestId('map-method').selectOption('pca')
    await p.getByTestId('map-draw').click()
    await expect.poll(async () => (await p.getByTestId('map-trust').textContent()) ?? '', { timeout: 60_000 }).toMatch(/Trustworthiness/)
    const pca = Number(await p.getByTestId('map-trust').getAttribute('data-value'))
    expect(pca).toBeGreaterThan(0.5)
    // the UMAP map is kept: switching back shows it without drawing again
    await p.getByTestId('map-method').selectOption('umap')
    expect(Number(await p.getByTestId('map-trust').getAttribute('data-value'))).toBe(umap)
    console.log(`Online Retail sample map trustworthiness (k = 10): UMAP ${umap}, PCA ${pca}`)
  })

  it('in Spanish, and at 1920×1080', async () => {
    const p = m.page
    await p.getByTestId('locale').selectOption('es')
    await expect.poll(() => p.getByTestId('map-title').textContent()).toBe('Mapa de clientes (UMAP)')
    expect(await p.getByTestId('map-trust').textContent()).toMatch(/^\s*Fiabilidad \(k = 10\): 0,\d{3}/)
    await p.getByTestId('customer-map').screenshot({ path: join(SCREENSHOTS, 'map-part-umap-es.png') })
    await p.setViewportSize({ width: 1920, height: 1080 })
    await p.getByTestId('customer-map').scrollIntoViewIfNeeded()
    await p.screenshot({ path: join(SCREENSHOTS, 'map-umap-es-1920.png') })
    expect(m.errors).toEqual([])
  })
})
