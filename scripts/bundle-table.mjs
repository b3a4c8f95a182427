// Bundle table for the README: every JavaScript file of a production build with its gzip size, and
// how many copies of TF.js it holds (files carrying tfjs-core's engine). Usage:
//   npx vite build --outDir dist && node scripts/bundle-table.mjs dist
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const dir = join(process.argv[2] ?? 'dist', 'assets')
const kb = (n) => (n / 1024).toFixed(1)
const rows = readdirSync(dir)
  .filter((f) => f.endsWith('.js'))
  .map((f) => {
    const text = readFileSync(join(dir, f))
    const s = text.toString('utf8')
    return {
      file: f,
      raw: text.length,
      gzip: gzipSync(text, { level: 9 }).length,
      // tfjs-core's Engine class names its global registry like this, once per copy
      tfCore: s.includes('_tfengine') ? 1 : 0,
    }
  })
  .sort((a, b) => b.gzip - a.gzip)
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 })
const group = (re) => rows.filter((r) => re.test(r.file)).reduce((t, r) => t + r.gzip, 0)
console.log(`| chunk | raw KB | gzip KB |\n|---|---:|---:|`)
for (const r of rows.filter((r) => r.gzip > 20 * 1024)) console.log(`| ${r.file.replace(/-[\w-]{8}\.js$/, '.js')}${r.tfCore ? ' (tfjs-core)' : ''} | ${kb(r.raw)} | ${kb(r.gzip)} |`)
console.log(`| ${rows.filter((r) => r.gzip <= 20 * 1024).length} smaller chunks | ${kb(rows.filter((r) => r.gzip <= 20 * 1024).reduce((t, r) => t + r.raw, 0))} | ${kb(rows.filter((r) => r.gzip <= 20 * 1024).reduce((t, r) => t + r.gzip, 0))} |`)
console.log(`| **all JavaScript (${rows.length} files)** | ${kb(total.raw)} | ${kb(total.gzip)} |`)
console.log(`\ncopies of tfjs-core: ${rows.reduce((t, r) => t + r.tfCore, 0)}; worker entry chunks: ${rows.filter((r) => /worker/.test(r.file)).map((r) => r.file).join(', ')}; TopK_impl (a TF.js kernel) files: ${rows.filter((r) => /^TopK_impl/.test(r.file)).length}`)
void group
