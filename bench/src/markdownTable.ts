import type { TableRow } from './SectionResult'

/**
 * Renders a GitHub-flavoured markdown table. Numbers are right-aligned and printed with
 * thousands separators; strings are left as they are.
 *
 * @example
 * ```ts
 * markdownTable(['entry', 'gzip (B)'], [['PinwheelLink', 1834]])
 * ```
 */
export function markdownTable(columns: readonly string[], rows: readonly TableRow[]): string {
  const numeric = columns.map(
    (_, i) => rows.length > 0 && rows.every((row) => typeof row[i] === 'number'),
  )
  const cell = (value: string | number | undefined): string =>
    typeof value === 'number' ? formatNumber(value) : (value ?? '').replaceAll('|', '\\|')
  const lines = [
    `| ${columns.join(' | ')} |`,
    `| ${numeric.map((isNumber) => (isNumber ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${columns.map((_, i) => cell(row[i])).join(' | ')} |`),
  ]
  return lines.join('\n')
}

/** Formats a figure for a table: integers with separators, fractions with up to two decimals. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value)
  const digits = Number.isInteger(value) ? 0 : Math.abs(value) >= 100 ? 0 : 2
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 })
}
