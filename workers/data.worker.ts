/// <reference lib="webworker" />
// The data worker: parse, infer, profile, join and persist datasets. Tables stay here as typed
// arrays; the page receives summaries and windows of rows. The ml worker reaches the same methods
// over its own MessageChannel port, so tables go from this worker to it without crossing the page.
import { registerHandlers } from './dispatch'
import { dataHandlers } from './data/handlers'

registerHandlers('data', dataHandlers)
self.addEventListener('message', (ev: MessageEvent<{ type?: string }>) => {
  if (ev.data?.type === 'connect' && ev.ports[0]) registerHandlers('data', dataHandlers, ev.ports[0] as never)
})
export {}
