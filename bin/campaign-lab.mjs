#!/usr/bin/env node
// `campaign-lab` (package.json "bin"): runs the CLI built into dist-cli/ by `npm run build:cli`,
// which `prepare` runs on `npm install` in a checkout, so no tsx is needed at run time.
import { existsSync } from 'node:fs'

const entry = new URL('../dist-cli/campaign-lab.mjs', import.meta.url)
if (!existsSync(entry)) {
  process.stderr.write('error: the campaign-lab CLI is not built yet: run `npm run build:cli` (or `npm install`) in the project folder\n')
  process.exit(1)
}
await import(entry.href)
