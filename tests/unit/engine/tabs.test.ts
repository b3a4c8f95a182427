import { afterEach, describe, expect, it } from 'vitest'
import { TAB_CHANNEL, announce, closeTabChannel, isTabEvent, onTabEvent, type TabEvent } from '../../../src/engine/tabs'

/** The tab channel over Node's BroadcastChannel (the same API as the browser's). */
describe('tab channel', () => {
  const others: BroadcastChannel[] = []
  afterEach(() => {
    closeTabChannel()
    for (const c of others.splice(0)) c.close()
  })

  it('hears another tab and ignores malformed messages', async () => {
    const heard: TabEvent[] = []
    onTabEvent((e) => heard.push(e))
    const other = new BroadcastChannel(TAB_CHANNEL)
    others.push(other)
    other.postMessage({ type: 'removed', id: 'bank-1' })
    other.postMessage({ type: 'removed' })
    other.postMessage('cleared')
    other.postMessage({ type: 'upgraded', version: 3 })
    await expect.poll(() => heard.length).toBe(2)
    expect(heard).toEqual([{ type: 'removed', id: 'bank-1' }, { type: 'upgraded', version: 3 }])
  })

  it('announces to the other tabs, not to itself', async () => {
    const mine: TabEvent[] = []
    onTabEvent((e) => mine.push(e))
    const other = new BroadcastChannel(TAB_CHANNEL)
    others.push(other)
    const got: unknown[] = []
    other.onmessage = (ev) => got.push(ev.data)
    announce({ type: 'cleared' })
    await expect.poll(() => got.length).toBe(1)
    expect(got[0]).toEqual({ type: 'cleared' })
    expect(mine).toEqual([])
  })

  it('accepts exactly the four kinds of event', () => {
    expect(isTabEvent({ type: 'stored', id: 'x' })).toBe(true)
    expect(isTabEvent({ type: 'cleared' })).toBe(true)
    expect(isTabEvent({ type: 'upgraded', version: '3' })).toBe(false)
    expect(isTabEvent({ type: 'wipe' })).toBe(false)
    expect(isTabEvent(null)).toBe(false)
  })
})
