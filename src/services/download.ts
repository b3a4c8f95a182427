/**
 * The one way the app saves a file: a blob: URL clicked through a temporary link (the CSP allows
 * blob:; nothing leaves the page). CSV text from the workers is in the default style and gets the
 * user's CSV setting (delimiter, decimal mark, BOM) here.
 */
import { restyleCsv, type CsvStyle } from '../data/csv'

// services never import stores: the settings store plugs the user's CSV style in at start-up (main.ts)
let styleOf: () => CsvStyle | undefined = () => undefined
export function configureCsvStyle(get: () => CsvStyle): void {
  styleOf = get
}

/** Offer bytes, text or a Blob as a file download. */
export function download(name: string, content: string | Uint8Array | Blob, type = 'application/octet-stream'): void {
  const url = URL.createObjectURL(content instanceof Blob ? content : new Blob([content as BlobPart], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.rel = 'noopener'
  document.body.appendChild(a)
  a.click()
  a.remove()
  // revoking at once can cancel the download in some browsers
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Offer a CSV export (written by src/data/csv in the default style) in the user's CSV style. */
export function downloadCsv(name: string, csv: string): void {
  const style = styleOf()
  download(name, style ? restyleCsv(csv, style) : csv, 'text/csv;charset=utf-8')
}
