import loadHighsModule from 'highs'

/** The loaded HiGHS WebAssembly module. */
export type Highs = Awaited<ReturnType<typeof loadHighsModule>>

let loading: Promise<Highs> | undefined

/**
 * Loads the HiGHS solver once per process; later calls share the instance (solves are synchronous,
 * so one instance is never used reentrantly).
 * @returns the HiGHS module
 */
export function loadHighs(): Promise<Highs> {
  loading ??= loadHighsModule()
  return loading
}
