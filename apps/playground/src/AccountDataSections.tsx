import type { ReactNode } from 'react'
import { formatCents, formatShortStamp } from './formatTime'
import { JsonDetails } from './JsonDetails'
import { jobLabel } from './jobLabel'
import type { AccountData, AccountPart, Loaded } from './useAccountData'

type Fields = Record<string, unknown>

function dataOf(loaded: Loaded): Fields | null {
  if (loaded.state !== 'ok') return null
  const data = loaded.body.data
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Fields) : null
}

function listOf(loaded: Loaded): Fields[] {
  if (loaded.state !== 'ok') return []
  const data = loaded.body.data
  return Array.isArray(data) ? (data as Fields[]) : []
}

function str(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–'
  return String(value)
}

function stampsOf(account: Fields, key: string): Record<string, string | null> {
  const value = account[key]
  return value !== null && typeof value === 'object' ? (value as Record<string, string | null>) : {}
}

/** A data section: its title, the refreshed/updated times, and its body or why there is none. */
function Part({
  part,
  loaded,
  account,
  children,
}: {
  part: AccountPart
  loaded: Loaded
  account: Fields
  children: ReactNode
}): ReactNode {
  const titleId = `account-${part}-title`
  return (
    <section className="card" aria-labelledby={titleId}>
      <h4 id={titleId}>{jobLabel(part)}</h4>
      {loaded.state === 'not-pulled' && (
        <p className="empty">Not pulled: this account's link token did not ask for it.</p>
      )}
      {loaded.state === 'error' && (
        <p className="error" role="alert">
          {loaded.message}
        </p>
      )}
      {loaded.state === 'ok' && (
        <>
          {children}
          <p className="meta stamps">
            <span>refreshed {formatShortStamp(stampsOf(account, 'data_refreshed_at')[part])}</span>
            <span>updated {formatShortStamp(stampsOf(account, 'data_updated_at')[part])}</span>
          </p>
        </>
      )}
    </section>
  )
}

function Facts({ rows }: { rows: [string, ReactNode, string?][] }): ReactNode {
  return (
    <dl className="facts">
      {rows.map(([term, value, testId]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd data-testid={testId}>{value}</dd>
        </div>
      ))}
    </dl>
  )
}

function Rows({ caption, head, rows }: { caption: string; head: string[]; rows: string[][] }) {
  if (rows.length === 0) return <p className="empty">None yet.</p>
  return (
    <table className="compact">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {head.map((cell) => (
            <th key={cell} scope="col">
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id of their own here.
          <tr key={index}>
            {row.map((cell, column) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional.
              <td key={column}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** An account's data (identity, employment, income, paystubs, shifts), one card per job. */
export function AccountDataSections({ data }: { data: AccountData }): ReactNode {
  const { account, parts } = data
  const identity = dataOf(parts.identity)
  const employment = dataOf(parts.employment)
  const income = dataOf(parts.income)
  const address = identity?.address as Fields | undefined
  return (
    <div className="account-data">
      <Part part="identity" loaded={parts.identity} account={account}>
        <Facts
          rows={[
            ['Full name', str(identity?.full_name), 'identity-name'],
            ['Date of birth', str(identity?.date_of_birth)],
            ['SSN (last 4)', str(identity?.last_four_ssn)],
            ['Email', Array.isArray(identity?.emails) ? identity.emails.join(', ') : '–'],
            ['Address', str(address?.raw)],
          ]}
        />
      </Part>
      <Part part="employment" loaded={parts.employment} account={account}>
        <Facts
          rows={[
            ['Employer', str(employment?.employer_name)],
            ['Title', str(employment?.title)],
            ['Status', str(employment?.status)],
            ['Since', str(employment?.start_date)],
          ]}
        />
      </Part>
      <Part part="income" loaded={parts.income} account={account}>
        <Facts
          rows={[
            [
              'Compensation',
              `${formatCents(income?.compensation_amount)} ${str(income?.compensation_unit)}`,
            ],
            ['Pay frequency', str(income?.pay_frequency)],
          ]}
        />
      </Part>
      <Part part="paystubs" loaded={parts.paystubs} account={account}>
        <Rows
          caption="Latest paystubs"
          head={['Pay date', 'Gross', 'Net']}
          rows={listOf(parts.paystubs).map((stub) => [
            str(stub.pay_date),
            formatCents(stub.gross_pay_amount),
            formatCents(stub.net_pay_amount),
          ])}
        />
      </Part>
      <Part part="shifts" loaded={parts.shifts} account={account}>
        <Rows
          caption="Latest shifts"
          head={['Date', 'Hours', 'Earned']}
          rows={listOf(parts.shifts).map((shift) => {
            const earnings = Array.isArray(shift.earnings) ? (shift.earnings as Fields[]) : []
            const amount = earnings.reduce(
              (sum, e) => sum + (typeof e.amount === 'number' ? e.amount : 0),
              0,
            )
            return [str(shift.start_date), str(shift.hours), formatCents(amount)]
          })}
        />
      </Part>
      <JsonDetails label="Raw account" value={account} />
    </div>
  )
}
