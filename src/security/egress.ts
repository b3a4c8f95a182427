/**
 * Which URLs a worker may reach: its own origin, blob: and data: URLs. Relative URLs resolve against
 * the worker's own location. Pure, so Node tests it; workers/egress.ts applies it.
 */
export function isAllowedUrl(url: string, base: string, origin: string): boolean {
  let u: URL
  try {
    u = new URL(url, base)
  } catch {
    return false
  }
  if (u.protocol === 'blob:' || u.protocol === 'data:') return true
  return u.origin === origin
}
