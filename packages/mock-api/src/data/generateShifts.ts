import { createPrng, deterministicUuid } from '../internal/deterministic.js'
import { addDays, toDateString } from '../internal/time.js'
import type { IncomeFields, ShiftFields } from './dataTypes.js'

const shiftLengths = [6, 7, 7.5, 8, 8, 8, 8.5, 9]

/**
 * Shifts worked on weekdays from 60 days before the account was created up to the day before
 * `asOf`, newest first. `revisions[date]` > 0 makes a revised shift (new id, half an hour longer
 * per revision), as when an employer corrects a timesheet.
 */
export function generateShifts(
  accountId: string,
  createdAt: Date,
  asOf: Date,
  income: IncomeFields,
  revisions: Record<string, number>,
): ShiftFields[] {
  const rate =
    income.compensation_unit === 'hourly'
      ? income.compensation_amount
      : Math.round(income.compensation_amount / 2080)
  const last = toDateString(addDays(asOf, -1))
  const shifts: ShiftFields[] = []
  for (let day = addDays(createdAt, -60); toDateString(day) <= last; day = addDays(day, 1)) {
    const weekday = day.getUTCDay()
    if (weekday === 0 || weekday === 6) continue
    const date = toDateString(day)
    const prng = createPrng(`shift:${accountId}:${date}`)
    if (prng.next() < 0.15) continue
    const revision = revisions[date] ?? 0
    const hours = prng.pick(shiftLengths) + 0.5 * revision
    const startHour = prng.int(12, 15)
    const start = new Date(`${date}T${String(startHour).padStart(2, '0')}:00:00.000Z`)
    const end = new Date(start.getTime() + hours * 3_600_000)
    shifts.push({
      id: deterministicUuid(accountId, 'shift', date, String(revision)),
      account_id: accountId,
      start_date: date,
      end_date: toDateString(end),
      shift_start: start.toISOString().replace('Z', '+00:00'),
      shift_end: end.toISOString().replace('Z', '+00:00'),
      timezone: 'UTC',
      type: 'regular',
      hours,
      earnings: [{ category: 'regular', rate, hours, amount: Math.round(rate * hours) }],
    })
  }
  return shifts.reverse()
}
