import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  measureColdLoad
} from "./chunk-EGDB24G6.js";
import "./chunk-57JEHUNS.js";
import "./chunk-KZHWLC6C.js";
import {
  InputError
} from "./chunk-Q6UBZCAL.js";
import "./chunk-2JYIFA6A.js";

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
