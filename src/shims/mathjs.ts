// danfojs uses only these five statistics from mathjs (~820 KB); small exact versions instead.
type Arr = number[]
const flat = (a: Arr | Arr[]): Arr => (Array.isArray(a[0]) ? (a as Arr[]).flat() : (a as Arr))
export function mean(a: Arr | Arr[]): number {
  const v = flat(a)
  let s = 0
  for (const x of v) s += x
  return s / v.length
}
export function median(a: Arr | Arr[]): number {
  const v = [...flat(a)].sort((x, y) => x - y)
  const m = v.length >> 1
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2
}
export function mode(a: Arr | Arr[]): Arr {
  const counts = new Map<number, number>()
  for (const x of flat(a)) counts.set(x, (counts.get(x) ?? 0) + 1)
  let best = 0
  for (const c of counts.values()) best = Math.max(best, c)
  return [...counts].filter(([, c]) => c === best).map(([x]) => x)
}
export function variance(a: Arr | Arr[]): number {
  const v = flat(a)
  const m = mean(v)
  let s = 0
  for (const x of v) s += (x - m) * (x - m)
  return s / (v.length - 1)
}
export function std(a: Arr | Arr[]): number {
  return Math.sqrt(variance(a))
}
export default { mean, median, mode, variance, std }
