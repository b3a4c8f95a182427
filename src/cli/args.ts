/** Tiny, strict argument parsing shared by every CLI command. */
export class CliError extends Error {
  override name = 'CliError'
}

export interface ParsedArgs {
  flags: Map<string, string | true>
  positional: string[]
}

/** Flags that may repeat: their values are joined with NUL (see PATH_LIST_SEP in src/data/node.ts). */
const LIST_FLAGS = new Set(['data'])

/** Parse `--name value`, `--name=value` and boolean `--flag` (flags listed in `booleans`). */
export function parseArgs(argv: string[], booleans: readonly string[] = []): ParsedArgs {
  const flags = new Map<string, string | true>()
  const positional: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a.startsWith('--')) {
      const eq = a.indexOf('=')
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2)
      let v: string | true
      if (eq > 0) v = a.slice(eq + 1)
      else if (booleans.includes(name)) v = true
      else {
        const next = argv[i + 1]
        if (next === undefined) throw new CliError(`--${name} needs a value`)
        v = next
        i++
      }
      const had = flags.get(name)
      flags.set(name, LIST_FLAGS.has(name) && typeof had === 'string' && typeof v === 'string' ? `${had}\0${v}` : v)
    } else positional.push(a)
  }
  return { flags, positional }
}

export function str(a: ParsedArgs, name: string): string | undefined
export function str(a: ParsedArgs, name: string, required: true): string
export function str(a: ParsedArgs, name: string, required = false): string | undefined {
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
  if (!Number.isFinite(n)) throw new CliError(`--${name} must be a number, got "${v}"`)
  return n
}

export function bool(a: ParsedArgs, name: string): boolean {
  return a.flags.get(name) === true
}

/** Refuse flags a command does not know, naming them. */
export function allowOnly(a: ParsedArgs, known: readonly string[]): void {
  for (const k of a.flags.keys()) if (!known.includes(k)) throw new CliError(`unknown option --${k}`)
}
