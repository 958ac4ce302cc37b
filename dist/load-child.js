import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  measureColdLoad
} from "./chunk-SCGVG6YZ.js";
import "./chunk-B77DC7VR.js";
import {
  useOnnxRuntime
} from "./chunk-B3UH3LYO.js";
import "./chunk-MOEGHQRZ.js";
import "./chunk-TBMCQFLY.js";
import "./chunk-RX5XW64D.js";
import {
  InputError
} from "./chunk-4WKGVMNP.js";
import "./chunk-XELR67F2.js";

// src/bench/load-child.ts
process.once("message", ({ job, ortPackage }) => {
  if (ortPackage) useOnnxRuntime(ortPackage);
  measureColdLoad(job).then(
    (sample) => reply({ ok: true, sample }),
    (error) => reply({ ok: false, error: error?.message ?? String(error), input: error instanceof InputError })
  );
});
function reply(message) {
  process.send(message, void 0, {}, () => process.exit(message.ok ? 0 : 1));
}
//# sourceMappingURL=load-child.js.map
