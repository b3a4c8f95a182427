import { describe, expect, it, vi } from 'vitest'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { allowOnly, bool, CliError, HelpRequested, num, parseArgs, progress, str } from '../../src/cli/args'

describe('CLI arguments (node:util parseArgs underneath)', () => {
  it('reads --name value, --name=value, booleans, negative values and -- ', () => {
    const a = parseArgs(['--data', 'x.csv', '--min-lift=-1', '--k', '-2.5', '--log', 'pos', '--', '--not-a-flag'], ['log'])
    expect(str(a, 'data')).toBe('x.csv')
    expect(num(a, 'min-lift')).toBe(-1)
    expect(num(a, 'k')).toBe(-2.5)
    expect(bool(a, 'log')).toBe(true)
    expect(bool(a, 'standardize')).toBe(false)
    expect(a.positional).toEqual(['pos', '--not-a-flag'])
  })

  it('refuses what it cannot use, as usage errors', () => {
    expect(() => parseArgs(['--data'])).toThrow(CliError)
    expect(() => parseArgs(['--data'])).toThrow('--data needs a value')
    expect(() => allowOnly(parseArgs(['--bogus', '1']), ['data'])).toThrow('unknown option --bogus (options: --data)')
    expect(() => str(parseArgs([]), 'data', true)).toThrow('--data is required')
    expect(() => num(parseArgs(['--k', 'four']), 'k')).toThrow('--k must be a number, got "four"')
    expect(() => num(parseArgs(['--k=']), 'k')).toThrow(CliError)
  })

  it('--help (anywhere, even after a flag without its value) answers with the declared options instead of running', () => {
    for (const argv of [['--help'], ['-h'], ['--data', 'x.csv', '--help'], ['--data', '--help']]) {
      const a = parseArgs(argv, ['log'])
      let caught: unknown
      try {
        allowOnly(a, ['data', 'log'])
      } catch (e) {
        caught = e
      }
      expect(caught).toBeInstanceOf(HelpRequested)
      expect((caught as HelpRequested).known).toEqual(['data', 'log'])
      expect((caught as HelpRequested).booleans).toEqual(['log'])
    }
  })

  it('progress into a log: plain lines every 10%, no carriage return', () => {
    const isTTY = process.stderr.isTTY
    const writes: string[] = []
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (writes.push(String(s)), true))
    try {
      Object.defineProperty(process.stderr, 'isTTY', { value: false, configurable: true })
      const bar = progress()
      for (let i = 0; i <= 100; i++) bar.onProgress(i / 100, 'step')
      bar.done()
      expect(writes.join('')).not.toContain('\r')
      expect(writes).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map((p) => `${p}% step\n`))
      writes.length = 0
      Object.defineProperty(process.stderr, 'isTTY', { value: true, configurable: true })
      const tty = progress()
      tty.onProgress(0.5, 'half')
      tty.done()
      expect(writes[0].startsWith('\r50% half')).toBe(true)
      expect(writes[1]).toBe('\n')
    } finally {
      spy.mockRestore()
      Object.defineProperty(process.stderr, 'isTTY', { value: isTTY, configurable: true })
    }
  })
})

describe('src/cli.ts (what the bin runs once built)', () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { encoding: 'utf8' })

  it('--version, --help on a command, exit codes 2 (usage) and 1 (failure), nothing but JSON on stdout', () => {
    const v = cli('--version')
    expect(v.status).toBe(0)
    expect(v.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version)
    const h = cli('profile', '--help')
    expect(h.status).toBe(0)
    expect(h.stdout).toContain('usage: campaign-lab profile --data FILE')
    expect(h.stdout).toContain('  --baskets\n')
    const u = cli('profile', '--bogus', 'x')
    expect(u.status).toBe(2)
    expect(u.stdout).toBe('')
    expect(u.stderr.split('\n')[0]).toBe('error: unknown option --bogus (options: --data, --sep, --sheet, --baskets)')
    const f = cli('profile', '--data', 'no-such-file.csv')
    expect(f.status).toBe(1)
    expect(f.stdout).toBe('')
    expect(f.stderr.split('\n')[0]).toMatch(/^error: .*no-such-file\.csv/)
    expect(cli('nope').status).toBe(2)
  }, 60_000)
})
