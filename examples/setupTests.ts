// DOM matchers (toBeEnabled…) for the examples, as an app's own test setup would add them.
import '@testing-library/jest-dom/vitest'
