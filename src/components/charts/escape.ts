/**
 * Text from a file (column names, product names, category values) must never be read as HTML.
 * ECharts draws labels on the canvas (safe) but tooltips are HTML: every tooltip formatter's
 * output goes through sanitizeTooltip (EChart.vue wraps them all), which escapes everything and
 * lets through only bare line breaks (`<br>`, the one tag our formatters write: an element with no
 * attributes and no content, so text from a file that spells it can do no more than break a line).
 * Formatters therefore must not escape data themselves (it would show as "&lt;" after this).
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' }

/** Escape text for HTML (element content and attribute values). */
export function escapeHtml(s: unknown): string {
  return String(s ?? '').replace(/[&<>"'`]/g, (c) => ENTITIES[c])
}

/** Escape a tooltip's HTML, keeping only bare <br> (no attributes). */
export function sanitizeTooltip(html: unknown): string {
  return escapeHtml(html).replace(/&lt;br\s*\/?&gt;/gi, '<br>')
}

type Formatter = (...args: unknown[]) => unknown

/** Wrap every tooltip formatter function of a chart option (top level and per series) with sanitizeTooltip. */
export function safeTooltips<T extends Record<string, unknown>>(option: T): T {
  const wrap = (tip: unknown): unknown => {
    if (!tip || typeof tip !== 'object') return tip
    const t = tip as Record<string, unknown>
    if (typeof t.formatter !== 'function' || (t.formatter as { __safe?: boolean }).__safe) return tip
    const inner = t.formatter as Formatter
    const safe: Formatter & { __safe?: boolean } = (...args) => sanitizeTooltip(inner(...args))
    safe.__safe = true
    return { ...t, formatter: safe }
  }
  const out: Record<string, unknown> = { ...option }
  if (Array.isArray(out.tooltip)) out.tooltip = out.tooltip.map(wrap)
  else if (out.tooltip) out.tooltip = wrap(out.tooltip)
  if (Array.isArray(out.series)) out.series = out.series.map((s) => (s && typeof s === 'object' && 'tooltip' in s ? { ...s, tooltip: wrap((s as Record<string, unknown>).tooltip) } : s))
  return out as T
}
