import { dataWorker, mlWorker } from './engine'

/**
 * Only with `?bench` in the URL: exposes the worker clients to `npm run bench`'s Chromium driver so
 * it can time worker calls directly (the same calls the pages make). Nothing else is exposed.
 */
export function installBenchHook(): void {
  const w = window as unknown as Record<string, unknown>
  w.__campaignLab = {
    call: (worker: 'data' | 'ml', method: string, args: unknown) => (worker === 'data' ? dataWorker : mlWorker).callPath(method, args).promise,
  }
}
