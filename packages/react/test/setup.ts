// DOM matchers (toBeDisabled, toHaveAccessibleDescription…) for every test of this package.
import '@testing-library/jest-dom/vitest'
