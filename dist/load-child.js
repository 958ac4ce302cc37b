import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  measureColdLoad
} from "./chunk-N7WFQKOY.js";
import "./chunk-EJTLYESX.js";
import "./chunk-B3PAP4IA.js";
import "./chunk-DDDCRRVK.js";
import {
  InputError
} from "./chunk-JJHRGA2G.js";
import "./chunk-JIOHCWZN.js";
import "./chunk-XELR67F2.js";

// src/bench/load-child.ts
process.once("message", (job) => {
  measureColdLoad(job).then(
    (sample) => reply({ ok: true, sample }),
    (error) => reply({ ok: false, error: error?.message ?? String(error), input: error instanceof InputError })
  );
});
function reply(message) {
  process.send(message, void 0, {}, () => process.exit(message.ok ? 0 : 1));
}
//# sourceMappingURL=load-child.js.map
