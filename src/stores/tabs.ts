import { defineStore, type Pinia } from 'pinia'
import { ref } from 'vue'
import { msg, type Message } from '@/ml/core/message'
import { DB_VERSION } from '@/engine/schema'
import { onTabEvent } from '@/engine/tabs'
import { onVersionChange } from '@/services/workspace'
import { suspendWorkspace } from './persist'
import { useDatasetsStore } from './datasets'

/**
 * This tab's view of the other open tabs: when one deletes all local data or a newer version
 * upgrades the database, this tab locks (a message and a Reload button over the page) and stops
 * writing its workspace; when one removes, imports or edits a dataset, the list is read again.
 */
export const useTabsStore = defineStore('tabs', () => {
  const locked = ref<Message | null>(null)
  function lock(reason: Message): void {
    suspendWorkspace()
    locked.value = reason
  }
  return { locked, lock }
})

export function installTabSync(pinia: Pinia): void {
  const tabs = useTabsStore(pinia)
  const datasets = useDatasetsStore(pinia)
  onTabEvent((e) => {
    if (e.type === 'cleared') {
      tabs.lock(msg('tabs.cleared'))
      void datasets.resync({ all: true })
    } else if (e.type === 'removed' || e.type === 'stored') {
      void datasets.resync({ drop: [e.id] })
    } else if (e.type === 'upgraded' && e.version > DB_VERSION) {
      tabs.lock(msg('tabs.upgraded'))
    }
  })
  // this tab's own connection was asked to let go by a newer version (it is closed by then)
  onVersionChange(() => tabs.lock(msg('tabs.upgraded')))
}
