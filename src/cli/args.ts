/**
 * Argument parsing shared by every CLI command, on Node's `util.parseArgs` (tokens mode): the
 * commands keep declaring their options where they read them (`parseArgs(argv, booleans)` then
 * `allowOnly(a, known)`), and `--help` is answered from that same declaration, so a new command
 * gets `--help` without writing anything more.
 */
import { parseArgs as nodeParseArgs } from 'node:util'

/** A usage error (bad or missing option): the CLI prints it with a hint and exits 2. */
export class CliError extends Error {
  override name = 'CliError'
}

/**
 * Thrown instead of running a command when `--help` was given: carries the options the command
 * declared (its `allowOnly` list and boolean flags); src/cli.ts prints them and exits 0.
 */
export class HelpRequested extends Error {
  override name = 'HelpRequested'
  constructor(readonly known: readonly string[] | null, readonly booleans: readonly string[]) {
    super('help requested')
  }
}

export interface ParsedArgs {
  flags: Map<string, string | true>
  positional: string[]
  /** `--help` / `-h` was given: the first `allowOnly`/`str` call throws HelpRequested */
  help?: boolean
  /** the boolean flags the command declared (for --help) */
  booleans?: readonly string[]
}

/** Flags that may repeat: their values are joined with NUL (see PATH_LIST_SEP in src/data/node.ts). */
const LIST_FLAGS = new Set(['data'])

/**
 * Parse `--name value`, `--name=value` and boolean `--flag` (flags listed in `booleans`); `--`
 * ends the options. An option not declared boolean takes the next argument as its value.
 */
export function parseArgs(argv: string[], booleans: readonly string[] = []): ParsedArgs {
  const options: Record<string, { type: 'boolean'; short?: string }> = { help: { type: 'boolean', short: 'h' } }
  for (const b of booleans) options[b] = { type: 'boolean' }
  // `--name value` → `--name=value` for options not declared boolean, so a value may start with a
  // dash (`--min-lift -1`), which util.parseArgs would otherwise read as a short option
  const args: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--') { args.push(...argv.slice(i)); break }
    const name = a.slice(2)
    if (a.startsWith('--') && !a.includes('=') && name !== 'help' && !booleans.includes(name) && i + 1 < argv.length && argv[i + 1] !== '--help') {
      args.push(`${a}=${argv[++i]}`)
    } else args.push(a)
  }
  let tokens
  try {
    tokens = nodeParseArgs({ args, options, strict: false, allowPositionals: true, tokens: true }).tokens
  } catch (e) {
    throw new CliError((e as Error).message)
  }
  const flags = new Map<string, string | true>()
  const setValue = (name: string, v: string): void => {
    const had = flags.get(name)
    flags.set(name, LIST_FLAGS.has(name) && typeof had === 'string' ? `${had}\0${v}` : v)
  }
  const positional: string[] = []
  // known before the loop, so `--data --help` asks for help rather than failing on --data
  const help = tokens.some((tok) => tok.kind === 'option' && tok.name === 'help')
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]
    if (tok.kind === 'positional') positional.push(tok.value)
    else if (tok.kind === 'option') {
      const name = tok.name
      if (name === 'help') continue
      if (tok.inlineValue) setValue(name, tok.value ?? '')
      else if (booleans.includes(name)) flags.set(name, true)
      else {
        // strict:false reads an undeclared `--name` as a boolean: its value is the next token
        const next = tokens[t + 1]
        if (next?.kind === 'positional') { setValue(name, next.value); t++ }
        else if (help) flags.set(name, true)
        else throw new CliError(`--${name} needs a value`)
      }
    } else if (tok.kind === 'option-terminator') {
      for (const rest of tokens.slice(t + 1)) if (rest.kind === 'positional') positional.push(rest.value)
      break
    }
  }
  return { flags, positional, help, booleans }
}

export function str(a: ParsedArgs, name: string): string | undefined
export function str(a: ParsedArgs, name: string, required: true): string
export function str(a: ParsedArgs, name: string, required = false): string | undefined {
  if (a.help) throw new HelpRequested(null, a.booleans ?? [])
  const v = a.flags.get(name)
  if (v === undefined) {
    if (required) throw new CliError(`--${name} is required`)
    return undefined
  }
  if (v === true) throw new CliError(`--${name} needs a value`)
  return v
}

export function num(a: ParsedArgs, name: string, dflt?: number): number | undefined {
  const v = str(a, name)
  if (v === undefined) return dflt
  const n = Number(v)
  if (v.trim() === '' || !Number.isFinite(n)) throw new CliError(`--${name} must be a number, got "${v}"`)
  return n
}

export function bool(a: ParsedArgs, name: string): boolean {
  if (a.help) throw new HelpRequested(null, a.booleans ?? [])
  return a.flags.get(name) === true
}

/** Refuse flags a command does not know, naming them (and answer --help with the known ones). */
export function allowOnly(a: ParsedArgs, known: readonly string[]): void {
  if (a.help) throw new HelpRequested(known, a.booleans ?? [])
  for (const k of a.flags.keys()) if (!known.includes(k)) throw new CliError(`unknown option --${k} (options: ${known.map((o) => `--${o}`).join(', ')})`)
}

/**
 * Progress for long commands, on stderr only: on a terminal one line rewritten in place; in a log
 * (stderr redirected) a plain line every 10% and at the end, never a carriage return.
 */
export function progress(label = ''): { onProgress: (fraction: number, message?: string) => void; done: () => void } {
  const tty = process.stderr.isTTY === true
  let last = -10
  let drawn = false
  return {
    onProgress(f, m) {
      const pct = Math.max(0, Math.min(100, Math.floor(f * 100 + 1e-9)))
      if (tty) {
        if (pct === last) return
        last = pct
        drawn = true
        process.stderr.write(`\r${`${label}${pct}% ${m ?? ''}`.padEnd(70).slice(0, 79)}`)
      } else if (pct >= last + 10 || (f >= 1 && last < 100)) {
        last = pct
        process.stderr.write(`${label}${pct}% ${m ?? ''}`.trimEnd() + '\n')
      }
    },
    done() {
      if (drawn) process.stderr.write('\n')
      drawn = false
    },
  }
}
