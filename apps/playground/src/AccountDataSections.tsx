import { formatCents, formatStamp } from './formatTime'
import { JsonDetails } from './JsonDetails'
import type { AccountData, Loaded } from './useAccountData'

type Fields = Record<string, unknown>

function dataOf(loaded: Loaded): Fields | null {
  if (!loaded.ok) return null
  const data = loaded.body.data
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Fields) : null
}

function listOf(loaded: Loaded): Fields[] {
  if (!loaded.ok) return []
  const data = loaded.body.data
  return Array.isArray(data) ? (data as Fields[]) : []
}

function refreshedAt(loaded: Loaded): string | null {
  if (!loaded.ok) return null
  const meta = loaded.body.meta as Fields | undefined
  return typeof meta?.refreshed_at === 'string' ? meta.refreshed_at : null
}

function str(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–'
  return String(value)
}

function Unavailable({ loaded }: { loaded: Loaded }) {
  return loaded.ok ? null : <p className="hint">Not available: {loaded.message}</p>
}

function Stamps({ loaded }: { loaded: Loaded }) {
  const data = dataOf(loaded)
  return (
    <p className="meta">
      refreshed {formatStamp(refreshedAt(loaded))}
      {data && typeof data.updated_at === 'string' && (
        <> · updated {formatStamp(data.updated_at)}</>
      )}
    </p>
  )
}

/** Renders an account's status, per-job timestamps and data (identity, employment, income, …). */
export function AccountDataSections({ data }: { data: AccountData }) {
  const account = dataOf(data.account)
  const refreshed = (account?.data_refreshed_at ?? {}) as Record<string, string | null>
  const updated = (account?.data_updated_at ?? {}) as Record<string, string | null>
  const jobs = [...new Set([...Object.keys(refreshed), ...Object.keys(updated)])].sort()
  const identity = dataOf(data.identity)
  const employment = dataOf(data.employment)
  const income = dataOf(data.income)
  const paystubs = listOf(data.paystubs)
  const shifts = listOf(data.shifts)
  const address = identity?.address as Fields | undefined

  return (
    <div className="account-data">
      <section aria-labelledby="account-status-title">
        <h3 id="account-status-title">Status</h3>
        <Unavailable loaded={data.account} />
        {account && (
          <>
            <p>
              <span className={`pill ${account.connected ? 'pill-ok' : 'pill-warn'}`}>
                {account.connected ? 'connected' : 'disconnected'}
              </span>{' '}
              monitoring: <strong>{str(account.monitoring_status)}</strong>
            </p>
            {jobs.length > 0 && (
              <table className="compact">
                <caption className="visually-hidden">Data refreshed and updated, per job</caption>
                <thead>
                  <tr>
                    <th scope="col">Job</th>
                    <th scope="col">Refreshed</th>
                    <th scope="col">Updated</th>
                  </tr>
                </thead>
                <tbody>
                  {jobs.map((job) => (
                    <tr key={job}>
                      <th scope="row">{job}</th>
                      <td>{formatStamp(refreshed[job])}</td>
                      <td>{formatStamp(updated[job])}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="identity-title">
        <h3 id="identity-title">Identity</h3>
        <Unavailable loaded={data.identity} />
        {identity && (
          <>
            <dl className="facts">
              <dt>Full name</dt>
              <dd data-testid="identity-name">{str(identity.full_name)}</dd>
              <dt>Date of birth</dt>
              <dd>{str(identity.date_of_birth)}</dd>
              <dt>SSN (last 4)</dt>
              <dd>{str(identity.last_four_ssn)}</dd>
              <dt>Email</dt>
              <dd>{Array.isArray(identity.emails) ? identity.emails.join(', ') : '–'}</dd>
              <dt>Address</dt>
              <dd>{str(address?.raw)}</dd>
            </dl>
            <Stamps loaded={data.identity} />
          </>
        )}
      </section>

      <section aria-labelledby="employment-title">
        <h3 id="employment-title">Employment</h3>
        <Unavailable loaded={data.employment} />
        {employment && (
          <>
            <dl className="facts">
              <dt>Employer</dt>
              <dd>{str(employment.employer_name)}</dd>
              <dt>Title</dt>
              <dd>{str(employment.title)}</dd>
              <dt>Status</dt>
              <dd>{str(employment.status)}</dd>
              <dt>Since</dt>
              <dd>{str(employment.start_date)}</dd>
            </dl>
            <Stamps loaded={data.employment} />
          </>
        )}
      </section>

      <section aria-labelledby="income-title">
        <h3 id="income-title">Income</h3>
        <Unavailable loaded={data.income} />
        {income && (
          <>
            <dl className="facts">
              <dt>Compensation</dt>
              <dd>
                {formatCents(income.compensation_amount)} {str(income.compensation_unit)}
              </dd>
              <dt>Pay frequency</dt>
              <dd>{str(income.pay_frequency)}</dd>
            </dl>
            <Stamps loaded={data.income} />
          </>
        )}
      </section>

      <section aria-labelledby="paystubs-title">
        <h3 id="paystubs-title">Paystubs</h3>
        <Unavailable loaded={data.paystubs} />
        {data.paystubs.ok && (
          <>
            <table className="compact">
              <caption className="visually-hidden">Latest paystubs</caption>
              <thead>
                <tr>
                  <th scope="col">Pay date</th>
                  <th scope="col">Gross</th>
                  <th scope="col">Net</th>
                </tr>
              </thead>
              <tbody>
                {paystubs.map((stub) => (
                  <tr key={str(stub.id)}>
                    <td>{str(stub.pay_date)}</td>
                    <td>{formatCents(stub.gross_pay_amount)}</td>
                    <td>{formatCents(stub.net_pay_amount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Stamps loaded={data.paystubs} />
          </>
        )}
      </section>

      <section aria-labelledby="shifts-title">
        <h3 id="shifts-title">Shifts</h3>
        <Unavailable loaded={data.shifts} />
        {data.shifts.ok && (
          <>
            <table className="compact">
              <caption className="visually-hidden">Latest shifts</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Hours</th>
                  <th scope="col">Earned</th>
                </tr>
              </thead>
              <tbody>
                {shifts.map((shift) => {
                  const earnings = Array.isArray(shift.earnings) ? (shift.earnings as Fields[]) : []
                  const amount = earnings.reduce(
                    (sum, e) => sum + (typeof e.amount === 'number' ? e.amount : 0),
                    0,
                  )
                  return (
                    <tr key={str(shift.id)}>
                      <td>{str(shift.start_date)}</td>
                      <td>{str(shift.hours)}</td>
                      <td>{formatCents(amount)}</td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
            <Stamps loaded={data.shifts} />
          </>
        )}
      </section>
      <JsonDetails
        label="Raw account"
        value={data.account.ok ? data.account.body : data.account.message}
      />
    </div>
  )
}
