/** Names the spelled-out id would get wrong; every other job reads as its id does. */
const labels: Record<string, string> = {
  direct_deposit_allocations: 'Deposit allocations',
}

/** People's name of a Pinwheel job (`direct_deposit_switch` → `Direct deposit switch`). */
export function jobLabel(job: string): string {
  return labels[job] ?? job.replaceAll('_', ' ').replace(/^./, (first) => first.toUpperCase())
}
