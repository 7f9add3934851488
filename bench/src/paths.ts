import { fileURLToPath } from 'node:url'

/** Absolute path of the `bench` folder (resolution root for every bundle the bench builds). */
export const benchDir = fileURLToPath(new URL('..', import.meta.url))
/** Absolute path of the workspace root. */
export const rootDir = fileURLToPath(new URL('../..', import.meta.url))
