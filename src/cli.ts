/**
 * Command-line entry over the same src/data and src/ml code the app runs in workers:
 *   npm run --silent cli -- <command> [options]
 * Each command lives in src/cli/<command>.ts and exports `run(argv): Promise<void>`; it prints one
 * JSON object on stdout, progress on stderr. Bad arguments or data: one line on stderr, exit 2.
 */
import { CliError } from './cli/args'

const COMMANDS = ['profile', 'classify', 'regress', 'segment', 'rules', 'sequences', 'recommend', 'score', 'sql', 'campaign', 'abtest', 'clv'] as const
type Command = (typeof COMMANDS)[number]

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv
  if (!cmd || cmd === '--help' || cmd === 'help') {
    process.stdout.write(`usage: npm run --silent cli -- <${COMMANDS.join('|')}> [options]\n`)
    return cmd ? 0 : 2
  }
  if (!(COMMANDS as readonly string[]).includes(cmd)) {
    process.stderr.write(`error: unknown command "${cmd}" (commands: ${COMMANDS.join(', ')})\n`)
    return 2
  }
  try {
    const mod = (await import(`./cli/${cmd as Command}.ts`)) as { run: (argv: string[]) => Promise<void> }
    await mod.run(rest)
    return 0
  } catch (e) {
    const err = e as Error
    // Expected failures (bad flags, bad data, tampered model) are one line and exit 2.
    const msg = (err?.message ?? String(e)).split('\n')[0]
    process.stderr.write(`error: ${msg}\n`)
    if (process.env.CAMPAIGN_LAB_DEBUG && !(err instanceof CliError)) process.stderr.write(`${err?.stack}\n`)
    return 2
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
