// No 'use client' here: core's plain functions (store, selectors, parser) re-exported below run
// in React Server Components; the React modules sit in './client', which carries the directive.
export * from '@linkwheel/core'
export * from './client.js'
