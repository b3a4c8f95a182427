import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { resolve } from 'node:path'

/** Absolute path of ../shared beside the checkout (data + reference results), or null on a clone without it. */
export const SHARED: string | null = (() => {
  const p = resolve(fileURLToPath(new URL('../..', import.meta.url)), process.env.CAMPAIGN_LAB_SHARED ?? 'shared')
  return existsSync(p) ? p : null
})()

export const sharedPath = (...parts: string[]): string => {
  if (!SHARED) throw new Error('../shared is not present')
  return resolve(SHARED, ...parts)
}
