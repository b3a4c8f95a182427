import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import type { TestProject } from 'vitest/node'

/**
 * Serves the production build (`dist/`, built by `npm run test:e2e`) with `vite preview` on
 * 127.0.0.1 — the same static files a user gets, with the COOP/COEP headers of vite.config.ts.
 * Spawned as `node vite.js` so killing the PID stops the server (an npx wrapper would leave it).
 */
let server: ChildProcess | null = null

export async function setup(project: TestProject): Promise<void> {
  // E2E_DIST lets parallel work build and test its own copy (default: dist/).
  const outDir = process.env.E2E_DIST ?? 'dist'
  if (!existsSync(`${outDir}/index.html`)) throw new Error(`${outDir}/ is missing: run \`npx vite build\` first (npm run test:e2e does).`)
  const port = 4173 + Math.floor(Math.random() * 500)
  server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const base = `http://127.0.0.1:${port}/`
  const t0 = Date.now()
  for (;;) {
    try {
      const r = await fetch(base)
      if (r.ok) break
    } catch {
      /* not up yet */
    }
    if (Date.now() - t0 > 30_000) throw new Error('vite preview did not start within 30 s')
    await new Promise((r) => setTimeout(r, 200))
  }
  project.provide('baseUrl', base)
}

export async function teardown(): Promise<void> {
  server?.kill('SIGTERM')
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}
