/** What a CLI command printed on stdout while `f` ran (stderr, its progress lines, swallowed). */
export async function capture(f: () => Promise<void>): Promise<string> {
  const out = process.stdout.write.bind(process.stdout)
  const err = process.stderr.write.bind(process.stderr)
  let text = ''
  process.stdout.write = ((s: string) => ((text += s), true)) as typeof process.stdout.write
  process.stderr.write = (() => true) as typeof process.stderr.write
  try {
    await f()
  } finally {
    process.stdout.write = out
    process.stderr.write = err
  }
  return text
}
