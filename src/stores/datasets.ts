import { defineStore } from 'pinia'
import { ref, computed, markRaw } from 'vue'
import type { DatasetSummary } from '@/services/types'
import * as data from '@/services/data'
import { i18n } from '@/i18n'
import { errorMessage, type Message } from '@/ml/core/message'
import { renderMessage } from '@/i18n/render'
import { onStorageNotice, requestPersist } from '@/services/workspace'
import { onWorkspaceError, suspendWorkspace } from './persist'
import { announce } from '@/engine/tabs'

/** Dataset metadata (schema, profile summary) — rows stay in the data worker and IndexedDB. */
export const useDatasetsStore = defineStore('datasets', () => {
  const list = ref<DatasetSummary[]>([])
  const activeId = ref<string | null>(null)
  const storage = ref<{ usage: number; quota: number; persisted: boolean | null } | null>(null)
  const restoring = ref(false)
  /** a storage or restore problem, kept as a message code so it follows the UI language */
  const lastError = ref<Message | string | null>(null)

  const active = computed(() => list.value.find((d) => d.id === activeId.value) ?? null)

  /**
   * Schema and profile are replaced whole, never edited in place: Vue need not watch their entries
   * (on a 20,000-column file, making them reactive cost the page a third of a second).
   */
  function raw(d: DatasetSummary): DatasetSummary {
    markRaw(d.schema)
    markRaw(d.profile)
    return d
  }

  /** Listed without being made the active dataset (e.g. scores added from the Models page). */
  function add(d: DatasetSummary): void {
    if (!list.value.some((x) => x.id === d.id)) list.value.push(raw(d))
    announce({ type: 'stored', id: d.id })
  }

  function upsert(d: DatasetSummary): void {
    raw(d)
    const i = list.value.findIndex((x) => x.id === d.id)
    if (i >= 0) list.value[i] = d
    else list.value.push(d)
    activeId.value = d.id
    // imported, edited or derived: the other tabs read it again
    announce({ type: 'stored', id: d.id })
  }

  /**
   * Another tab changed the stored datasets: the data worker forgets its copies and the list is
   * read again (order and the active dataset kept where they still exist).
   */
  async function resync(change: { drop?: string[]; all?: boolean }): Promise<void> {
    try {
      const stored = await data.resync(change)
      const byId = new Map(stored.map((d) => [d.id, raw(d)]))
      const kept = list.value.filter((d) => byId.has(d.id)).map((d) => byId.get(d.id)!)
      list.value = [...kept, ...stored.filter((d) => !kept.some((k) => k.id === d.id))]
      if (!activeId.value || !byId.has(activeId.value)) activeId.value = list.value[0]?.id ?? null
    } catch (e) {
      lastError.value = errorMessage(e)
    }
    void refreshStorage()
  }

  async function refreshStorage(): Promise<void> {
    storage.value = await data.storageEstimate().catch(() => null)
  }

  // another tab upgrading the database, or a snapshot that could not be saved: said, never silent
  onStorageNotice((text) => (lastError.value = text))
  onWorkspaceError((text) => (lastError.value = text))

  async function restore(): Promise<void> {
    restoring.value = true
    // ask once for storage the browser will not evict; the answer is shown with the storage use
    void requestPersist().then(() => refreshStorage())
    try {
      const stored = await data.listStored()
      for (const d of stored) if (!list.value.some((x) => x.id === d.id)) list.value.push(raw(d))
      if (!activeId.value && list.value.length) activeId.value = list.value[0].id
    } catch (e) {
      lastError.value = errorMessage(e)
    } finally {
      restoring.value = false
      void refreshStorage()
    }
  }

  /** Parse and add files one by one; a failing file reports its error and leaves the rest untouched. */
  async function addFiles(files: File[], opts: data.ImportOptions & { asOne?: boolean } = {}): Promise<{ file: string; id?: string; error?: string; sheets?: string[] }[]> {
    const outcomes: { file: string; id?: string; error?: string; sheets?: string[] }[] = []
    if (opts.asOne && files.length > 1) {
      try {
        const d = await data.parseFilesAsOne(files, opts)
        upsert(d)
        outcomes.push({ file: files[0].name, id: d.id })
      } catch (e) {
        outcomes.push({ file: files[0].name, error: (e as Error).message })
      }
      void refreshStorage()
      return outcomes
    }
    for (const f of files) {
      try {
        const d = await data.parseFile(f, opts)
        upsert(d)
        outcomes.push({ file: f.name, id: d.id })
      } catch (e) {
        const err = e as Error & { sheets?: string[] }
        const sheets = /several sheets|varias hojas/i.test(err.message) ? parseSheets(err.message) : undefined
        outcomes.push({ file: f.name, error: renderMessage(errorMessage(err), i18n.global.locale.value === 'es' ? 'es' : 'en'), sheets })
      }
    }
    void refreshStorage()
    return outcomes
  }

  /** Load one of public/samples/ by file name (with its citation from samples.json). */
  async function addSample(file: string): Promise<DatasetSummary> {
    const res = await fetch('./samples/samples.json')
    const list = ((await res.json()) as { samples: { file: string; citation: string }[] }).samples
    const s = list.find((x) => x.file === file)
    if (!s) throw new Error(`No sample named ${file}`)
    const d = await data.loadSample(`./samples/${s.file}`, s.file, s.citation)
    upsert(d)
    void refreshStorage()
    return d
  }

  async function remove(id: string): Promise<void> {
    await data.removeDataset(id)
    announce({ type: 'removed', id })
    list.value = list.value.filter((d) => d.id !== id)
    if (activeId.value === id) activeId.value = list.value[0]?.id ?? null
    void refreshStorage()
  }

  async function deleteAll(): Promise<void> {
    // first: no result this tab still shows is written back after the wipe
    suspendWorkspace()
    await data.clearAll()
    announce({ type: 'cleared' })
    list.value = []
    activeId.value = null
    void refreshStorage()
  }

  return { list, activeId, active, storage, restoring, lastError, upsert, add, restore, addFiles, addSample, remove, deleteAll, refreshStorage, resync }
})

/** Sheet names listed in the worker's "several sheets" message: "... sheets: "A", "B" ...". */
function parseSheets(msg: string): string[] {
  return [...msg.matchAll(/"([^"]+)"/g)].map((m) => m[1]).filter((s) => !s.endsWith('.xlsx'))
}
