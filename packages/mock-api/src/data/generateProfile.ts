import { createPrng } from '../internal/deterministic.js'
import type { Revisions } from '../internal/state.js'
import { addDays, toDateString } from '../internal/time.js'
import type { EmploymentFields, IdentityFields, IncomeFields, PayFrequency } from './dataTypes.js'

const firstNames = [
  'Avery',
  'Jordan',
  'Riley',
  'Morgan',
  'Casey',
  'Taylor',
  'Jamie',
  'Quinn',
  'Rowan',
  'Elena',
  'Marcus',
  'Priya',
  'Diego',
  'Hana',
  'Samuel',
  'Grace',
]
const lastNames = [
  'Okafor',
  'Lindqvist',
  'Ramirez',
  'Nguyen',
  'Patel',
  'Kowalski',
  'Haddad',
  'Brennan',
  'Moreau',
  'Tanaka',
  'Osei',
  'Fischer',
  'Castillo',
  'Adeyemi',
]
const streets = [
  'Maple Ave',
  'Harbor St',
  'Juniper Ln',
  'Cedar Ct',
  'Lakeview Dr',
  'Orchard Rd',
  'Summit Blvd',
  'Willow Way',
]
const cities = [
  { city: 'Springfield', state: 'IL', zip: '627' },
  { city: 'Columbus', state: 'OH', zip: '432' },
  { city: 'Tacoma', state: 'WA', zip: '984' },
  { city: 'Savannah', state: 'GA', zip: '314' },
  { city: 'Boise', state: 'ID', zip: '837' },
  { city: 'Albany', state: 'NY', zip: '122' },
]
const titles = [
  'Warehouse Associate',
  'Registered Nurse',
  'Barista',
  'Bus Operator',
  'Line Cook',
  'Customer Service Representative',
  'Software Engineer',
  'Retail Associate',
  'Delivery Driver',
  'Accountant',
]
const frequencies: PayFrequency[] = ['weekly', 'bi-weekly', 'bi-weekly', 'semi-monthly', 'monthly']

/** The identity, employment and income of an account, before any revision is applied. */
export interface Profile {
  identity: IdentityFields
  employment: EmploymentFields
  income: IncomeFields
}

const digits = (prng: ReturnType<typeof createPrng>, n: number) =>
  Array.from({ length: n }, () => prng.int(0, 9)).join('')

/**
 * Generates an account's person and job from a PRNG seeded with the account id, then applies the
 * revision counters (each identity revision changes the phone number, each employment revision the
 * title, each income revision raises pay 3 %).
 */
export function generateProfile(
  accountId: string,
  createdAt: Date,
  employerName: string,
  revisions: Revisions,
): Profile {
  const prng = createPrng(`profile:${accountId}`)
  const first = prng.pick(firstNames)
  const last = prng.pick(lastNames)
  const place = prng.pick(cities)
  const line1 = `${prng.int(10, 9899)} ${prng.pick(streets)}`
  const postal = `${place.zip}${digits(prng, 2)}`
  const birthYear = prng.int(1962, 2002)
  const dateOfBirth = `${birthYear}-${String(prng.int(1, 12)).padStart(2, '0')}-${String(prng.int(1, 28)).padStart(2, '0')}`
  const phoneBase = prng.int(2_000_000, 9_999_999) + revisions.identity
  const title = prng.pick(titles)
  const startDate = toDateString(addDays(createdAt, -prng.int(200, 3000)))
  const frequency = prng.pick(frequencies)
  const hourly = prng.next() < 0.6
  const baseAmount = hourly ? prng.int(1650, 4800) : prng.int(38_000, 140_000) * 100
  const identity: IdentityFields = {
    full_name: `${first} ${last}`,
    date_of_birth: dateOfBirth,
    last_four_ssn: digits(prng, 4),
    emails: [`${first}.${last}@example.com`.toLowerCase()],
    address: {
      raw: `${line1}, ${place.city}, ${place.state} ${postal}`,
      line1,
      line2: null,
      city: place.city,
      state: place.state,
      postal_code: postal,
      country: 'US',
    },
    phone_numbers: [{ value: `+1555${String(phoneBase).padStart(7, '0')}`, type: 'mobile' }],
  }
  const employment: EmploymentFields = {
    status: 'employed',
    start_date: startDate,
    termination_date: null,
    employer_name: employerName,
    title: revisions.employment > 0 ? `Senior ${title} ${'I'.repeat(revisions.employment)}` : title,
  }
  const income: IncomeFields = {
    compensation_amount: Math.round(baseAmount * 1.03 ** revisions.income),
    compensation_unit: hourly ? 'hourly' : 'annually',
    currency: 'USD',
    pay_frequency: frequency,
  }
  return { identity, employment, income }
}
