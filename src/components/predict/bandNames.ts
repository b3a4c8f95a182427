import * as predict from '@/i18n/pages/predict'

/**
 * The app's default band names and channels ("likely", "phone call"…) follow the UI language: a
 * band text equal to a default in any language is shown in the current one, so bands made (and
 * stored, or saved in a model file) in one language read right after a switch, and exports carry
 * the names of the language they are made in. Names the user typed stay as they are.
 */
type Loc = 'en' | 'es'
const LANGS: Loc[] = ['en', 'es']
const KEYS = ['unlikely', 'hesitant', 'likely', 'unlikelyChannel', 'hesitantChannel', 'likelyChannel', 'newBand'] as const
type Key = (typeof KEYS)[number]

const byText = new Map<string, Key>()
for (const l of LANGS) for (const k of KEYS) byText.set(predict[l].bands[k].toLowerCase(), k)

/** A band's name or channel in `loc` when it is one of the defaults; otherwise unchanged. */
export function bandText(text: string, loc: string): string {
  const k = byText.get(text.trim().toLowerCase())
  return k ? predict[loc === 'es' ? 'es' : 'en'].bands[k] : text
}

/** The bands with default names and channels in `loc`; the same array when nothing changes. */
export function localizeBands<B extends { label: string; channel: string }>(bands: B[], loc: string): B[] {
  let changed = false
  const out = bands.map((b) => {
    const label = bandText(b.label, loc)
    const channel = bandText(b.channel, loc)
    if (label === b.label && channel === b.channel) return b
    changed = true
    return { ...b, label, channel }
  })
  return changed ? out : bands
}
