import type { JobAllocation } from '../../protocol/linkApi.js'
import { h } from '../h.js'
import type { LinkStrings } from '../linkStrings.js'
import { renderShell } from './renderShell.js'

/** What the amount screen needs from the flow. */
export interface AmountSelectionProps {
  t: LinkStrings
  /** Only offer the entire paycheck (`disable_partial_switch`). */
  fullOnly: boolean
  onSubmit(allocation: JobAllocation): void
  onClose(): void
}

type Choice = 'full' | 'percentage' | 'amount' | 'remainder'

/** DD_AMOUNT_SELECTION: entire paycheck, a percentage, a fixed amount or the remainder. */
export function renderAmountSelection(props: AmountSelectionProps): HTMLElement {
  const { t } = props
  const percent = h('input', {
    type: 'number',
    name: 'percentage',
    min: '1',
    max: '100',
    step: '1',
  })
  const amount = h('input', { type: 'number', name: 'amount', min: '1', step: '0.01' })
  const alert = h('p', { role: 'alert', hidden: true })
  const choices: Array<[Choice, string]> = props.fullOnly
    ? [['full', t.fullSwitch]]
    : [
        ['full', t.fullSwitch],
        ['percentage', t.percentage],
        ['amount', t.amount],
        ['remainder', t.remainder],
      ]
  // Each number field shows only while its choice is selected ("Entire paycheck" needs none).
  const percentField = h('label', { hidden: true }, t.percentLabel, percent)
  const amountField = h('label', { hidden: true }, t.amountLabel, amount)
  const showFields = (): void => {
    percentField.hidden = chosen() !== 'percentage'
    amountField.hidden = chosen() !== 'amount'
    alert.hidden = true
  }
  const radios = choices.map(([value, label], index) =>
    h(
      'label',
      {},
      h('input', {
        type: 'radio',
        name: 'choice',
        value,
        checked: index === 0,
        onchange: () => showFields(),
      }),
      label,
    ),
  )
  const chosen = (): Choice =>
    (radios.map((label) => label.querySelector('input')).find((input) => input?.checked)
      ?.value as Choice) ?? 'full'

  const fail = (text: string): void => {
    alert.textContent = text
    alert.hidden = false
  }
  const submit = (event: Event): void => {
    event.preventDefault()
    const choice = chosen()
    if (choice === 'full') props.onSubmit({ action: 'full_switch' })
    else if (choice === 'remainder')
      props.onSubmit({ action: 'partial_switch', allocation: { type: 'remainder' } })
    else {
      const value = Number(choice === 'percentage' ? percent.value : amount.value)
      const valid =
        choice === 'percentage'
          ? Number.isInteger(value) && value >= 1 && value <= 100
          : Number.isFinite(value) && value > 0
      if (valid) props.onSubmit({ action: 'partial_switch', allocation: { type: choice, value } })
      else fail(choice === 'percentage' ? t.invalidPercent : t.invalidAmount)
    }
  }

  return renderShell(
    t,
    t.amountTitle,
    props.onClose,
    h(
      'form',
      { novalidate: true, onsubmit: submit },
      alert,
      h('fieldset', {}, h('legend', {}, t.amountLegend), ...radios),
      props.fullOnly ? null : percentField,
      props.fullOnly ? null : amountField,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t.continue)),
    ),
  )
}
