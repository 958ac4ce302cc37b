import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  measureColdLoad
} from "./chunk-QBZC5JUR.js";
import "./chunk-7S7HSBVA.js";
import "./chunk-TXWASHIL.js";
import {
  InputError
} from "./chunk-VNHP3NTH.js";
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
