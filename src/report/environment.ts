// The environment fingerprint printed with every report: timings mean nothing without it.
import { arch, availableParallelism, cpus, release, type } from 'node:os';
import { onnxruntimeVersion } from '../onnx/runtime.js';
import type { ReportEnvironment } from './schema.js';

/** As the report declares it (schema.ts). */
export type Environment = ReportEnvironment;

export function collectEnvironment(): Environment {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    os: `${type()} ${release()}`,
    arch: arch(),
    node: process.version,
    onnxruntime: onnxruntimeVersion(),
    runner: process.env.RUNNER_NAME ?? null,
  };
}
