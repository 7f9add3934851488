import { createPrng, deterministicUuid } from '../internal/deterministic.js'
import { addDays, DAY_MS, fromDateString, toDateString } from '../internal/time.js'
import type { IncomeFields, PayFrequency, PaystubFields, PaystubLine } from './dataTypes.js'

const periodsPerYear: Record<PayFrequency, number> = {
  weekly: 52,
  'bi-weekly': 26,
  'semi-monthly': 24,
  monthly: 12,
}
const hoursPerPeriod: Record<PayFrequency, number> = {
  weekly: 40,
  'bi-weekly': 80,
  'semi-monthly': 86.67,
  monthly: 173.33,
}

const isLastDayOfMonth = (d: Date) => addDays(d, 1).getUTCDate() === 1

function isPayDate(day: Date, frequency: PayFrequency, parity: number): boolean {
  const weekday = day.getUTCDay()
  if (frequency === 'weekly') return weekday === 5
  if (frequency === 'bi-weekly')
    return weekday === 5 && Math.floor(day.getTime() / DAY_MS / 7) % 2 === parity
  if (frequency === 'semi-monthly') return day.getUTCDate() === 15 || isLastDayOfMonth(day)
  return isLastDayOfMonth(day)
}

function payPeriod(payDate: Date, frequency: PayFrequency): [Date, Date] {
  const monthStart = new Date(Date.UTC(payDate.getUTCFullYear(), payDate.getUTCMonth(), 1))
  if (frequency === 'weekly') return [addDays(payDate, -11), addDays(payDate, -5)]
  if (frequency === 'bi-weekly') return [addDays(payDate, -18), addDays(payDate, -5)]
  if (frequency === 'semi-monthly' && payDate.getUTCDate() === 15) return [monthStart, payDate]
  if (frequency === 'semi-monthly') return [addDays(monthStart, 15), payDate]
  return [monthStart, payDate]
}

const pct = (amount: number, rate: number) => Math.round(amount * rate)
const sum = (lines: PaystubLine[]) => lines.reduce((total, line) => total + line.amount, 0)

/**
 * Paystubs paid from a year before the account was created up to `asOf`, newest first. Each pay
 * date's numbers come from a PRNG seeded with the account id and date; `revisions[payDate]` > 0
 * makes a revised stub (new id, an expense reimbursement added).
 */
export function generatePaystubs(
  accountId: string,
  createdAt: Date,
  asOf: Date,
  income: IncomeFields,
  revisions: Record<string, number>,
): PaystubFields[] {
  const frequency = income.pay_frequency
  const parity = createPrng(`paystub-parity:${accountId}`).int(0, 1)
  const windowStart = toDateString(addDays(createdAt, -365))
  const yearStart = fromDateString(`${windowStart.slice(0, 4)}-01-01`)
  const last = toDateString(asOf)
  const stubs: PaystubFields[] = []
  const ytd = { year: '', gross: 0, net: 0 }
  for (let day = yearStart; toDateString(day) <= last; day = addDays(day, 1)) {
    if (!isPayDate(day, frequency, parity)) continue
    const payDate = toDateString(day)
    const prng = createPrng(`paystub:${accountId}:${payDate}`)
    const hourly = income.compensation_unit === 'hourly'
    const hours = hourly ? hoursPerPeriod[frequency] + prng.int(-4, 6) : hoursPerPeriod[frequency]
    const rate = hourly ? income.compensation_amount : null
    const gross = hourly
      ? Math.round(income.compensation_amount * hours)
      : Math.round(income.compensation_amount / periodsPerYear[frequency])
    const taxes: PaystubLine[] = [
      { name: 'Federal Income Tax', category: 'federal_income', amount: pct(gross, 0.11) },
      { name: 'State Income Tax', category: 'state_income', amount: pct(gross, 0.04) },
      { name: 'Social Security', category: 'social_security', amount: pct(gross, 0.062) },
      { name: 'Medicare', category: 'medicare', amount: pct(gross, 0.0145) },
    ]
    const deductions: PaystubLine[] = [
      { name: '401(k)', category: 'retirement', amount: pct(gross, 0.05) },
      { name: 'Medical', category: 'health_insurance', amount: 4500 },
    ]
    const revision = revisions[payDate] ?? 0
    const reimbursements: PaystubLine[] =
      revision > 0
        ? [{ name: 'Expense reimbursement', category: 'reimbursement', amount: 2500 * revision }]
        : []
    const net = gross - sum(taxes) - sum(deductions)
    if (ytd.year !== payDate.slice(0, 4))
      Object.assign(ytd, { year: payDate.slice(0, 4), gross: 0, net: 0 })
    ytd.gross += gross
    ytd.net += net
    if (payDate < windowStart) continue
    const [start, end] = payPeriod(day, frequency)
    stubs.push({
      id: deterministicUuid(accountId, 'paystub', payDate, String(revision)),
      account_id: accountId,
      pay_date: payDate,
      pay_period_start: toDateString(start),
      pay_period_end: toDateString(end),
      currency: 'USD',
      gross_pay_amount: gross,
      net_pay_amount: net,
      check_amount: net + sum(reimbursements),
      gross_pay_ytd: ytd.gross,
      net_pay_ytd: ytd.net,
      total_taxes: sum(taxes),
      total_deductions: sum(deductions),
      total_reimbursements: sum(reimbursements),
      earnings: [{ name: 'Regular', category: 'salary', amount: gross, rate, hours }],
      taxes,
      deductions,
      reimbursements,
    })
  }
  return stubs.reverse()
}
