import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { catalogues, renderMessage, formatBytes, type CatalogueEntry } from '@/i18n/render'
import { MessageError, errorMessage, msg, pct } from '@/ml/core/message'
import { englishJson } from '@/i18n/english'
import { deserializeError, serializeError } from '../../../workers/protocol'
import { defaultBands } from '@/ml/campaign/audience'

const ROOT = join(__dirname, '../../..')

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? files(p) : /\.ts$/.test(f) && !/generated/.test(f) ? [p] : []
  })
}

/** Every message code written literally in src/ml and src/data ('area.what' strings in msg/MessageError calls). */
function codesInSource(): Set<string> {
  const out = new Set<string>()
  for (const f of ['src/ml', 'src/data', 'src/services', 'src/stores'].flatMap((d) => files(join(ROOT, d)))) {
    const src = readFileSync(f, 'utf8')
    // string literals inside msg(...), MessageError(...) and ternaries within them
    for (const call of src.matchAll(/(?:msg|MessageError)\(([^()]*?(?:\([^()]*\))?[^()]*?)[,)]/g)) {
      for (const lit of call[1].matchAll(/'([a-z]+(?:\.[\w]+)+)'/g)) out.add(lit[1])
    }
    // budget errors: bad('code') → campaign.budget.error.code
    if (f.endsWith('budget.ts')) for (const m of src.matchAll(/\bbad\('(\w+)'/g)) out.add(`campaign.budget.error.${m[1]}`)
  }
  return out
}

const placeholders = (e: CatalogueEntry): string[] =>
  [...new Set((typeof e === 'string' ? [e] : [e.one, e.other]).flatMap((s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort()

describe('message catalogues', () => {
  const codes = codesInSource()

  it('finds the codes in the source (the scan itself works)', () => {
    expect(codes.size).toBeGreaterThan(100)
    expect(codes.has('campaign.audience.scored')).toBe(true)
    expect(codes.has('campaign.budget.error.bandOverlap')).toBe(true)
  })

  it('every code produced by src/ml and src/data has an English and a Spanish text', () => {
    const dynamic = [
      ...defaultBands.map((b) => `campaign.band.${b.name}`),
      ...['sendToOpen', 'openToClick', 'clickToPurchase', 'sendToPurchase'].map((s) => `campaign.stage.${s}`),
      'segment.describe.recLowWith', 'segment.describe.recHighWith',
    ]
    const missing = { en: [] as string[], es: [] as string[] }
    for (const c of [...codes, ...dynamic]) {
      if (!(c in catalogues.en)) missing.en.push(c)
      if (!(c in catalogues.es)) missing.es.push(c)
    }
    expect(missing).toEqual({ en: [], es: [] })
  })

  it('the two catalogues have the same codes, plural shapes and parameters', () => {
    expect(Object.keys(catalogues.es).sort()).toEqual(Object.keys(catalogues.en).sort())
    for (const [code, en] of Object.entries(catalogues.en)) {
      const es = catalogues.es[code]
      expect(typeof es, code).toBe(typeof en)
      // data errors: English prints the error's own detailed sentence, Spanish one per reason
      if (en === '{detail}') expect(placeholders(es), code).toEqual(['file', 'where'])
      else expect(placeholders(es), code).toEqual(placeholders(en))
    }
  })

  it('Spanish texts are translated (only pure-parameter entries may equal the English)', () => {
    const same = Object.entries(catalogues.en).filter(([c, en]) => JSON.stringify(catalogues.es[c]) === JSON.stringify(en)).map(([c]) => c)
    const onlyParams = (c: string): boolean => placeholders(catalogues.en[c]).length > 0 && JSON.stringify(catalogues.en[c]).replace(/\{\w+\}|[\s"(){}:;,≥≤<>+−-]|one|other/g, '') === ''
    // names of methods and metrics, and words spelt the same in both languages ('no')
    const NAMES = new Set(['retrain.ui.prAuc', 'retrain.ui.psi', 'retrain.ui.no', 'clv.models.bgnbd', 'clv.models.mbgnbd', 'clv.models.paretonbd', 'clv.models.gammagamma', 'explain.map.method.pca', 'explain.map.method.tsne', 'explain.map.method.umap'])
    expect(same.filter((c) => !onlyParams(c) && !NAMES.has(c))).toEqual([])
  })

  it('Spanish is in the informal register (no "usted")', () => {
    const text = JSON.stringify(catalogues.es)
    expect(text).not.toMatch(/\busted(es)?\b|\bsu archivo\b|\bintroduzca\b|\belija\b|\bindique\b/i)
  })
})

describe('rendering', () => {
  it('formats numbers, percents, lists and plurals in the locale', () => {
    const m = msg('campaign.audience.noScoreWarning', { n: 12_345 })
    expect(renderMessage(m, 'en')).toBe('12,345 customers have no score and were left out')
    expect(renderMessage(m, 'es')).toBe('12.345 clientes no tienen puntuación y se han dejado fuera')
    expect(renderMessage(msg('campaign.audience.noScoreWarning', { n: 1 }), 'es')).toBe('1 cliente no tiene puntuación y se ha dejado fuera')
    expect(renderMessage(msg('campaign.audience.band', { min: pct(0.15), max: pct(0.5) }), 'en')).toBe('Band 15%–50%')
    expect(renderMessage(msg('campaign.audience.band', { min: pct(0.15), max: pct(0.5) }), 'es')).toBe('Franja 15\u00a0%–50\u00a0%')
    expect(renderMessage(msg('campaign.audience.segment', { column: 's', values: { list: ['A', 'B'], or: true } }), 'es')).toBe('Segmento s = A o B')
  })

  it('nested messages render in the same language', () => {
    const m = msg('campaign.audience.bandNamed', { name: msg('campaign.band.hesitant'), min: pct(0.15), max: pct(0.5) })
    expect(renderMessage(m, 'es')).toBe('Franja indecisos 15\u00a0%–50\u00a0%')
  })

  it('an unknown code falls back to English with the code shown, or to the code itself', () => {
    const es = catalogues.es as Record<string, CatalogueEntry>
    const saved = es['campaign.audience.empty']
    delete es['campaign.audience.empty']
    try {
      expect(renderMessage(msg('campaign.audience.empty'), 'es')).toBe('No customer is left after these steps [campaign.audience.empty]')
    } finally {
      es['campaign.audience.empty'] = saved
    }
    expect(renderMessage(msg('no.such.code', { n: 3 }), 'es')).toBe('[no.such.code] n=3')
  })

  it('sizes are shown in KB/MB, never raw bytes', () => {
    expect(formatBytes(5_121_658, 'en')).toBe('4.9 MB')
    expect(formatBytes(5_121_658, 'es')).toBe('4,9 MB')
    expect(formatBytes(512, 'en')).toBe('512 B')
  })
})

describe('errors keep their code', () => {
  it('MessageError: English message for the CLI, code and params for the app', () => {
    const e = new MessageError('campaign.error.groupTooMany', { k: 5, n: 3 })
    expect(e.message).toBe('Cannot make 5 groups from 3 chosen customers')
    expect(renderMessage(errorMessage(e), 'es')).toBe('No se pueden formar 5 grupos con 3 clientes elegidos')
  })

  it('across the worker boundary', () => {
    const back = deserializeError(serializeError(new MessageError('campaign.error.controlMissing', { control: 'control', arms: { list: ['A', 'B'] } })))
    expect(renderMessage(errorMessage(back), 'es')).toMatch(/^El grupo de control "control" no está entre las creatividades de los resultados \(A y B\)/)
    // an error without a code is shown as its text
    expect(renderMessage(errorMessage(deserializeError(serializeError(new Error('boom')))), 'es')).toBe('boom')
  })

  it('the CLI writes codes as English text', () => {
    expect(JSON.parse(JSON.stringify({ w: [msg('campaign.audience.empty')] }, englishJson))).toEqual({ w: ['No customer is left after these steps'] })
  })
})

describe('errors a user can trigger from the Predict, Segment and A/B forms or the CLI', () => {
  // Option and data checks in src/ml throw codes (issue #11): every such code, also the ones picked
  // by a ternary or held in a variable before the throw, must have both texts.
  const codes = new Set<string>()
  for (const f of files(join(ROOT, 'src/ml'))) {
    for (const m of readFileSync(f, 'utf8').matchAll(/'((?:ml|train|split|cluster|segment|power)\.error\.\w+)'/g)) codes.add(m[1])
  }

  it('finds the converted codes', () => {
    expect(codes.size).toBeGreaterThan(100)
    for (const c of ['ml.error.numAbove', 'ml.error.intRange', 'train.error.voteMemberFailed', 'split.error.tooManyFolds', 'cluster.error.kDistinct', 'segment.error.badK', 'power.error.rho']) expect(codes.has(c), c).toBe(true)
  })

  it('each has an English and a Spanish text with the same parameters', () => {
    const missing = [...codes].filter((c) => !(c in catalogues.en) || !(c in catalogues.es))
    expect(missing).toEqual([])
    for (const c of codes) expect(placeholders(catalogues.es[c]), c).toEqual(placeholders(catalogues.en[c]))
  })

  it('bad hyperparameters and data throw codes: English for the CLI, Spanish in the app, also across the worker boundary', async () => {
    const { SVC } = await import('@/ml/estimators/svm')
    const { KNeighborsClassifier } = await import('@/ml/estimators/knn')
    const { stratifiedKFold } = await import('@/ml/selection/split')
    const { sampleSizePerArm } = await import('@/ml/stats/power')
    const caught = (f: () => unknown): Error => {
      try {
        f()
      } catch (e) {
        return deserializeError(serializeError(e))
      }
      throw new Error('did not throw')
    }
    const c = caught(() => new SVC({ C: 0 }))
    expect(c.message).toBe('SVM: C must be a number > 0, got 0')
    expect(renderMessage(errorMessage(c), 'es')).toBe('SVM: C debe ser un número > 0; has puesto 0')
    const k = caught(() => new KNeighborsClassifier({ weights: 'gauss' as never }))
    expect(renderMessage(errorMessage(k), 'es')).toBe('KNN weights debe ser uno de estos valores: uniform, distance; has puesto gauss')
    const folds = caught(() => stratifiedKFold(Uint8Array.from([0, 1, 0]), 5))
    expect(folds.message).toBe('Cannot make 5 CV folds from 3 training rows: use fewer folds')
    expect(renderMessage(errorMessage(folds), 'es')).toBe('No se pueden formar 5 pliegues de validación cruzada con 3 filas de entrenamiento: usa menos pliegues')
    const p = caught(() => sampleSizePerArm(1.5, 0.2))
    expect(renderMessage(errorMessage(p), 'es')).toBe('la conversión de partida debe estar en (0, 1); has puesto 1.5')
  })
})

describe('model file errors', () => {
  it('every reason has a plain sentence in both languages; the pointer stays out of it', async () => {
    const { ModelFileError } = await import('@/ml/modelfile/errors')
    const reasons = ['too-large', 'empty', 'not-a-model', 'truncated', 'bad-json', 'forbidden-key', 'too-deep', 'future-version', 'old-version', 'schema', 'manifest-hash', 'weights-hash', 'weights-layout', 'model'] as const
    for (const r of reasons) {
      const e = new ModelFileError('churn.clmodel', r, '/weights/sha256', 'the weights do not match')
      for (const l of ['en', 'es'] as const) {
        const text = renderMessage(errorMessage(e), l)
        expect(text, `${r} ${l}`).toMatch(/^(Se ha rechazado )?churn\.clmodel\b/)
        expect(text).not.toMatch(/\/weights|\[model\.error/)
      }
    }
  })
})

describe('data errors', () => {
  it('every reason has a sentence in both languages, with the row and column, also after the worker boundary', async () => {
    const { DataError } = await import('@/data/errors')
    const codes = ['empty', 'header-only', 'binary', 'ragged', 'unknown-format', 'gzip', 'json', 'xlsx', 'sheet', 'baskets', 'join-key', 'join-duplicate', 'override'] as const
    for (const c of codes) {
      const e = deserializeError(serializeError(new DataError(c, 'clientes.csv', 'detail', { row: 12, column: 'edad' })))
      const es = renderMessage(errorMessage(e), 'es')
      expect(es, c).toMatch(/clientes\.csv.* \(fila 12, columna "edad"\)\.$/)
      expect(es).not.toMatch(/\[data\.error|detail/)
      expect(renderMessage(errorMessage(e), 'en')).toBe('detail')
    }
  })
})
