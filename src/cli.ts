/**
 * Command-line entry over the same src/data and src/ml code the app runs in workers:
 *   campaign-lab <command> [options]            (the `bin`: dist-cli/campaign-lab.mjs, plain Node)
 *   npm run --silent cli -- <command> [options] (from the sources, through tsx)
 * Each command lives in src/cli/<command>.ts and exports `run(argv): Promise<void>` (and may export
 * a `help` text); it prints one JSON object on stdout, progress and warnings on stderr.
 * Exit codes: 0 done, 1 failed (bad data, tampered model, …), 2 usage error (unknown command or option).
 */
import { readFileSync } from 'node:fs'
import { CliError, HelpRequested } from './cli/args'

const COMMANDS = ['profile', 'classify', 'regress', 'segment', 'rules', 'sequences', 'recommend', 'score', 'sql', 'campaign', 'abtest', 'retrain', 'reeval', 'uplift', 'clv'] as const
type Command = (typeof COMMANDS)[number]

interface CommandModule {
  run: (argv: string[]) => Promise<void>
  help?: string
}

/** src/cli.ts and dist-cli/campaign-lab.mjs both sit one folder below package.json. */
function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version
  } catch {
    return 'unknown'
  }
}

const USAGE = `usage: campaign-lab <command> [options]
       campaign-lab <command> --help
       campaign-lab --version

commands: ${COMMANDS.join(', ')}

Each command prints one JSON object on stdout; progress and warnings go to stderr.
Exit codes: 0 done, 1 failed, 2 usage error.
From a checkout, \`npm run --silent cli -- <command> [options]\` runs the same commands from the sources.
`

function commandHelp(cmd: string, mod: CommandModule, h: HelpRequested): string {
  const lines = [mod.help?.trim() ?? `usage: campaign-lab ${cmd} [options]`, '']
  if (h.known) {
    lines.push('options:')
    for (const o of h.known) lines.push(`  --${o}${h.booleans.includes(o) ? '' : ' VALUE'}`)
    lines.push('  --help')
  }
  return lines.join('\n') + '\n'
}

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv
  if (cmd === '--version' || cmd === '-v') {
    process.stdout.write(`${version()}\n`)
    return 0
  }
  if (cmd === '--help' || cmd === '-h' || cmd === 'help') {
    process.stdout.write(USAGE)
    return 0
  }
  if (!cmd) {
    process.stderr.write(USAGE)
    return 2
  }
  if (!(COMMANDS as readonly string[]).includes(cmd)) {
    process.stderr.write(`error: unknown command "${cmd}" (commands: ${COMMANDS.join(', ')}; campaign-lab --help)\n`)
    return 2
  }
  let mod: CommandModule | undefined
  try {
    mod = (await import(`./cli/${cmd as Command}.ts`)) as CommandModule
    await mod.run(rest)
    return 0
  } catch (e) {
    if (e instanceof HelpRequested && mod) {
      process.stdout.write(commandHelp(cmd, mod, e))
      return 0
    }
    const err = e as Error
    const msg = (err?.message ?? String(e)).split('\n')[0]
    process.stderr.write(`error: ${msg}\n`)
    if (err instanceof CliError) {
      process.stderr.write(`(campaign-lab ${cmd} --help lists the options)\n`)
      return 2
    }
    if (process.env.CAMPAIGN_LAB_DEBUG) process.stderr.write(`${err?.stack}\n`)
    return 1
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
