/** Jobs whose data the API stores and can refresh. */
export const dataJobs = [
  'direct_deposit_allocations',
  'employment',
  'identity',
  'income',
  'paystubs',
  'shifts',
] as const

/** A job with stored data: a key of `data_refreshed_at` / `data_updated_at`. */
export type DataJob = (typeof dataJobs)[number]

/** `GET /v1/accounts/{id}/identity` fields (besides `id`, `account_id`, timestamps). */
export interface IdentityFields {
  full_name: string
  date_of_birth: string
  last_four_ssn: string
  emails: string[]
  address: {
    raw: string
    line1: string
    line2: string | null
    city: string
    state: string
    postal_code: string
    country: 'US'
  }
  phone_numbers: { value: string; type: 'mobile' | 'home' | 'work' }[]
}

/** `GET /v1/accounts/{id}/employment` fields. */
export interface EmploymentFields {
  status: 'employed' | 'terminated'
  start_date: string
  termination_date: string | null
  employer_name: string
  title: string
}

/** How often pay arrives. */
export type PayFrequency = 'weekly' | 'bi-weekly' | 'semi-monthly' | 'monthly'

/** `GET /v1/accounts/{id}/income` fields; amounts in cents. */
export interface IncomeFields {
  compensation_amount: number
  compensation_unit: 'hourly' | 'annually'
  currency: 'USD'
  pay_frequency: PayFrequency
}

/** A line of a paystub; amounts in cents. */
export interface PaystubLine {
  name: string
  category: string
  amount: number
}

/** One paystub record (immutable; a revision is a new record). Amounts in cents. */
export interface PaystubFields {
  id: string
  account_id: string
  pay_date: string
  pay_period_start: string
  pay_period_end: string
  currency: 'USD'
  gross_pay_amount: number
  net_pay_amount: number
  check_amount: number
  gross_pay_ytd: number
  net_pay_ytd: number
  total_taxes: number
  total_deductions: number
  total_reimbursements: number
  earnings: (PaystubLine & { rate: number | null; hours: number | null })[]
  taxes: PaystubLine[]
  deductions: PaystubLine[]
  reimbursements: PaystubLine[]
}

/** One shift record (immutable; a revision is a new record). Amounts in cents. */
export interface ShiftFields {
  id: string
  account_id: string
  start_date: string
  end_date: string
  shift_start: string
  shift_end: string
  timezone: string
  type: 'regular'
  hours: number
  earnings: { category: 'regular'; rate: number; hours: number; amount: number }[]
}

/** Direct deposit allocations found on the payroll account. */
export interface AllocationsFields {
  allocations: {
    account_type: string
    account_number_last4: string
    routing_number_last4: string
    type: 'remainder' | 'percentage' | 'amount'
    value: number | null
    priority: number
  }[]
}

/** Everything generated for one account at one instant. */
export interface AccountSnapshot {
  identity: IdentityFields
  employment: EmploymentFields
  income: IncomeFields
  paystubs: PaystubFields[]
  shifts: ShiftFields[]
}
