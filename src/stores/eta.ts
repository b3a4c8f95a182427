/**
 * Time left for a running job, from its measured progress rate.
 *
 * Why not `elapsed × (1 − f) / f`: jobs are uneven (a fast first model, a slow SVM after it), so
 * that formula is optimistic early and then climbs (97 s → 299 s on a 281 s bank run). Here:
 * - the rate is a time-weighted moving average of the measured progress between reports that
 *   moved forward (time constant: a quarter of the run so far, at least 5 s), so one fast fold
 *   does not promise too much and a report without progress does not look like a stall;
 * - nothing is shown during a short warm-up (setup costs make the first rates meaningless);
 * - the shown value counts down with the clock between estimates (at most one a second); a new
 *   estimate above the value last shown may rise by at most 10 % of it, so a job that really slowed
 *   down still moves towards an honest estimate, without jumps.
 */
export interface EtaState {
  startedAt: number
  lastAt: number
  lastFraction: number
  /** smoothed progress rate (fraction per second), from recent intervals */
  recentRate: number | null
  shown: number | null
  shownAt: number
  /** the last value returned (what the user sees) */
  last: number | null
}

export const ETA_WARMUP_MS = 3000
export const ETA_MIN_FRACTION = 0.03
export const ETA_MAX_RISE = 0.1
const UPDATE_MS = 1000
/** time constant of the recent-rate average: a few seconds, growing with the run (smooths fold-sized steps) */
const tau = (elapsedS: number): number => Math.max(5, elapsedS / 4)

export function etaStart(now: number): EtaState {
  return { startedAt: now, lastAt: now, lastFraction: 0, recentRate: null, shown: null, shownAt: now, last: null }
}

/** Feed one progress report (fraction 0..1 at time `now`, ms); returns the whole seconds to show, or undefined. */
export function etaUpdate(s: EtaState, now: number, fraction: number): number | undefined {
  const out = compute(s, now, fraction)
  if (out !== undefined) s.last = out
  return out
}

function compute(s: EtaState, now: number, fraction: number): number | undefined {
  const f = Math.min(1, fraction)
  const elapsed = (now - s.startedAt) / 1000
  // only a report that moved forward closes an interval: one without progress (a message, a stall)
  // leaves the interval open, so its rate covers the stall once progress comes
  if (f > s.lastFraction && now > s.lastAt) {
    const dt = (now - s.lastAt) / 1000
    const r = (f - s.lastFraction) / dt
    const w = 1 - Math.exp(-dt / tau(elapsed))
    s.recentRate = s.recentRate === null ? r : s.recentRate + w * (r - s.recentRate)
    s.lastAt = now
    s.lastFraction = f
  }
  if (f >= 1) return 0
  const countdown = s.shown === null ? undefined : Math.round(Math.max(0, s.shown - (now - s.shownAt) / 1000))
  if (now - s.startedAt < ETA_WARMUP_MS || s.lastFraction < ETA_MIN_FRACTION || s.recentRate === null) return countdown
  if (countdown !== undefined && now - s.shownAt < UPDATE_MS) return countdown
  const rate = s.recentRate
  if (!(rate > 0)) return countdown
  let next = Math.round((1 - s.lastFraction) / rate)
  // a slower job than first measured: rise towards the new estimate by at most 10 % of what the
  // user saw last (so an estimate that ran down to 0 stays there; the UI says "finishing")
  if (s.last !== null && next > s.last) next = Math.min(next, Math.floor((1 + ETA_MAX_RISE) * s.last))
  s.shown = next
  s.shownAt = now
  return next
}
