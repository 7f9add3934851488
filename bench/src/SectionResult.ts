/** One row of a section's table: cell values in column order. */
export type TableRow = readonly (string | number)[]

/**
 * What every benchmark section hands back to `run.ts`: a printable table plus the raw figures
 * that go to `results.json`. A section that cannot run yet returns `status: 'skipped'` with a
 * reason instead of throwing, so `pnpm bench` always prints every section.
 */
export interface SectionResult {
  /** Stable key in `results.json`, e.g. `bundleSize`. */
  id: string
  /** Heading printed above the table. */
  title: string
  /** `skipped` when a dependency (a package, Chromium, …) is not available. */
  status: 'ok' | 'skipped'
  /** Why the section was skipped; `null` when it ran. */
  reason: string | null
  /** How the figures were measured, printed under the heading. */
  method: string
  /** Column headings. */
  columns: readonly string[]
  /** Table rows. */
  rows: readonly TableRow[]
  /** Lines printed under the table (targets met or missed, caveats). */
  notes: readonly string[]
  /** Raw figures for `results.json`. */
  data: unknown
}

/** Builds the result of a section that could not run, with the reason it prints. */
export function skippedSection(
  id: string,
  title: string,
  method: string,
  reason: string,
): SectionResult {
  return {
    id,
    title,
    status: 'skipped',
    reason,
    method,
    columns: [],
    rows: [],
    notes: [],
    data: null,
  }
}

/** Builds the result of a section that ran: its table, the notes under it and the raw figures. */
export function okSection(
  id: string,
  title: string,
  method: string,
  table: Pick<SectionResult, 'columns' | 'rows' | 'notes' | 'data'>,
): SectionResult {
  return { id, title, status: 'ok', reason: null, method, ...table }
}
