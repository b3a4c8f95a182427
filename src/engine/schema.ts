/**
 * The workspace database's schema: one list of versions and what each upgrade does, shared by the
 * workers (datasets, models, runs, results) and the page (workspace snapshots). Pure: the upgrade
 * steps are functions over records, so they are tested in Node; workers/storage.ts applies them.
 *
 * v1: datasets {id, summary, table}, models, results.
 * v2: datasetMeta {id, summary} beside datasets (start-up reads only the metadata; columns are read
 *     on first use), workspace (each page's results and settings); results also hold the ml engines'
 *     durable results (training runs with their models, segmentations, rule sets, histories, scorings).
 */
export const DB_NAME = 'campaign-lab'
export const DB_VERSION = 2

export const STORES = ['datasets', 'datasetMeta', 'models', 'results', 'workspace'] as const
export type StoreName = (typeof STORES)[number]

/** Stores each version adds. */
export const STORES_ADDED: Record<number, readonly StoreName[]> = {
  1: ['datasets', 'models', 'results'],
  2: ['datasetMeta', 'workspace'],
}

/** A v1 dataset record: summary and columns together. */
export interface V1Dataset<S = unknown, T = unknown> {
  id: string
  summary: S
  table: T
}

/** v1 → v2: the metadata record of a stored dataset (the columns stay where they are). */
export function metaOfV1Dataset<S>(rec: V1Dataset<S>): { id: string; summary: S } {
  if (!rec || typeof rec.id !== 'string' || !rec.summary) throw new Error(`A stored dataset has no summary (${String(rec?.id)}): it cannot be listed.`)
  return { id: rec.id, summary: rec.summary }
}

/** What one version step does to the records, for a store-agnostic upgrade runner. */
export interface UpgradeStep {
  /** stores to create */
  create: readonly StoreName[]
  /** records to copy: from store, into store, with a mapping */
  copy?: { from: StoreName; into: StoreName; map: (rec: never) => { id: string } }[]
}

export const UPGRADES: Record<number, UpgradeStep> = {
  1: { create: STORES_ADDED[1] },
  2: { create: STORES_ADDED[2], copy: [{ from: 'datasets', into: 'datasetMeta', map: metaOfV1Dataset }] },
}

/** The steps from an old version (0 = new database) to the current one, in order. */
export function upgradeSteps(oldVersion: number, newVersion = DB_VERSION): UpgradeStep[] {
  if (oldVersion > newVersion) throw new RangeError(`The stored workspace was written by a newer version of Campaign Lab (schema ${oldVersion}, this one reads up to ${newVersion}).`)
  const out: UpgradeStep[] = []
  for (let v = oldVersion + 1; v <= newVersion; v++) out.push(UPGRADES[v])
  return out
}

/**
 * Apply upgrade steps to an in-memory database image ({store: records}): the same code path the
 * IndexedDB upgrade uses, so a test can open "a database written by the previous schema".
 */
export function applyUpgrade(image: Partial<Record<StoreName, { id: string }[]>>, oldVersion: number, newVersion = DB_VERSION): Partial<Record<StoreName, { id: string }[]>> {
  const out: Partial<Record<StoreName, { id: string }[]>> = { ...image }
  for (const step of upgradeSteps(oldVersion, newVersion)) {
    for (const s of step.create) out[s] ??= []
    for (const c of step.copy ?? []) out[c.into] = [...(out[c.into] ?? []), ...(out[c.from] ?? []).map((r) => c.map(r as never))]
  }
  return out
}
