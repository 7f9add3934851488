import os from 'node:os'

/** Where and when a benchmark run happened, printed above the tables. */
export interface MachineInfo {
  /** ISO timestamp of the run. */
  date: string
  /** CPU model from `os.cpus()`. */
  cpu: string
  /** Logical cores Node sees. */
  cores: number
  /** Total memory in GiB. */
  memoryGiB: number
  /** `process.version`. */
  node: string
  /** `os.platform()`/`os.arch()` and kernel release. */
  os: string
}

/** Reads the machine facts that make benchmark figures comparable between runs. */
export function machineInfo(): MachineInfo {
  const cpus = os.cpus()
  return {
    date: new Date().toISOString(),
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${os.platform()}/${os.arch()} ${os.release()}`,
  }
}
