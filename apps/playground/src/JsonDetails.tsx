/** Props of {@link JsonDetails}. */
export interface JsonDetailsProps {
  /** The value to show. */
  value: unknown
  /** The disclosure's label. @default 'Payload' */
  label?: string
}

/** A keyboard-accessible disclosure (`<details>`) holding pretty-printed JSON. */
export function JsonDetails({ value, label = 'Payload' }: JsonDetailsProps) {
  return (
    <details className="json">
      <summary>{label}</summary>
      <pre>{JSON.stringify(value, null, 2)}</pre>
    </details>
  )
}
