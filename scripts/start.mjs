// `npm start`: build the static app (once per change) and serve it on 127.0.0.1 with the
// cross-origin isolation headers, opening on the embedded Bank Marketing sample.
import { spawn, spawnSync } from 'node:child_process'

const port = process.env.PORT ?? '4173'
const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)
const url = `http://127.0.0.1:${port}/?sample=bank-full.csv`
console.log(`\nCampaign Lab is running: open ${url}\n(the Bank Marketing sample loads on first visit; press Ctrl+C to stop)\n`)
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', port, '--strictPort'], { stdio: 'inherit' })
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig))
server.on('exit', (code) => process.exit(code ?? 0))
