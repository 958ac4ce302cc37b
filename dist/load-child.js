import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  measureColdLoad
} from "./chunk-44G7IJRU.js";
import "./chunk-ODA4SYPC.js";
import "./chunk-LAKUDRBA.js";
import "./chunk-SXK76TVE.js";
import "./chunk-PJOJBPGY.js";
import {
  InputError
} from "./chunk-JJHRGA2G.js";
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
