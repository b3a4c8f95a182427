import { describe, expect, it } from 'vitest'
import { escapeHtml, safeTooltips, sanitizeTooltip } from '../../../src/components/charts/escape'

describe('text from files stays text in chart tooltips', () => {
  it.each([
    ['<svg onload=alert(1)>', '&lt;svg onload=alert(1)&gt;'],
    ['<a href="https://evil.example/login">Sign in again</a>', '&lt;a href=&quot;https://evil.example/login&quot;&gt;Sign in again&lt;/a&gt;'],
    ["{{ constructor.constructor('x')() }}", '{{ constructor.constructor(&#39;x&#39;)() }}'],
    ['Tom & Jerry `x`', 'Tom &amp; Jerry &#96;x&#96;'],
  ])('escapeHtml(%s)', (input, out) => {
    expect(escapeHtml(input)).toBe(out)
  })

  it('keeps the bare line breaks our formatters write, and nothing else', () => {
    expect(sanitizeTooltip('support 0.1<br>confidence 0.5<br/>')).toBe('support 0.1<br>confidence 0.5<br>')
    // a value from a file that spells a tag stays text, bold included
    expect(sanitizeTooltip('<b>gold</b><br><strong>x</strong>')).toBe('&lt;b&gt;gold&lt;/b&gt;<br>&lt;strong&gt;x&lt;/strong&gt;')
    expect(sanitizeTooltip('<img src=x onerror=alert(1)><br>')).toBe('&lt;img src=x onerror=alert(1)&gt;<br>')
    expect(sanitizeTooltip('<br onclick="x()">')).toBe('&lt;br onclick=&quot;x()&quot;&gt;')
  })

  it('wraps top-level and per-series tooltip formatters, once', () => {
    const f = (p: { name: string }): string => `${p.name}<br>x`
    const o = safeTooltips({ tooltip: { formatter: f }, series: [{ type: 'graph', tooltip: { formatter: f } }, { type: 'bar' }] })
    const top = (o.tooltip as { formatter: (p: unknown) => string }).formatter
    expect(top({ name: '<svg onload=x>' })).toBe('&lt;svg onload=x&gt;<br>x')
    const s0 = ((o.series as Array<{ tooltip: { formatter: (p: unknown) => string } }>)[0]).tooltip.formatter
    expect(s0({ name: '<i>' })).toBe('&lt;i&gt;<br>x')
    expect(safeTooltips(o).tooltip).toBe(o.tooltip)
  })
})
