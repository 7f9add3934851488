const labels: Record<string, string> = {
  direct_deposit_allocations: 'Deposit allocations',
  direct_deposit_switch: 'Direct deposit switch',
  employment: 'Employment',
  identity: 'Identity',
  income: 'Income',
  paystubs: 'Paystubs',
  shifts: 'Shifts',
  tax_forms: 'Tax forms',
  bill_switch: 'Bill switch',
}

/** People's name of a Pinwheel job (`direct_deposit_switch` → `Direct deposit switch`). */
export function jobLabel(job: string): string {
  return labels[job] ?? job.replaceAll('_', ' ').replace(/^./, (first) => first.toUpperCase())
}
