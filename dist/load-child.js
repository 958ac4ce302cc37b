import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  measureColdLoad
} from "./chunk-3ZHKO4HT.js";
import "./chunk-IQX6U3KJ.js";
import {
  useOnnxRuntime
} from "./chunk-I7YMD5SN.js";
import "./chunk-VL6WFHWH.js";
import "./chunk-L3TX6VON.js";
import "./chunk-6Y7UOUAP.js";
import {
  InputError
} from "./chunk-JJHRGA2G.js";
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
