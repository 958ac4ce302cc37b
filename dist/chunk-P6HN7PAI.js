import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  CLASS_ALPHA,
  REPORT_SCHEMA,
  REPORT_VERSION,
  SideDied,
  SideProcess,
  benchConfirmed,
  changeOf,
  compareModel,
  judgeChange,
  judgeClasses,
  judgeDrift,
  judgeInterval,
  overallVerdict,
  thresholdText,
  timingRule,
  treeWatch,
  validateReport
} from "./chunk-TRKFPW6O.js";
import {
  chooseVariant
} from "./chunk-GEW3BMWK.js";
import {
  compareInterface,
  summarize
} from "./chunk-GWSWCLLE.js";
import {
  checkGateSize,
  evalSettingsFor,
  packOptions,
  runtimeSupport,
  shardItems,
  shardOf,
  thresholdsFor
} from "./chunk-TB67CA3A.js";
import {
  MAX_CLASS_FIGURES,
  MAX_INTERFACE_CHANGES,
  MAX_REPORT_BYTES
} from "./chunk-HJDLSVHR.js";
import {
  loadPackedModel,
  restoreModel
} from "./chunk-UFHQOGVL.js";
import {
  onnxruntimeVersion,
  syntheticInputs
} from "./chunk-B3UH3LYO.js";
import {
  METRICS
} from "./chunk-JBFINEWN.js";
import {
  assembleInto,
  checkUniqueNames,
  packInto,
  packModels,
  stagePackDir
} from "./chunk-JFYHKICO.js";
import {
  VERSION
} from "./chunk-TQNJSTS7.js";
import {
  GraphField,
  ModelField
} from "./chunk-2AHGXS7W.js";
import {
  DATA_LOCATION_EXTERNAL,
  MANIFEST_FILE,
  TensorField,
  WIRE_VARINT,
  WireReader,
  WireWriter,
  checkExternalData,
  dataTypeFromElemType,
  decodeTensorProto,
  elementCount,
  encodeTensorProto,
  externalTensor,
  fieldInt,
  formatDims,
  isPackedFileName,
  littleEndianBytes,
  mapTensorsInBytes,
  modelNameOf,
  numericArrayFromLE,
  packedModels,
  readManifest,
  sameRawContent,
  stringEntry,
  tensorBytes,
  toBigInt,
  totalPackedBytes,
  totalRawBytes
} from "./chunk-2C6QEZA7.js";
import {
  digestFile,
  readUntrusted,
  readUntrustedText,
  requireDirectory,
  writeFileAtomic
} from "./chunk-RX5XW64D.js";
import {
  InputError,
  fileError
} from "./chunk-4WKGVMNP.js";

// src/engine.ts
import { mkdir as mkdir3, mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join6 } from "node:path";
import { isDeepStrictEqual as isDeepStrictEqual2 } from "node:util";

// src/bench/sides.ts
var NEED_PER_MODEL_BYTE = 2;
var COMFORTABLE_SHARE = 0.75;
var AUTO_CAP_SHARE = 0.9;
function planSides(rawBytes, settings, availableBytes) {
  const needBytes = rawBytes.reduce((a, b) => a + b * NEED_PER_MODEL_BYTE, 0);
  const mode = settings.mode === "auto" ? fitsAlternating(needBytes, availableBytes) ? "alternating" : "blocks" : settings.mode;
  const memoryBytes = settings.memoryLimitMiB !== null ? settings.memoryLimitMiB * 2 ** 20 : Math.floor(availableBytes * AUTO_CAP_SHARE);
  return { mode, needBytes, availableBytes, limits: { timeSeconds: settings.timeLimitSeconds, memoryBytes } };
}
var fitsAlternating = (needBytes, availableBytes) => needBytes <= availableBytes * COMFORTABLE_SHARE;
function describePlan(p) {
  const fits = fitsAlternating(p.needBytes, p.availableBytes);
  return `${gb(p.needBytes)} needed (each model's bytes twice) ${fits ? "within" : "over"} 3/4 of the ${gb(p.availableBytes)} available`;
}
var Sides = class {
  constructor(models, plan, threads) {
    this.models = models;
    this.plan = plan;
    this.threads = threads;
  }
  models;
  plan;
  threads;
  /** The process of each side that is up: for the whole comparison (alternating), or from open to park (blocks). */
  up = /* @__PURE__ */ new Map();
  label(side) {
    return this.model(side).label;
  }
  /** Starts the side's process on its model and reads the model's interface there. */
  async open(side) {
    const process2 = this.up.get(side) ?? this.start(side);
    this.up.set(side, process2);
    return this.load(process2, side);
  }
  /** One eval inference of an open side; its outputs are written to `spill`. */
  async predict(side, inputs, spill) {
    const process2 = this.up.get(side);
    if (!process2) throw new Error(`${side} is not open`);
    await process2.request({ kind: "predict", inputs, spill }, "an eval inference");
  }
  /** The side is done for now: its eval session is released (alternating), or its process ends (blocks). */
  async park(side) {
    const process2 = this.up.get(side);
    if (!process2) return;
    if (this.plan.mode === "alternating") await process2.request({ kind: "release" }, "releasing the eval session");
    else {
      this.up.delete(side);
      await process2.close();
    }
  }
  /** One warm-latency round of a side, in its standing process (alternating) or in a block of its own (blocks). */
  async round(side, inputs, settings) {
    const standing = this.up.get(side);
    if (standing) return standing.request({ kind: "round", inputs, settings }, "a latency round");
    if (this.plan.mode === "alternating") {
      await this.open(side);
      return this.round(side, inputs, settings);
    }
    const block = this.start(side);
    try {
      await this.load(block, side);
      return await block.request({ kind: "round", inputs, settings }, "a latency round");
    } finally {
      await block.close();
    }
  }
  /** Ends every side process still up. */
  async close() {
    const open = [...this.up.values()];
    this.up.clear();
    await Promise.all(open.map((p) => p.close()));
  }
  start(side) {
    return new SideProcess(side, this.model(side).label, this.plan.limits);
  }
  /** Opens the side's model in `process`, which reads its interface there. */
  load(process2, side) {
    const { path, label } = this.model(side);
    return process2.request({ kind: "open", path, label, threads: this.threads }, "loading the model");
  }
  model(side) {
    const model = this.models[side];
    if (!model) throw new Error(`no ${side} model in this comparison`);
    return model;
  }
};
var gb = (bytes) => `${(bytes / 1e9).toFixed(1)} GB`;

// src/eval/spill.ts
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { deserialize } from "node:v8";

// src/eval/binding.ts
import { basename } from "node:path";
function pairByNameThenPosition(tensors, slots) {
  const pairs = /* @__PURE__ */ new Map();
  const leftovers = [];
  for (const t of tensors) {
    if (t.name !== "" && slots.includes(t.name) && !pairs.has(t.name)) pairs.set(t.name, t);
    else leftovers.push(t);
  }
  const open = slots.filter((s) => !pairs.has(s));
  open.forEach((slot, k) => {
    if (k < leftovers.length) pairs.set(slot, leftovers[k]);
  });
  return new Map(slots.filter((s) => pairs.has(s)).map((s) => [s, pairs.get(s)]));
}
function bindInputs(set, model, modelLabel) {
  if (set.inputs.length !== model.inputs.length) {
    throw new InputError(
      `${set.dir}: has ${set.inputs.length} input tensor(s) (${set.inputs.map((t) => basename(t.file)).join(", ")}) but model ${modelLabel} has ${model.inputs.length} input(s) (${model.inputs.map((i2) => `"${i2.name}"`).join(", ")})`
    );
  }
  const pairs = pairByNameThenPosition(set.inputs, model.inputs.map((i2) => i2.name));
  const symbols = /* @__PURE__ */ new Map();
  const bound = /* @__PURE__ */ new Map();
  for (const input of model.inputs) {
    const tensor = pairs.get(input.name);
    checkFits(tensor, input, modelLabel, symbols);
    bound.set(input.name, { ...tensor, name: input.name });
  }
  return bound;
}
function bindReferences(set, model, modelLabel) {
  if (set.references.length > model.outputs.length) {
    throw new InputError(
      `${set.dir}: has ${set.references.length} reference output(s) (${set.references.map((t) => basename(t.file)).join(", ")}) but model ${modelLabel} has ${model.outputs.length} output(s) (${model.outputs.map((o) => `"${o.name}"`).join(", ")})`
    );
  }
  const pairs = pairByNameThenPosition(set.references, model.outputs.map((o) => o.name));
  return new Map([...pairs].map(([name, t]) => [name, { ...t, name }]));
}
function checkFits(t, input, modelLabel, symbols) {
  const tensor = t.name ? `tensor "${t.name}"` : "tensor";
  const target = `model ${modelLabel} input "${input.name}"`;
  const fail = (detail) => {
    throw new InputError(`${t.file}: ${detail}`);
  };
  if (input.elemType === null) fail(`${target} is not a tensor (sequence, map and optional inputs are not supported)`);
  if (t.elemType !== input.elemType) {
    const hint = t.file.includes(".npy") && input.elemType !== "bfloat16" ? ` (convert with arr.astype('${input.elemType}'))` : "";
    fail(`${tensor} is ${t.elemType} but ${target} expects ${input.elemType}${hint}`);
  }
  const shape = input.shape;
  if (shape === null) return;
  const mismatch = () => fail(`${tensor} has shape ${formatDims(t.dims)} but ${target} expects ${formatDims(shape)}`);
  if (t.dims.length !== shape.length) mismatch();
  shape.forEach((want, axis) => {
    const size = t.dims[axis];
    if (typeof want === "number" && want !== size) mismatch();
    if (typeof want === "string") {
      const seen = symbols.get(want);
      if (seen && seen.size !== size) {
        fail(`${tensor} has shape ${formatDims(t.dims)} but ${target} expects ${formatDims(shape)} with ${want} = ${seen.size} (as in ${seen.file})`);
      }
      symbols.set(want, { size, file: seen?.file ?? t.file });
    }
  });
}

// src/eval/spill.ts
async function spillSide(sets, info, label, infer, dir) {
  await mkdir(dir, { recursive: true });
  const file = (index) => join(dir, `set-${index}.v8`);
  for (const [index, set] of sets.entries()) await infer(bindInputs(set, info, label), file(index));
  return {
    predict: async (_set, index) => deserialize(await readFile(file(index))),
    info,
    label
  };
}

// src/baseline/local.ts
import { lstat } from "node:fs/promises";
async function readBaseline(baseline) {
  if (baseline.kind === "none") return { kind: "none", source: baseline.label, note: baseline.note };
  const { dir } = baseline;
  const source = baseline.kind === "fetched" ? baseline.label : dir;
  const exists = await lstat(dir).then(
    () => true,
    () => false
  );
  if (!exists) throw new InputError(`baseline folder ${dir} does not exist`);
  await requireDirectory(dir, "baseline folder");
  const manifest = await readManifest(dir);
  if (manifest.models.length === 0) return { kind: "none", source, note: `baseline ${baseline.kind === "fetched" ? source : `${dir}/${MANIFEST_FILE}`} lists no models` };
  const models = packedModels(dir, manifest);
  return { kind: "found", source, manifest, models: baseline.kind === "fetched" ? models.map((m) => ({ ...m, origin: `${source}, ${m.entry.file}` })) : models };
}

// src/eval/data.ts
import { lstat as lstat2, readdir } from "node:fs/promises";
import { basename as basename2, join as join2 } from "node:path";

// node_modules/fflate/esm/index.mjs
import { createRequire } from "module";
var require2 = createRequire("/");
var _a;
var Worker;
var isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch (e) {
}
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]);
var fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]);
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = function(eb, start) {
  var b = new u16(31);
  for (var i2 = 0; i2 < 31; ++i2) {
    b[i2] = start += 1 << eb[i2 - 1];
  }
  var r = new i32(b[30]);
  for (var i2 = 1; i2 < 30; ++i2) {
    for (var j = b[i2]; j < b[i2 + 1]; ++j) {
      r[j] = j - b[i2] << 5 | i2;
    }
  }
  return { b, r };
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i = 0; i < 32768; ++i) {
  x = (i & 43690) >> 1 | (i & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i;
var hMap = (function(cd, mb, r) {
  var s = cd.length;
  var i2 = 0;
  var l = new u16(mb);
  for (; i2 < s; ++i2) {
    if (cd[i2])
      ++l[cd[i2] - 1];
  }
  var le = new u16(mb);
  for (i2 = 1; i2 < mb; ++i2) {
    le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
  }
  var co;
  if (r) {
    co = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        var sv = i2 << 4 | cd[i2];
        var r_1 = mb - cd[i2];
        var v = le[cd[i2] - 1]++ << r_1;
        for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
          co[rev[v] >> rvb] = sv;
        }
      }
    }
  } else {
    co = new u16(s);
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2];
      }
    }
  }
  return co;
});
var flt = new u8(288);
for (i = 0; i < 144; ++i)
  flt[i] = 8;
var i;
for (i = 144; i < 256; ++i)
  flt[i] = 9;
var i;
for (i = 256; i < 280; ++i)
  flt[i] = 7;
var i;
for (i = 280; i < 288; ++i)
  flt[i] = 8;
var i;
var fdt = new u8(32);
for (i = 0; i < 32; ++i)
  fdt[i] = 5;
var i;
var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
var max = function(a) {
  var m = a[0];
  for (var i2 = 1; i2 < a.length; ++i2) {
    if (a[i2] > m)
      m = a[i2];
  }
  return m;
};
var bits = function(d, p, m) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
};
var bits16 = function(d, p) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
};
var shft = function(p) {
  return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  return new u8(v.subarray(s, e));
};
var ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  // determined by compression function
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
  // determined by unknown compression method
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var inflt = function(dat, st, buf, dict) {
  var sl = dat.length, dl = dict ? dict.length : 0;
  if (!sl || st.f && !st.l)
    return buf || new u8(0);
  var noBuf = !buf;
  var resize = noBuf || st.i != 2;
  var noSt = st.i;
  if (noBuf)
    buf = new u8(sl * 3);
  var cbuf = function(l2) {
    var bl = buf.length;
    if (l2 > bl) {
      var nbuf = new u8(Math.max(bl * 2, l2));
      nbuf.set(buf);
      buf = nbuf;
    }
  };
  var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
  var tbts = sl * 8;
  do {
    if (!lm) {
      final = bits(dat, pos, 1);
      var type2 = bits(dat, pos + 1, 3);
      pos += 3;
      if (!type2) {
        var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
        if (t > sl) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + l);
        buf.set(dat.subarray(s, t), bt);
        st.b = bt += l, st.p = pos = t * 8, st.f = final;
        continue;
      } else if (type2 == 1)
        lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
      else if (type2 == 2) {
        var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
        var tl = hLit + bits(dat, pos + 5, 31) + 1;
        pos += 14;
        var ldt = new u8(tl);
        var clt = new u8(19);
        for (var i2 = 0; i2 < hcLen; ++i2) {
          clt[clim[i2]] = bits(dat, pos + i2 * 3, 7);
        }
        pos += hcLen * 3;
        var clb = max(clt), clbmsk = (1 << clb) - 1;
        var clm = hMap(clt, clb, 1);
        for (var i2 = 0; i2 < tl; ) {
          var r = clm[bits(dat, pos, clbmsk)];
          pos += r & 15;
          var s = r >> 4;
          if (s < 16) {
            ldt[i2++] = s;
          } else {
            var c = 0, n = 0;
            if (s == 16)
              n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i2 - 1];
            else if (s == 17)
              n = 3 + bits(dat, pos, 7), pos += 3;
            else if (s == 18)
              n = 11 + bits(dat, pos, 127), pos += 7;
            while (n--)
              ldt[i2++] = c;
          }
        }
        var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
        lbt = max(lt);
        dbt = max(dt);
        lm = hMap(lt, lbt, 1);
        dm = hMap(dt, dbt, 1);
      } else
        err(1);
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
    }
    if (resize)
      cbuf(bt + 131072);
    var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
    var lpos = pos;
    for (; ; lpos = pos) {
      var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
      pos += c & 15;
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
      if (!c)
        err(2);
      if (sym < 256)
        buf[bt++] = sym;
      else if (sym == 256) {
        lpos = pos, lm = null;
        break;
      } else {
        var add = sym - 254;
        if (sym > 264) {
          var i2 = sym - 257, b = fleb[i2];
          add = bits(dat, pos, (1 << b) - 1) + fl[i2];
          pos += b;
        }
        var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
        if (!d)
          err(3);
        pos += d & 15;
        var dt = fd[dsym];
        if (dsym > 3) {
          var b = fdeb[dsym];
          dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
        }
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + 131072);
        var end = bt + add;
        if (bt < dt) {
          var shift = dl - dt, dend = Math.min(dt, end);
          if (shift + bt < 0)
            err(3);
          for (; bt < dend; ++bt)
            buf[bt] = dict[shift + bt];
        }
        for (; bt < end; ++bt)
          buf[bt] = buf[bt - dt];
      }
    }
    st.l = lm, st.p = lpos, st.b = bt, st.f = final;
    if (lm)
      final = 1, st.m = lbt, st.d = dm, st.n = dbt;
  } while (!final);
  return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
var et = /* @__PURE__ */ new u8(0);
var b2 = function(d, b) {
  return d[b] | d[b + 1] << 8;
};
var b4 = function(d, b) {
  return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
};
var b8 = function(d, b) {
  return b4(d, b) + b4(d, b + 4) * 4294967296;
};
var Inflate = /* @__PURE__ */ (function() {
  function Inflate2(opts, cb) {
    if (typeof opts == "function")
      cb = opts, opts = {};
    this.ondata = cb;
    var dict = opts && opts.dictionary && opts.dictionary.subarray(-32768);
    this.s = { i: 0, b: dict ? dict.length : 0 };
    this.o = new u8(32768);
    this.p = new u8(0);
    if (dict)
      this.o.set(dict);
  }
  Inflate2.prototype.e = function(c) {
    if (!this.ondata)
      err(5);
    if (this.d)
      err(4);
    if (!this.p.length)
      this.p = c;
    else if (c.length) {
      var n = new u8(this.p.length + c.length);
      n.set(this.p), n.set(c, this.p.length), this.p = n;
    }
  };
  Inflate2.prototype.c = function(final) {
    this.s.i = +(this.d = final || false);
    var bts = this.s.b;
    var dt = inflt(this.p, this.s, this.o);
    this.ondata(slc(dt, bts, this.s.b), this.d);
    this.o = slc(dt, this.s.b - 32768), this.s.b = this.o.length;
    this.p = slc(this.p, this.s.p / 8 | 0), this.s.p &= 7;
  };
  Inflate2.prototype.push = function(chunk, final) {
    this.e(chunk), this.c(final);
  };
  return Inflate2;
})();
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e) {
}
var dutf8 = function(d) {
  for (var r = "", i2 = 0; ; ) {
    var c = d[i2++];
    var eb = (c > 127) + (c > 223) + (c > 239);
    if (i2 + eb > d.length)
      return { s: r, r: slc(d, i2 - 1) };
    if (!eb)
      r += String.fromCharCode(c);
    else if (eb == 3) {
      c = ((c & 15) << 18 | (d[i2++] & 63) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63) - 65536, r += String.fromCharCode(55296 | c >> 10, 56320 | c & 1023);
    } else if (eb & 1)
      r += String.fromCharCode((c & 31) << 6 | d[i2++] & 63);
    else
      r += String.fromCharCode((c & 15) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63);
  }
};
function strFromU8(dat, latin1) {
  if (latin1) {
    var r = "";
    for (var i2 = 0; i2 < dat.length; i2 += 16384)
      r += String.fromCharCode.apply(null, dat.subarray(i2, i2 + 16384));
    return r;
  } else if (td) {
    return td.decode(dat);
  } else {
    var _a2 = dutf8(dat), s = _a2.s, r = _a2.r;
    if (r.length)
      err(8);
    return s;
  }
}
var z64hs = function(d, b, l, z, sc, su, off) {
  var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
  var nf = nsc + nsu + noff;
  if (z && nf) {
    for (; b + 4 < e; b += 4 + b2(d, b + 2)) {
      if (b2(d, b) == 1) {
        return [
          nsc ? b8(d, b + 4 + 8 * nsu) : sc,
          nsu ? b8(d, b + 4) : su,
          noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
          1
        ];
      }
    }
    if (z < 2)
      err(13);
  }
  return [sc, su, off, 0];
};
var UnzipPassThrough = /* @__PURE__ */ (function() {
  function UnzipPassThrough2() {
  }
  UnzipPassThrough2.prototype.push = function(chunk, final) {
    this.ondata(null, chunk, final);
  };
  UnzipPassThrough2.compression = 0;
  return UnzipPassThrough2;
})();
var UnzipInflate = /* @__PURE__ */ (function() {
  function UnzipInflate2() {
    var _this = this;
    this.i = new Inflate(function(dat, final) {
      _this.ondata(null, dat, final);
    });
  }
  UnzipInflate2.prototype.push = function(chunk, final) {
    try {
      this.i.push(chunk, final);
    } catch (e) {
      this.ondata(e, null, final);
    }
  };
  UnzipInflate2.compression = 8;
  return UnzipInflate2;
})();
var Unzip = /* @__PURE__ */ (function() {
  function Unzip2(cb) {
    this.onfile = cb;
    this.k = [];
    this.o = {
      0: UnzipPassThrough
    };
    this.p = et;
  }
  Unzip2.prototype.push = function(chunk, final) {
    var _this = this;
    if (!this.onfile)
      err(5);
    if (!this.p)
      err(4);
    if (this.c > 0) {
      var len = Math.min(this.c, chunk.length);
      var toAdd = chunk.subarray(0, len);
      this.c -= len;
      if (this.d)
        this.d.push(toAdd, !this.c);
      else
        this.k[0].push(toAdd);
      chunk = chunk.subarray(len);
      if (chunk.length)
        return this.push(chunk, final);
    } else {
      var f = 0, i2 = 0, is = void 0, buf = void 0;
      if (!this.p.length)
        buf = chunk;
      else if (!chunk.length)
        buf = this.p;
      else {
        buf = new u8(this.p.length + chunk.length);
        buf.set(this.p), buf.set(chunk, this.p.length);
      }
      var l = buf.length, oc = this.c, add = oc && this.d;
      var _loop_2 = function() {
        var sig = b4(buf, i2);
        if (sig == 67324752) {
          f = 1, is = i2;
          this_1.d = null;
          this_1.c = 0;
          var bf = b2(buf, i2 + 6), cmp_1 = b2(buf, i2 + 8), u = bf & 2048, dd = bf & 8, fnl = b2(buf, i2 + 26), es = b2(buf, i2 + 28);
          if (l > i2 + 30 + fnl + es) {
            var chks_3 = [];
            this_1.k.unshift(chks_3);
            f = 2;
            var lsc = b4(buf, i2 + 18), lsu = b4(buf, i2 + 22);
            var fn_1 = strFromU8(buf.subarray(i2 + 30, i2 += 30 + fnl), !u);
            var _a2 = z64hs(buf, i2, es, 2, lsc, lsu, 0), sc_1 = _a2[0], su_1 = _a2[1], z64 = _a2[3];
            if (dd)
              sc_1 = -1 - z64;
            i2 += es;
            this_1.c = sc_1;
            var d_1;
            var file_1 = {
              name: fn_1,
              compression: cmp_1,
              start: function() {
                if (!file_1.ondata)
                  err(5);
                if (!sc_1)
                  file_1.ondata(null, et, true);
                else {
                  var ctr = _this.o[cmp_1];
                  if (!ctr)
                    file_1.ondata(err(14, "unknown compression type " + cmp_1, 1), null, false);
                  d_1 = sc_1 < 0 ? new ctr(fn_1) : new ctr(fn_1, sc_1, su_1);
                  d_1.ondata = function(err2, dat3, final2) {
                    file_1.ondata(err2, dat3, final2);
                  };
                  for (var _i = 0, chks_4 = chks_3; _i < chks_4.length; _i++) {
                    var dat2 = chks_4[_i];
                    d_1.push(dat2, false);
                  }
                  if (_this.k[0] == chks_3 && _this.c)
                    _this.d = d_1;
                  else
                    d_1.push(et, true);
                }
              },
              terminate: function() {
                if (d_1 && d_1.terminate)
                  d_1.terminate();
              }
            };
            if (sc_1 >= 0)
              file_1.size = sc_1, file_1.originalSize = su_1;
            this_1.onfile(file_1);
          }
          return "break";
        } else if (oc) {
          if (sig == 134695760) {
            is = i2 += 12 + (oc == -2 && 8), f = 3, this_1.c = 0;
            return "break";
          } else if (sig == 33639248) {
            is = i2 -= 4, f = 3, this_1.c = 0;
            return "break";
          }
        }
      };
      var this_1 = this;
      for (; i2 < l - 4; ++i2) {
        var state_1 = _loop_2();
        if (state_1 === "break")
          break;
      }
      this.p = et;
      if (oc < 0) {
        var dat = f ? buf.subarray(0, is - 12 - (oc == -2 && 8) - (b4(buf, is - 16) == 134695760 && 4)) : buf.subarray(0, i2);
        if (add)
          add.push(dat, !!f);
        else
          this.k[+(f == 2)].push(dat);
      }
      if (f & 2)
        return this.push(buf.subarray(i2), final);
      this.p = buf.subarray(i2);
    }
    if (final) {
      if (this.c)
        err(13);
      this.p = null;
    }
  };
  Unzip2.prototype.register = function(decoder) {
    this.o[decoder.compression] = decoder;
  };
  return Unzip2;
})();

// src/eval/npy.ts
var MAGIC = [147, 78, 85, 77, 80, 89];
var DTYPES = {
  f2: { elemType: "float16", ctor: Uint16Array },
  f4: { elemType: "float32", ctor: Float32Array },
  f8: { elemType: "float64", ctor: Float64Array },
  i1: { elemType: "int8", ctor: Int8Array },
  u1: { elemType: "uint8", ctor: Uint8Array },
  i2: { elemType: "int16", ctor: Int16Array },
  u2: { elemType: "uint16", ctor: Uint16Array },
  i4: { elemType: "int32", ctor: Int32Array },
  u4: { elemType: "uint32", ctor: Uint32Array },
  i8: { elemType: "int64", ctor: BigInt64Array },
  u8: { elemType: "uint64", ctor: BigUint64Array },
  b1: { elemType: "bool", ctor: Uint8Array }
};
function parseNpy(bytes, file, name = "") {
  const fail = (detail) => {
    throw new InputError(`${file}: ${detail}`);
  };
  if (bytes.length < 10 || !MAGIC.every((m, i2) => bytes[i2] === m)) fail("not a .npy file (no \\x93NUMPY magic)");
  const { header, dataStart } = readHeaderText(bytes, fail);
  const { descr, fortranOrder, shape } = readHeaderDict(header, fail);
  const dtype = resolveDtype(descr, fail);
  if (fortranOrder && shape.filter((d) => d > 1).length > 1) {
    fail("is stored in Fortran order (fortran_order: True); save np.ascontiguousarray(arr) instead");
  }
  const count = elementCount(shape, (d) => fail(`array ${d}`));
  const need = count * dtype.ctor.BYTES_PER_ELEMENT;
  const have = bytes.length - dataStart;
  if (have < need) fail(`truncated (shape ${formatDims(shape)} of ${descr} needs ${need} data bytes, ${have} present)`);
  if (have > need) fail(`has ${have - need} unexpected bytes after the array data`);
  return { name, elemType: dtype.elemType, dims: shape, data: numericArrayFromLE(dtype.ctor, bytes.subarray(dataStart), count) };
}
function readHeaderText(bytes, fail) {
  const major = bytes[6];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let headerStart;
  let headerLength;
  if (major === 1) {
    headerStart = 10;
    headerLength = view.getUint16(8, true);
  } else if (major === 2 || major === 3) {
    if (bytes.length < 12) fail("truncated .npy header");
    headerStart = 12;
    headerLength = view.getUint32(8, true);
  } else {
    return fail(`unsupported .npy format version ${major}.${bytes[7]}`);
  }
  if (headerLength > 1 << 20) fail(`malformed .npy header (declares ${headerLength} bytes)`);
  const dataStart = headerStart + headerLength;
  if (dataStart > bytes.length) fail(`truncated .npy header (declares ${headerLength} bytes, ${bytes.length - headerStart} remain)`);
  const raw = bytes.subarray(headerStart, dataStart);
  const header = new TextDecoder(major === 3 ? "utf-8" : "latin1").decode(raw);
  return { header, dataStart };
}
function readHeaderDict(header, fail) {
  let dict;
  try {
    dict = parsePyLiteral(header);
  } catch (err2) {
    return fail(`malformed .npy header (${err2.message}): ${header.trim()}`);
  }
  if (!(dict instanceof Map)) return fail(`malformed .npy header (not a dict): ${header.trim()}`);
  const descr = dict.get("descr");
  const fortranOrder = dict.get("fortran_order");
  const shape = dict.get("shape");
  if (descr === void 0 || fortranOrder === void 0 || shape === void 0) {
    fail(`malformed .npy header (needs descr, fortran_order and shape): ${header.trim()}`);
  }
  if (typeof descr !== "string") return fail("has a structured dtype (record array), which is not supported; save a plain numeric array");
  if (typeof fortranOrder !== "boolean") return fail("malformed .npy header (fortran_order is not True/False)");
  if (!Array.isArray(shape) || !shape.every((d) => typeof d === "number")) {
    return fail(`malformed .npy header (shape is not a tuple of integers): ${header.trim()}`);
  }
  return { descr, fortranOrder, shape };
}
function resolveDtype(descr, fail) {
  const m = /^([<>|=])([a-zA-Z])(\d*)$/.exec(descr);
  const kind = m?.[2] ?? "";
  if (kind === "O") fail("holds Python objects (dtype 'O'), which are stored as pickle; model-gate never unpickles \u2014 save a numeric array");
  const dtype = m ? DTYPES[kind + m[3]] : void 0;
  if (!m || !dtype) {
    return fail(`has unsupported dtype '${descr}' (supported: float16/32/64, int8/16/32/64, uint8/16/32/64, bool)`);
  }
  const order = m[1];
  if (dtype.ctor.BYTES_PER_ELEMENT > 1 && order !== "<") {
    fail(`has ${order === ">" ? "big-endian" : "native-order"} dtype '${descr}'; only little-endian is supported \u2014 save arr.astype('<${kind}${m[3]}')`);
  }
  return dtype;
}
var MAX_EVAL_TENSOR_BYTES = 256 << 20;
var NPZ_STEP = 16 << 10;
function parseNpz(bytes, file) {
  const fail = (what) => {
    throw new InputError(`${file}: ${what}`);
  };
  if (bytes.length < 4 || bytes[0] !== 80 || bytes[1] !== 75 || !(bytes[2] === 3 && bytes[3] === 4 || bytes[2] === 5 && bytes[3] === 6)) {
    fail("not a readable .npz (zip) archive (no zip signature at its start)");
  }
  const members = [];
  let total = 0;
  const unzip = new Unzip((entry) => {
    if (entry.name.endsWith("/")) return;
    const declared = entry.originalSize ?? fail(`member "${entry.name}" does not declare its size`);
    total += declared;
    if (declared > MAX_EVAL_TENSOR_BYTES || total > MAX_EVAL_TENSOR_BYTES) {
      fail(`member "${entry.name}" inflates to ${declared} bytes (${total} in all so far), over the ${MAX_EVAL_TENSOR_BYTES}-byte limit for eval data; split it into more test_data_set_N folders`);
    }
    const data = new Uint8Array(declared);
    let filled = 0;
    members.push({ name: entry.name, data });
    entry.ondata = (error, chunk, final) => {
      if (error) throw error;
      if (filled + chunk.length > declared) fail(`member "${entry.name}" inflates to more than the ${declared} bytes it declares`);
      data.set(chunk, filled);
      filled += chunk.length;
      if (final && filled !== declared) fail(`member "${entry.name}" inflates to ${filled} bytes, not the ${declared} it declares`);
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    for (let at = 0; at < bytes.length || at === 0; at += NPZ_STEP) unzip.push(bytes.subarray(at, at + NPZ_STEP), at + NPZ_STEP >= bytes.length);
  } catch (err2) {
    if (err2 instanceof InputError) throw err2;
    throw new InputError(`${file}: not a readable .npz (zip) archive (${err2.message})`);
  }
  return members.map(({ name, data }) => {
    if (!name.endsWith(".npy")) throw new InputError(`${file}: member "${name}" is not a .npy array`);
    return parseNpy(data, `${file}[${name}]`, name.slice(0, -".npy".length));
  });
}
function parsePyLiteral(text) {
  let i2 = 0;
  const skipSpace = () => {
    while (i2 < text.length && /\s/.test(text[i2])) i2++;
  };
  const error = (what) => {
    throw new Error(`${what} at column ${i2 + 1}`);
  };
  const expect = (ch) => {
    skipSpace();
    if (text[i2] !== ch) error(`expected '${ch}'`);
    i2++;
  };
  const items = (close, item) => {
    const out = [];
    for (; ; ) {
      skipSpace();
      if (text[i2] === close) break;
      out.push(item());
      skipSpace();
      if (text[i2] === ",") i2++;
      else if (text[i2] !== close) error(`expected ',' or '${close}'`);
    }
    i2++;
    return out;
  };
  const value = () => {
    skipSpace();
    const ch = text[i2];
    if (ch === "{") {
      i2++;
      return new Map(
        items("}", () => {
          const key = value();
          if (typeof key !== "string") error("dict key is not a string");
          expect(":");
          return [key, value()];
        })
      );
    }
    if (ch === "(" || ch === "[") {
      i2++;
      return items(ch === "(" ? ")" : "]", value);
    }
    if (ch === "'" || ch === '"') {
      const end = text.indexOf(ch, i2 + 1);
      if (end < 0) error("unterminated string");
      const s = text.slice(i2 + 1, end);
      i2 = end + 1;
      return s;
    }
    const word = /^(-?\d+)L?|^(True|False|None)/.exec(text.slice(i2));
    if (!word) return error("unexpected character");
    i2 += word[0].length;
    if (word[1] !== void 0) return Number(word[1]);
    return word[2] === "None" ? null : word[2] === "True";
  };
  const result = value();
  skipSpace();
  if (i2 < text.length) error("unexpected text after the dict");
  return result;
}

// src/eval/data.ts
var SET_DIR = /^test_data_set_(\d+)$/;
var LABEL_FILES = ["labels.pb", "labels.npy", "labels.json"];
var LAYOUTS_LOOKED_FOR = "looked for test_data_set_N/ folders (model zoo layout) and input_N.pb / input_N.npy / inputs.npz files (numpy layout)";
async function loadEvalData(dir) {
  await requireDirectory2(dir);
  const entries = await listDir(dir);
  const setDirs = entries.filter((e) => SET_DIR.test(e.name)).sort((a, b) => Number(SET_DIR.exec(a.name)[1]) - Number(SET_DIR.exec(b.name)[1]));
  const sets = [];
  for (const entry of setDirs) {
    const path = join2(dir, entry.name);
    if (entry.isSymbolicLink()) throw new InputError(`${path}: is a symbolic link; model-gate reads only real folders and files`);
    if (!entry.isDirectory()) continue;
    const set = await loadSet(path, entry.name);
    if (!set) throw new InputError(`${path}: has no inputs (expected input_0.pb, input_0.npy or inputs.npz)`);
    sets.push(set);
  }
  if (sets.length > 0) return sets;
  const single = await loadSet(dir, basename2(dir));
  if (!single) throw new InputError(`${dir}: no eval sets found (${LAYOUTS_LOOKED_FOR})`);
  return [single];
}
async function findEvalSources(dir, modelNames) {
  await requireDirectory2(dir);
  const entries = await listDir(dir);
  const models = /* @__PURE__ */ new Map();
  let sets = false;
  for (const e of entries) {
    if (!e.isDirectory() && !e.isSymbolicLink()) continue;
    const path = join2(dir, e.name);
    if (SET_DIR.test(e.name)) sets = true;
    else if (modelNames.includes(e.name)) {
      if (e.isSymbolicLink()) throw new InputError(`${path}: is a symbolic link; model-gate reads only real folders and files`);
      models.set(e.name, path);
    } else if (e.isDirectory()) {
      throw new InputError(`${path}: is neither an eval set (test_data_set_N) nor the eval data of a model (${modelNames.join(", ") || "no models"}); name the folder after its model`);
    }
  }
  const files = classify(dir, entries);
  const shared = sets || files.inputs.size > 0 || files.inputsNpz !== null ? dir : null;
  if (!shared && models.size === 0) throw new InputError(`${dir}: no eval sets found (${LAYOUTS_LOOKED_FOR}, or a folder per model)`);
  return { shared, models };
}
async function requireDirectory2(dir) {
  let info;
  try {
    info = await lstat2(dir);
  } catch (err2) {
    throw err2.code === "ENOENT" ? new InputError(`${dir}: eval data directory does not exist`) : fileError(dir, err2);
  }
  if (info.isSymbolicLink()) throw new InputError(`${dir}: eval data directory is a symbolic link; pass the real directory`);
  if (!info.isDirectory()) throw new InputError(`${dir}: eval data path is not a directory`);
}
async function listDir(dir) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (err2) {
    throw fileError(dir, err2);
  }
}
function classify(dir, entries) {
  const files = { inputs: /* @__PURE__ */ new Map(), outputs: /* @__PURE__ */ new Map(), inputsNpz: null, outputsNpz: null, labels: [] };
  for (const e of entries) {
    const numbered = /^(input|output)_(\d+)\.(pb|npy)$/.exec(e.name);
    if (numbered) {
      const list = numbered[1] === "input" ? files.inputs : files.outputs;
      const index = Number(numbered[2]);
      const clash = list.get(index);
      if (clash) throw new InputError(`${dir}: both ${clash} and ${e.name} claim position ${index}`);
      list.set(index, e.name);
    } else if (e.name === "inputs.npz") files.inputsNpz = e.name;
    else if (e.name === "outputs.npz") files.outputsNpz = e.name;
    else if (LABEL_FILES.includes(e.name)) files.labels.push(e.name);
  }
  return files;
}
async function loadSet(dir, id) {
  const entries = await listDir(dir);
  const files = classify(dir, entries);
  if (files.inputs.size === 0 && !files.inputsNpz) return null;
  const symlink = entries.find((e) => e.isSymbolicLink() && isEvalFile(files, e.name));
  if (symlink) throw new InputError(`${join2(dir, symlink.name)}: is a symbolic link; model-gate reads only regular files`);
  checkNumbering(dir, "input", files.inputs, files.inputsNpz);
  checkNumbering(dir, "output", files.outputs, files.outputsNpz);
  if (files.labels.length > 1) {
    throw new InputError(`${dir}: has more than one labels file (${files.labels.sort().join(", ")}); keep one`);
  }
  const inputs = await readNumbered(dir, files.inputs, files.inputsNpz);
  if (inputs.length === 0) throw new InputError(`${join2(dir, files.inputsNpz)}: holds no arrays`);
  return {
    id,
    dir,
    inputs,
    references: await readNumbered(dir, files.outputs, files.outputsNpz),
    labels: files.labels[0] ? await readLabels(join2(dir, files.labels[0])) : null
  };
}
function isEvalFile(files, name) {
  return [...files.inputs.values(), ...files.outputs.values()].includes(name) || name === files.inputsNpz || name === files.outputsNpz || files.labels.includes(name);
}
function checkNumbering(dir, role, numbered, npz) {
  if (numbered.size === 0) return;
  const names = [...numbered.entries()].sort((a, b) => a[0] - b[0]).map(([, name]) => name);
  if (npz) throw new InputError(`${dir}: has both ${npz} and ${names.join(", ")}; use one form`);
  const formats = new Set(names.map((n) => n.slice(n.lastIndexOf("."))));
  if (formats.size > 1) throw new InputError(`${dir}: mixes .pb and .npy ${role}s (${names.join(", ")}); use one format per set`);
  const ext = [...formats][0];
  for (let k = 0; k < numbered.size; k++) {
    if (!numbered.has(k)) {
      throw new InputError(`${dir}: ${role}_${k}${ext} is missing (found ${names.join(", ")}); ${role}s are numbered from 0 without gaps`);
    }
  }
}
async function readNumbered(dir, numbered, npz) {
  if (npz) {
    const path = join2(dir, npz);
    return parseNpz(await readBytes(path), path).map((t) => ({ ...t, file: `${path}[${t.name}.npy]` }));
  }
  const out = [];
  for (let k = 0; k < numbered.size; k++) out.push(await readTensorFile(join2(dir, numbered.get(k))));
  return out;
}
async function readTensorFile(path) {
  const bytes = await readBytes(path);
  const tensor = path.endsWith(".npy") ? parseNpy(bytes, path) : decodeTensorProto(bytes, path);
  return { ...tensor, file: path };
}
function readBytes(path) {
  return readUntrusted(path, "eval data file", MAX_EVAL_TENSOR_BYTES);
}
async function readLabels(path) {
  if (!path.endsWith(".json")) return readTensorFile(path);
  return { ...parseLabelsJson(new TextDecoder().decode(await readBytes(path)), path), file: path };
}
function parseLabelsJson(text, file) {
  const fail = (detail) => {
    throw new InputError(`${file}: ${detail}`);
  };
  const expected = "labels must be a JSON array of numbers, or of equal-length arrays of numbers";
  let value;
  try {
    value = JSON.parse(text);
  } catch (err2) {
    return fail(`not valid JSON (${err2.message})`);
  }
  if (!Array.isArray(value)) return fail(`${expected} (found ${describeJson(value)})`);
  let dims;
  let flat;
  if (!Array.isArray(value[0])) {
    const bad = value.findIndex((v) => typeof v !== "number");
    if (bad >= 0) fail(`${expected} (item ${bad} is ${describeJson(value[bad])})`);
    dims = [value.length];
    flat = value;
  } else {
    const bad = value.findIndex((row) => !Array.isArray(row) || !row.every((v) => typeof v === "number"));
    if (bad >= 0) fail(`${expected} (item ${bad} is ${describeJson(value[bad])})`);
    const rows = value;
    const width = rows[0].length;
    const ragged = rows.findIndex((row) => row.length !== width);
    if (ragged >= 0) fail(`${expected} (item ${ragged} has ${rows[ragged].length} numbers, item 0 has ${width})`);
    dims = [rows.length, width];
    flat = rows.flat();
  }
  const integral = flat.every((v) => Number.isSafeInteger(v));
  return integral ? { name: "", elemType: "int64", dims, data: BigInt64Array.from(flat, (v) => BigInt(v)) } : { name: "", elemType: "float64", dims, data: Float64Array.from(flat) };
}
function describeJson(v) {
  if (Array.isArray(v)) return v.every((x2) => typeof x2 === "number") ? "an array" : "an array containing a non-number";
  if (v === null) return "null";
  return typeof v === "object" ? "an object" : `a ${typeof v}`;
}

// src/eval/classes.ts
var ClassTally = class {
  counts = /* @__PURE__ */ new Map();
  /** One set's samples: the label and each side's predicted class at every position, positions labelled `ignore` skipped. */
  add(truth, baseline, candidate, ignore) {
    for (let i2 = 0; i2 < truth.length; i2++) {
      const label = truth[i2];
      if (label === ignore) continue;
      const c = this.counts.get(label) ?? { samples: 0, baseline: 0, candidate: 0, lost: 0, gained: 0 };
      const [b, k] = [baseline[i2] === label, candidate[i2] === label];
      c.samples++;
      if (b) c.baseline++;
      if (k) c.candidate++;
      if (b && !k) c.lost++;
      if (k && !b) c.gained++;
      this.counts.set(label, c);
    }
  }
  result(minSamples) {
    const figures = [...this.counts].map(([label, c]) => ({
      class: label,
      samples: c.samples,
      baseline: c.baseline / c.samples,
      candidate: c.candidate / c.samples,
      lost: c.lost,
      gained: c.gained,
      p: c.samples >= minSamples ? mcnemarExact(c.lost, c.gained) : null,
      adjustedP: null
    }));
    const tested = figures.filter((f) => f.p !== null);
    holmAdjust(tested.map((f) => f.p)).forEach((q, i2) => tested[i2].adjustedP = q);
    const change = (f) => f.candidate - f.baseline;
    figures.sort((x2, y) => Math.abs(change(y)) - Math.abs(change(x2)) || x2.class - y.class);
    return { tested: tested.length, minSamples, classes: figures };
  }
};
function mcnemarExact(lost, gained) {
  const n = lost + gained;
  const k = Math.min(lost, gained);
  let logTerm = -n * Math.LN2;
  let logSum = logTerm;
  for (let i2 = 1; i2 <= k; i2++) {
    logTerm += Math.log(n - i2 + 1) - Math.log(i2);
    logSum = logAddExp(logSum, logTerm);
  }
  return Math.min(1, 2 * Math.exp(logSum));
}
function logAddExp(a, b) {
  const [hi, lo] = a > b ? [a, b] : [b, a];
  return hi + Math.log1p(Math.exp(lo - hi));
}
function holmAdjust(p) {
  const m = p.length;
  const order = p.map((_, i2) => i2).sort((a, b) => p[a] - p[b] || a - b);
  const out = new Array(m);
  let running = 0;
  order.forEach((index, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p[index]));
    out[index] = running;
  });
  return out;
}

// src/eval/metrics.ts
var FLOAT_TYPES = /* @__PURE__ */ new Set(["float32", "float64", "float16", "bfloat16"]);
var INTEGER_TYPES = /* @__PURE__ */ new Set(["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "bool"]);
function describe(t) {
  const file = t.file;
  if (typeof file === "string") return file;
  return t.name ? `output "${t.name}"` : "output";
}
function halfToNumber(bits2) {
  const sign = bits2 & 32768 ? -1 : 1;
  const exponent = bits2 >> 10 & 31;
  const fraction = bits2 & 1023;
  if (exponent === 0) return sign * fraction * 2 ** -24;
  if (exponent === 31) return fraction ? Number.NaN : sign * Infinity;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}
var f32 = new Float32Array(1);
var u32 = new Uint32Array(f32.buffer);
function bfloat16ToNumber(bits2) {
  u32[0] = (bits2 & 65535) << 16;
  return f32[0];
}
function tensorValues(t) {
  const data = t.data;
  if (Array.isArray(data)) throw new InputError(`${describe(t)}: is a string tensor; it cannot be scored numerically`);
  if ((t.elemType === "float16" || t.elemType === "bfloat16") && data instanceof Uint16Array) {
    return Float64Array.from(data, t.elemType === "float16" ? halfToNumber : bfloat16ToNumber);
  }
  if (data instanceof BigInt64Array || data instanceof BigUint64Array) return Float64Array.from(data, Number);
  if (!FLOAT_TYPES.has(t.elemType) && !INTEGER_TYPES.has(t.elemType)) {
    throw new InputError(`${describe(t)}: element type ${t.elemType} cannot be scored`);
  }
  return Float64Array.from(data);
}
function classLayout(output, classAxis) {
  const { dims } = output;
  const axis = classAxis < 0 ? dims.length + classAxis : classAxis;
  if (axis < 0 || axis >= dims.length) {
    throw new InputError(`${describe(output)}: has shape [${dims.join(",")}], which has no class axis ${classAxis} (eval.class-axis)`);
  }
  const product = (list) => list.reduce((a, b) => a * b, 1);
  return { outer: product(dims.slice(0, axis)), classes: dims[axis], inner: product(dims.slice(axis + 1)), axis, positionDims: dims.filter((_, i2) => i2 !== axis) };
}
function valueIndex(l, position, c) {
  const outer = Math.floor(position / l.inner);
  return (outer * l.classes + c) * l.inner + (position - outer * l.inner);
}
function argmaxAlong(values, l) {
  const out = new Int32Array(l.outer * l.inner);
  for (let p = 0; p < out.length; p++) {
    const base = valueIndex(l, p, 0);
    let best = -1;
    let bestValue = -Infinity;
    for (let c = 0; c < l.classes; c++) {
      const v = values[base + c * l.inner];
      if (v !== v) continue;
      if (best < 0 || v > bestValue) {
        best = c;
        bestValue = v;
      }
    }
    out[p] = best;
  }
  return out;
}
function readClasses(output, classAxis) {
  const { dims, elemType } = output;
  if (FLOAT_TYPES.has(elemType)) {
    if (dims.length < 2) return null;
    const layout = classLayout(output, classAxis);
    if (layout.classes <= 1) return null;
    return { predicted: argmaxAlong(tensorValues(output), layout), positionDims: layout.positionDims };
  }
  if (INTEGER_TYPES.has(elemType)) {
    if (!(dims.length === 1 || dims.length === 2 && dims[1] === 1)) return null;
    const values = tensorValues(output);
    if (values.some((v) => v !== (v | 0))) return null;
    return { predicted: Int32Array.from(values), positionDims: [dims[0]] };
  }
  return null;
}
function predictedClasses(output, classAxis = -1) {
  return readClasses(output, classAxis)?.predicted ?? null;
}
function sameSqueezed(a, b) {
  const squeeze = (d) => d.filter((x2) => x2 !== 1).join();
  return squeeze(a) === squeeze(b);
}
function labelClasses(labels, positionDims) {
  const { dims } = labels;
  const values = tensorValues(labels);
  const positions = positionDims.reduce((a, b) => a * b, 1);
  if (positionDims.length === 1 && dims.length === 2 && dims[1] > 1 && dims[0] === positions) {
    return argmaxAlong(values, { outer: dims[0], classes: dims[1], inner: 1, axis: 1, positionDims: [dims[0]] });
  }
  if (!sameSqueezed(dims, positionDims)) {
    if (positionDims.length === 1 && (dims.length === 1 || dims.length === 2 && dims[1] === 1)) {
      throw new InputError(`${describe(labels)}: has ${values.length} labels but the model made ${positions} predictions`);
    }
    throw new InputError(
      `${describe(labels)}: labels of shape [${dims.join(",")}] are neither class indices of the output's positions [${positionDims.join(",")}] (its shape without the class axis; eval.class-axis sets which axis that is) nor one-hot [N,C]`
    );
  }
  const bad = values.findIndex((v) => v !== (v | 0));
  if (bad >= 0) {
    const where = positionDims.length === 1 ? "row" : "position";
    throw new InputError(`${describe(labels)}: label ${values[bad]} at ${where} ${bad} is not a class index (non-integer labels are regression targets)`);
  }
  return Int32Array.from(values);
}
function countCorrect(pred, truth, ignoreIndex) {
  let correct = 0;
  let labelled = 0;
  for (let i2 = 0; i2 < truth.length; i2++) {
    if (truth[i2] === ignoreIndex) continue;
    labelled++;
    if (pred[i2] === truth[i2]) correct++;
  }
  return { correct, labelled };
}
function classScoring(output, labels, classAxis, ignoreIndex) {
  const read = readClasses(output, classAxis);
  const oneHot = labels.dims.length === 2 && labels.dims.join() === output.dims.join() && labels.dims[1] > 1;
  if (!read || !(INTEGER_TYPES.has(labels.elemType) || oneHot)) return null;
  const truth = labelClasses(labels, read.positionDims);
  const scores = FLOAT_TYPES.has(output.elemType);
  return { predicted: read.predicted, truth, perPosition: read.positionDims.length > 1, scores, ...countCorrect(read.predicted, truth, ignoreIndex) };
}
function labelNll(output, labels, classAxis, ignoreIndex, kind) {
  const layout = classLayout(output, classAxis);
  const truth = labelClasses(labels, layout.positionDims);
  const values = tensorValues(output);
  let sum = 0;
  let count = 0;
  for (let p = 0; p < truth.length; p++) {
    const label = truth[p];
    if (label === ignoreIndex) continue;
    if (label < 0 || label >= layout.classes) {
      throw new InputError(`${describe(labels)}: label ${label} at position ${p} is not one of the ${layout.classes} classes of ${describe(output)} (class axis ${layout.axis})`);
    }
    const base = valueIndex(layout, p, 0);
    const at = (c) => values[base + c * layout.inner];
    let nll;
    if (kind === "probabilities") nll = -Math.log(at(label));
    else if (kind === "log-probabilities") nll = -at(label);
    else {
      let max2 = -Infinity;
      for (let c = 0; c < layout.classes; c++) max2 = Math.max(max2, at(c));
      let exps = 0;
      for (let c = 0; c < layout.classes; c++) exps += Math.exp(at(c) - max2);
      nll = max2 + Math.log(exps) - at(label);
    }
    sum += nll;
    count++;
  }
  return { sum, count };
}
function shareEqual(a, b) {
  let same = 0;
  for (let i2 = 0; i2 < a.length; i2++) if (a[i2] === b[i2]) same++;
  return same / a.length;
}
function sameCount(a, aValues, b, bValues) {
  if (aValues.length !== bValues.length) {
    throw new InputError(
      `${describe(b)}: has ${bValues.length} values (shape [${b.dims.join(",")}]) but ${describe(a)} has ${aValues.length} (shape [${a.dims.join(",")}])`
    );
  }
}
function regressionErrors(pred, target) {
  const p = tensorValues(pred);
  const t = tensorValues(target);
  sameCount(pred, p, target, t);
  let abs = 0;
  let squares = 0;
  for (let i2 = 0; i2 < p.length; i2++) {
    const d = p[i2] - t[i2];
    abs += Math.abs(d);
    squares += d * d;
  }
  return { mae: abs / p.length, rmse: Math.sqrt(squares / p.length) };
}
function checkTolerance(name, value) {
  if (!(value >= 0) || !Number.isFinite(value)) throw new InputError(`${name} must be a finite number \u2265 0, got ${value}`);
}
function compareElements(actual, reference, atol, rtol) {
  let within = 0;
  let maxAbsError = 0;
  let squaredError = 0;
  let squaredReference = 0;
  for (let i2 = 0; i2 < actual.length; i2++) {
    const a = actual[i2];
    const r = reference[i2];
    let error;
    let close;
    if (Number.isFinite(a) && Number.isFinite(r)) {
      error = Math.abs(a - r);
      close = error <= atol + rtol * Math.abs(r);
      squaredReference += r * r;
    } else {
      close = a === r || a !== a && r !== r;
      error = close ? 0 : Infinity;
    }
    if (close) within++;
    if (error > maxAbsError) maxAbsError = error;
    squaredError += error * error;
  }
  return { within, maxAbsError, squaredError, squaredReference };
}
function compareTensors(actual, reference, atol, rtol) {
  checkTolerance("atol", atol);
  checkTolerance("rtol", rtol);
  if (actual.elemType === "string" || reference.elemType === "string") return compareStrings(actual, reference);
  const a = tensorValues(actual);
  const r = tensorValues(reference);
  sameCount(actual, a, reference, r);
  return { ...compareElements(a, r, atol, rtol), count: a.length };
}
function compareStrings(actual, reference) {
  if (!Array.isArray(actual.data) || !Array.isArray(reference.data)) {
    throw new InputError(`${describe(reference)}: is a ${reference.elemType} tensor but ${describe(actual)} is ${actual.elemType}`);
  }
  const [a, r] = [actual.data, reference.data];
  if (a.length !== r.length) {
    throw new InputError(
      `${describe(reference)}: has ${r.length} values (shape [${reference.dims.join(",")}]) but ${describe(actual)} has ${a.length} (shape [${actual.dims.join(",")}])`
    );
  }
  const within = a.filter((v, i2) => v === r[i2]).length;
  const mismatched = a.length - within;
  return { within, maxAbsError: mismatched > 0 ? Infinity : 0, squaredError: mismatched > 0 ? Infinity : 0, squaredReference: 0, count: a.length };
}
function referenceAgreement(actual, reference, atol, rtol) {
  const { within, maxAbsError, count } = compareTensors(actual, reference, atol, rtol);
  return { withinShare: within / count, maxAbsError, count };
}
function predictionAgreement(a, b, atol, rtol, classAxis = -1) {
  const { within, maxAbsError, squaredError, squaredReference, count } = compareTensors(b, a, atol, rtol);
  const withinShare = within / count;
  const classesA = predictedClasses(a, classAxis);
  const classesB = predictedClasses(b, classAxis);
  let top1Agreement = null;
  if (classesA && classesB) {
    if (classesA.length !== classesB.length) {
      throw new InputError(`${describe(b)}: predicts ${classesB.length} samples but ${describe(a)} predicts ${classesA.length}`);
    }
    top1Agreement = shareEqual(classesA, classesB);
  }
  return { top1Agreement, withinShare, maxAbsError, squaredError, squaredReference };
}

// src/eval/evaluate.ts
var Mean = class {
  sum = 0;
  weight = 0;
  add(value, weight) {
    if (weight > 0 && Number.isFinite(value)) {
      this.sum += value * weight;
      this.weight += weight;
    }
  }
  get value() {
    return this.weight > 0 ? this.sum / this.weight : null;
  }
};
var newAccumulator = () => ({ accuracy: new Mean(), nll: { sum: 0, count: 0 }, mae: new Mean(), mse: new Mean(), reference: new Mean(), referenceMax: null });
async function evaluate(sets, baseline, candidate, settings) {
  const outputName = chooseOutput(baseline, candidate, settings);
  const acc = { baseline: newAccumulator(), candidate: newAccumulator() };
  const top1 = new Mean();
  const within = new Mean();
  let maxAbs = 0;
  let squaredError = 0;
  let squaredReference = 0;
  let task = null;
  let samples = 0;
  let perPosition = false;
  const tally = new ClassTally();
  const others = /* @__PURE__ */ new Map();
  for (const [index, set] of sets.entries()) {
    const all = { baseline: await baseline.predict(set, index), candidate: candidate ? await candidate.predict(set, index) : null };
    const outputs = { baseline: pick(all.baseline, outputName, baseline), candidate: all.candidate && candidate ? pick(all.candidate, outputName, candidate) : null };
    const reference = bindReferences(set, baseline.info, baseline.label).get(outputName) ?? null;
    const predicted = {};
    for (const side of ["baseline", "candidate"]) {
      const out = outputs[side];
      if (!out) continue;
      const a = acc[side];
      if (set.labels) {
        const scored = classScoring(out, set.labels, settings.classAxis, settings.ignoreIndex);
        if (scored) {
          task = "classification";
          perPosition ||= scored.perPosition;
          a.accuracy.add(scored.correct / scored.labelled, scored.labelled);
          const kind = scoreKind(settings, scored.perPosition);
          if (kind && scored.scores) {
            const nll = labelNll(out, set.labels, settings.classAxis, settings.ignoreIndex, kind);
            a.nll.sum += nll.sum;
            a.nll.count += nll.count;
          }
          if (side === "baseline") samples += scored.labelled;
          predicted[side] = scored;
        } else {
          task = "regression";
          const errors = regressionErrors(out, set.labels);
          const n = elementCount2(set.labels);
          a.mae.add(errors.mae, n);
          a.mse.add(errors.rmse * errors.rmse, n);
          if (side === "baseline") samples += n;
        }
      }
      if (reference) {
        const r = referenceAgreement(out, reference, settings.atol, settings.rtol);
        a.reference.add(r.withinShare, r.count);
        a.referenceMax = Math.max(a.referenceMax ?? 0, r.maxAbsError);
      }
    }
    if (predicted.baseline && predicted.candidate) {
      if (predicted.candidate.predicted.length !== predicted.baseline.predicted.length) {
        throw new InputError(`${candidate.label}: predicts ${predicted.candidate.predicted.length} positions but ${baseline.label} predicts ${predicted.baseline.predicted.length}`);
      }
      tally.add(predicted.baseline.truth, predicted.baseline.predicted, predicted.candidate.predicted, settings.ignoreIndex);
    }
    if (!set.labels) samples += outputs.baseline.dims[0] ?? 1;
    if (outputs.candidate) {
      const p = predictionAgreement(outputs.baseline, outputs.candidate, settings.atol, settings.rtol, settings.classAxis);
      const positions = predictedClasses(outputs.baseline, settings.classAxis)?.length ?? 0;
      if (p.top1Agreement !== null) top1.add(p.top1Agreement, positions);
      within.add(p.withinShare, elementCount2(outputs.baseline));
      maxAbs = Math.max(maxAbs, p.maxAbsError);
      squaredError += p.squaredError;
      squaredReference += p.squaredReference;
    }
    for (const { name } of all.candidate ? baseline.info.outputs : []) {
      const [b, c] = [all.baseline[name], all.candidate?.[name]];
      if (name === outputName || !b || !c || !isFloatType(b.elemType) || !isFloatType(c.elemType) || b.dims.join() !== c.dims.join()) continue;
      const p = predictionAgreement(b, c, settings.atol, settings.rtol);
      const sums = others.get(name) ?? { squaredError: 0, squaredReference: 0 };
      others.set(name, { squaredError: sums.squaredError + p.squaredError, squaredReference: sums.squaredReference + p.squaredReference });
    }
  }
  const scores = (a) => {
    const mse = a.mse.value;
    return {
      accuracy: a.accuracy.value,
      mae: a.mae.value,
      rmse: mse === null ? null : Math.sqrt(mse),
      referenceAgreement: a.reference.value,
      referenceMaxAbsError: a.referenceMax,
      perplexity: a.nll.count > 0 ? Math.exp(a.nll.sum / a.nll.count) : null
    };
  };
  const classCheck = settings.classCheck === "on" || settings.classCheck === "auto" && !perPosition;
  const classifiedBoth = task === "classification" && candidate !== null;
  return {
    task,
    output: outputName,
    sets: sets.length,
    samples,
    perPosition,
    classes: classifiedBoth && classCheck ? tally.result(settings.classMinSamples) : null,
    classesOff: classifiedBoth && !classCheck ? settings.classCheck === "off" ? "off (eval.class-check: off)" : CLASSES_OFF_PER_POSITION : null,
    baseline: scores(acc.baseline),
    candidate: candidate ? scores(acc.candidate) : null,
    agreement: candidate ? {
      top1: top1.value,
      withinShare: within.value ?? Number.NaN,
      maxAbsError: maxAbs,
      relativeRmsError: relativeRms(squaredError, squaredReference),
      others: [...others].map(([output, s]) => ({ output, relativeRmsError: relativeRms(s.squaredError, s.squaredReference) }))
    } : null
  };
}
var CLASSES_OFF_PER_POSITION = "off for per-position classes: the positions of a sequence or an image are not independent samples, which the McNemar test assumes (eval.class-check: on turns it on)";
function scoreKind(settings, perPosition) {
  if (settings.outputKind !== "auto") return settings.outputKind;
  return perPosition ? "logits" : null;
}
function chooseOutput(baseline, candidate, settings) {
  const name = settings.output ?? baseline.info.outputs[0]?.name;
  if (name === void 0) throw new InputError(`${baseline.label}: model has no outputs`);
  for (const subject of [baseline, candidate]) {
    if (subject && !subject.info.outputs.some((o) => o.name === name)) {
      throw new InputError(
        `${subject.label}: has no output "${name}" (outputs: ${subject.info.outputs.map((o) => o.name).join(", ")}); set eval.output in the config`
      );
    }
  }
  return name;
}
function pick(outputs, output, subject) {
  const out = outputs[output];
  if (!out) throw new InputError(`${subject.label}: inference returned no output "${output}"`);
  return out;
}
var relativeRms = (squaredError, squaredReference) => squaredReference > 0 ? Math.sqrt(squaredError / squaredReference) : null;
function isFloatType(type2) {
  return /^(b?float\d+)$/.test(type2);
}
function elementCount2(t) {
  return t.dims.reduce((a, b) => a * b, 1);
}

// src/matrix/merge.ts
import { isDeepStrictEqual } from "node:util";

// src/report/recheck.ts
function levelsOf(config) {
  return { thresholds: (model) => thresholdsFor(config, model), drift: config.history.drift };
}
function recheck(report, levels, source) {
  for (const m of report.models) {
    const thresholds = levels.thresholds(m.name);
    for (const c of m.checks) {
      const where = `${source}: model ${m.name}: ${c.metric}`;
      sameLevels(c.threshold, thresholds[c.metric], `${where}: its thresholds.${c.metric}`);
      const expected = checkStatus(c, thresholds[c.metric], m.eval?.classes?.figures ?? []);
      if (expected.status !== c.status) throw new InputError(`${where} is ${c.status} in the report, but its numbers give ${expected.status} (a stale, buggy or edited report)`);
      c.inconclusive = expected.inconclusive;
    }
    for (const chain of m.history?.chains ?? []) {
      const where = `${source}: model ${m.name}: ${chain.metric} drift`;
      sameLevels(chain.threshold, levels.drift[chain.metric], `${where}: its ${chain.metric}-drift`);
      const expected = chainStatus(chain, levels.drift[chain.metric]);
      if (expected.status !== chain.status) throw new InputError(`${where} is ${chain.status} in the report, but its numbers give ${expected.status} (a stale, buggy or edited report)`);
      chain.inconclusive = expected.inconclusive;
    }
  }
}
var pairText = (p) => `${p.warn ?? "none"}/${p.fail ?? "none"}`;
function sameLevels(stored, pair, what) {
  const own = thresholdText(pair);
  if (stored.warn !== own.warn || stored.fail !== own.fail) throw new InputError(`${what} differs from this job's (${pairText(stored)} vs ${pairText(own)})`);
}
function checkStatus(c, pair, classes) {
  const skipped = { status: "skipped", inconclusive: false };
  if (c.metric === "perplexity" && c.candidate === null) return { status: "fail", inconclusive: false };
  if (c.baseline === null || c.candidate === null) return skipped;
  if (c.metric === "class-recall") return { status: judgeClasses(classes, pair)?.status ?? "skipped", inconclusive: false };
  if (METRICS[c.metric].timing === null) return { status: judgeChange(c.metric, changeOf(c.baseline, c.candidate, null), pair), inconclusive: false };
  const i2 = c.change?.interval;
  if (!c.change || c.change.relative === null || !i2) return skipped;
  const judged = judgeInterval({ estimate: c.change.relative, low: i2.low, high: i2.high, confidence: i2.confidence }, pair, c.baseline);
  return { status: judged.status, inconclusive: judged.inconclusive !== null };
}
function chainStatus(c, pair) {
  const chained = c.relative === null || c.interval === null ? null : { estimate: c.relative, ...c.interval };
  const judged = judgeDrift(chained, pair, c.steps);
  return { status: judged.status, inconclusive: judged.inconclusive };
}

// src/matrix/merge.ts
var shardName = (index, count) => `shard ${index}/${count}`;
function mergeShardReports(shards, levels) {
  if (shards.length === 0) throw new InputError("no shard report to merge");
  for (const s of shards) {
    const m = s.report.matrix;
    if (m === null || m.shard === null) throw new InputError(`${s.source}: not a shard's report (it has no matrix.shard; gate the shards with shard: K/N)`);
  }
  const first = shards[0];
  const matrix = first.report.matrix;
  const count = matrix.shards;
  const same = [
    ["shard count", (r) => r.matrix.shards],
    ["model list", (r) => [...r.matrix.models].sort()],
    ["commit", (r) => r.matrix.commit],
    ["model-gate version", (r) => r.tool.version],
    ["baseline", (r) => r.baseline.source]
  ];
  const nameOf = (r) => shardName(r.matrix.shard, r.matrix.shards);
  for (const s of shards.slice(1)) {
    for (const [what, of] of same) {
      if (!isDeepStrictEqual(of(s.report), of(first.report))) {
        throw new InputError(`${s.source}: its ${what} differs from ${first.source}'s (${nameOf(s.report)} and ${shardName(matrix.shard, count)} are not from the same run)`);
      }
    }
    const differs = difference(s.report.settings, first.report.settings, "");
    if (differs) {
      throw new InputError(`${s.source}: ${nameOf(s.report)}: its ${differs.path} differs from ${nameOf(first.report)}'s (${differs.mine} vs ${differs.theirs}): the shards must run with the same settings`);
    }
  }
  for (const s of shards) recheck(s.report, levels, `${s.source} (${nameOf(s.report)})`);
  const byIndex = /* @__PURE__ */ new Map();
  for (const s of shards) {
    const index = s.report.matrix.shard;
    if (index < 1 || index > count || !Number.isInteger(index)) throw new InputError(`${s.source}: shard ${index} is not one of 1 to ${count}`);
    const other = byIndex.get(index);
    if (other) throw new InputError(`${shardName(index, count)} is given twice: ${other.source} and ${s.source}`);
    byIndex.set(index, s);
  }
  const missing = Array.from({ length: count }, (_, i2) => i2 + 1).filter((i2) => !byIndex.has(i2));
  if (missing.length > 0) throw new InputError(`${missing.map((i2) => shardName(i2, count)).join(", ")} ${missing.length === 1 ? "is" : "are"} missing (its job failed before uploading its report, or its artifact was not downloaded)`);
  const all = matrix.models;
  const models = [];
  for (const name of all) {
    const index = shardOf(name, count);
    const s = byIndex.get(index);
    const found = s.report.models.filter((m) => m.name === name);
    if (found.length !== 1) throw new InputError(`${s.source}: model ${name} of ${shardName(index, count)} is ${found.length === 0 ? "missing from" : "more than once in"} its report`);
    models.push(found[0]);
  }
  for (const s of byIndex.values()) {
    const stray = s.report.models.find((m) => !all.includes(m.name) || shardOf(m.name, count) !== s.report.matrix.shard);
    if (stray) throw new InputError(`${s.source}: model ${stray.name} is not one of ${shardName(s.report.matrix.shard, count)}'s models`);
  }
  const failed = [...byIndex.entries()].sort(([a], [b]) => a - b).filter(([, s]) => s.report.verdict === "fail").map(([i2]) => shardName(i2, count));
  const verdict = overallVerdict(models);
  const notes = [...new Set(shards.map((s) => s.report.baseline.note).filter((n) => n !== null))];
  const baseline = { source: first.report.baseline.source, note: notes.length > 0 ? notes.join("; ") : null };
  const report = {
    ...first.report,
    verdict,
    summary: summarize(verdict, models, baseline.note),
    baseline,
    removed: [...new Set(shards.flatMap((s) => s.report.removed))].filter((n) => !all.includes(n)).sort(),
    models,
    matrix: { shard: null, shards: count, models: [...all], commit: matrix.commit }
  };
  return { report, failed };
}
var isPair = (v) => Object.keys(v).sort().join() === "fail,warn";
var shown = (v) => v === null || v === void 0 ? "none" : typeof v === "string" ? v.slice(0, 40) : JSON.stringify(v).slice(0, 40);
function difference(mine, theirs, path) {
  if (isDeepStrictEqual(mine, theirs)) return null;
  const objects = typeof mine === "object" && mine !== null && typeof theirs === "object" && theirs !== null && !Array.isArray(mine) && !Array.isArray(theirs);
  if (objects && !(isPair(mine) && isPair(theirs))) {
    const a = mine;
    const b = theirs;
    for (const key of [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])]) {
      const found = difference(a[key], b[key], path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  const text = (v) => typeof v === "object" && v !== null && !Array.isArray(v) && isPair(v) ? pairText(v) : shown(v);
  return { path: path || "settings", mine: text(mine), theirs: text(theirs) };
}

// src/report/environment.ts
import { arch, availableParallelism, cpus, release, type } from "node:os";
function collectEnvironment() {
  return {
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    cores: availableParallelism(),
    os: `${type()} ${release()}`,
    arch: arch(),
    node: process.version,
    onnxruntime: onnxruntimeVersion(),
    runner: process.env.RUNNER_NAME ?? null
  };
}

// src/report/json.ts
function buildReport(input) {
  const { level, threads, failOn, bench, eval: evalSettings, variants } = input.config;
  const e = input.environment;
  const models = input.models.map(reportModel);
  return {
    schema: REPORT_SCHEMA,
    schemaVersion: REPORT_VERSION,
    tool: { name: "model-gate", version: VERSION },
    verdict: input.verdict,
    summary: summarize(input.verdict, models, input.baseline.note),
    baseline: { source: input.baseline.source, note: input.baseline.note },
    removed: [...input.removed],
    models,
    // Set by the action for a shard of a matrix (action/main.ts) and by the merge (matrix/merge.ts).
    matrix: null,
    // Filled in by the front doors from the releases' reports (history/history.ts), when a history was asked for.
    history: null,
    settings: {
      level,
      threads,
      failOn,
      bench: {
        budgetSeconds: bench.budgetSeconds,
        loadSamples: bench.loadSamples,
        latencyRounds: bench.latencyRounds,
        latencyTimeMs: bench.latencyTimeMs,
        warmupMs: bench.warmupMs,
        intraOpThreads: bench.intraOpThreads,
        interOpThreads: bench.interOpThreads,
        mode: bench.mode,
        timeLimitSeconds: bench.timeLimitSeconds,
        memoryLimitMiB: bench.memoryLimitMiB
      },
      eval: reportEvalSettings(evalSettings),
      codec: input.config.codec,
      remeasureUnchanged: input.config.remeasureUnchanged,
      thresholds: levelTexts(input.config.thresholds),
      targetOnnxruntime: input.config.targetOnnxruntime,
      modelThresholds: Object.fromEntries(Object.entries(input.config.modelThresholds).map(([name, t]) => [name, levelTexts(t)])),
      modelEval: Object.fromEntries(
        Object.entries(input.config.modelEval).map(([name, m]) => [name, { data: m.data, eval: reportEvalSettings(evalSettingsFor(input.config, name)) }])
      ),
      history: { releases: input.config.history.releases, drift: levelTexts(input.config.history.drift) },
      variants: {
        build: [...variants.build],
        publish: variants.publish,
        maxAccuracyDrop: variants.maxAccuracyDrop.text,
        maxErrorIncrease: variants.maxErrorIncrease.text,
        int8MinElements: variants.int8MinElements,
        fp16KeepOps: [...variants.fp16KeepOps]
      }
    },
    environment: { cpu: e.cpu, cores: e.cores, os: e.os, arch: e.arch, node: e.node, onnxruntime: e.onnxruntime, runner: e.runner }
  };
}
function reportModel(m) {
  const file = (f) => ({
    file: f.file,
    raw: { bytes: f.raw.bytes, sha256: f.raw.sha256 },
    // The packed file's sha256 only where the manifest names one (docs/FORMAT.md#history).
    packed: f.packed.sha256 === void 0 ? { bytes: f.packed.bytes } : { bytes: f.packed.bytes, sha256: f.packed.sha256 }
  });
  return {
    name: m.name,
    verdict: m.verdict,
    baseline: m.baseline && file(m.baseline),
    candidate: { ...file(m.candidate), producer: `${m.candidate.onnx.producerName} ${m.candidate.onnx.producerVersion}`.trim() },
    unchanged: m.unchanged,
    checks: m.checks.map(reportCheck),
    eval: m.eval && reportEval(m.eval),
    phases: m.phases && m.phases.map(reportPhase),
    variants: m.variants ? reportVariants(m.variants) : null,
    history: null,
    interface: m.interface && reportInterface(m.interface),
    measurement: m.measurement && { ...m.measurement }
  };
}
function reportInterface(i2) {
  const listed = i2.changes.slice(0, MAX_INTERFACE_CHANGES);
  return {
    target: i2.target,
    changes: listed.map((c) => ({ kind: c.kind, breaking: c.breaking, name: c.name, before: c.before, after: c.after })),
    more: i2.changes.length - listed.length
  };
}
function levelTexts(levels) {
  return Object.fromEntries(Object.entries(levels).map(([metric, pair]) => [metric, thresholdText(pair)]));
}
function reportChange(c) {
  const i2 = c.interval;
  return { absolute: c.absolute, relative: c.relative, interval: i2 && { low: i2.low, high: i2.high, confidence: i2.confidence } };
}
function reportCheck(c) {
  return {
    metric: c.metric,
    baseline: c.baseline,
    candidate: c.candidate,
    change: c.change && reportChange(c.change),
    note: c.note,
    inconclusive: c.inconclusive,
    samples: c.samples && { baseline: c.samples.baseline, candidate: c.samples.candidate },
    sampling: c.sampling && { pairs: c.sampling.pairs, stop: c.sampling.stop, seconds: c.sampling.seconds },
    firstAttempt: c.firstAttempt && { status: c.firstAttempt.status, change: reportChange(c.firstAttempt.change) },
    threshold: { warn: c.threshold.warn, fail: c.threshold.fail },
    status: c.status
  };
}
var reportEvalSettings = (e) => ({
  atol: e.atol,
  rtol: e.rtol,
  output: e.output,
  ignoreIndex: e.ignoreIndex,
  outputKind: e.outputKind,
  classAxis: e.classAxis,
  classCheck: e.classCheck,
  classMinSamples: e.classMinSamples
});
var sideScores = (s) => ({
  accuracy: s.accuracy,
  mae: s.mae,
  rmse: s.rmse,
  referenceAgreement: s.referenceAgreement,
  referenceMaxAbsError: s.referenceMaxAbsError,
  perplexity: s.perplexity !== null && Number.isFinite(s.perplexity) ? s.perplexity : null
});
function reportClasses(c) {
  if (!c) return null;
  const tier = (f) => f.adjustedP === null ? 2 : f.adjustedP < CLASS_ALPHA ? 0 : 1;
  const kept = c.classes.map((f, i2) => ({ f, i: i2 })).sort((a, b) => tier(a.f) - tier(b.f) || (tier(a.f) === 0 ? a.f.candidate - a.f.baseline - (b.f.candidate - b.f.baseline) : 0) || a.i - b.i).slice(0, MAX_CLASS_FIGURES).map(({ f }) => f);
  const figures = kept.map((f) => ({
    class: f.class,
    samples: f.samples,
    baseline: f.baseline,
    candidate: f.candidate,
    lost: f.lost,
    gained: f.gained,
    p: f.p,
    adjustedP: f.adjustedP
  }));
  return { classes: c.classes.length, tested: c.tested, minSamples: c.minSamples, figures };
}
function reportAgreement(a) {
  if (!a) return null;
  return {
    top1: a.top1,
    withinShare: a.withinShare,
    maxAbsError: a.maxAbsError,
    relativeRmsError: a.relativeRmsError,
    others: a.others.map((o) => ({ output: o.output, relativeRmsError: o.relativeRmsError }))
  };
}
function reportEval(e) {
  return {
    task: e.task,
    output: e.output,
    sets: e.sets,
    samples: e.samples,
    baseline: sideScores(e.baseline),
    candidate: e.candidate && sideScores(e.candidate),
    agreement: reportAgreement(e.agreement),
    classes: reportClasses(e.classes)
  };
}
function reportPhase(p) {
  const side = (s) => ({ wallMs: s.wallMs, cpuMs: s.cpuMs, peakRssBytes: s.peakRssBytes });
  return { phase: p.phase, baseline: p.baseline && side(p.baseline), candidate: side(p.candidate) };
}
function reportVariantRow(r) {
  const s = r.score;
  return {
    variant: r.variant,
    status: r.status,
    reason: r.reason,
    packedBytes: r.packedBytes,
    weightBytes: r.weightBytes,
    loadTime: r.loadTime && reportChange(r.loadTime),
    latencyP50: r.latencyP50 && reportChange(r.latencyP50),
    score: s && {
      metric: s.metric,
      original: s.original,
      variant: s.variant,
      loss: s.loss,
      budget: s.budget,
      unit: s.unit,
      within: s.within,
      ...s.output === void 0 ? {} : { output: s.output }
    },
    agreement: reportAgreement(r.agreement),
    converted: r.converted,
    kept: r.kept,
    clamped: r.clamped,
    flushed: r.flushed,
    worstTensors: r.worstTensors.map((t) => ({ name: t.name, elements: t.elements, sqnrDb: t.sqnrDb, clamped: t.clamped, flushed: t.flushed }))
  };
}
function reportVariants(t) {
  return { publish: t.publish, published: t.published, rows: t.rows.map(reportVariantRow) };
}

// src/variants/select.ts
import { basename as basename3, join as join5 } from "node:path";

// src/variants/build.ts
import { mkdir as mkdir2 } from "node:fs/promises";
import { dirname as dirname2, join as join4 } from "node:path";

// src/variants/graph.ts
var NodeField = { input: 1, output: 2, name: 3, opType: 4, attribute: 5, domain: 7 };
var AttributeField = { name: 1, f: 2, i: 3, s: 4, t: 5, g: 6, graphs: 11, type: 20 };
var OpsetField = { domain: 1, version: 2 };
var MAX_DEPTH = 64;
function readGraphView(model, label) {
  const view = { irVersion: 0, opset: 0, initializers: /* @__PURE__ */ new Map(), nested: [], uses: /* @__PURE__ */ new Map(), graphInputs: /* @__PURE__ */ new Set(), outputs: /* @__PURE__ */ new Set(), names: /* @__PURE__ */ new Set() };
  const r = new WireReader(model, label);
  let graph = null;
  for (const f of r) {
    if (f.no === ModelField.graph) graph = r.message(f, "ModelProto.graph");
    else if (f.no === ModelField.irVersion) view.irVersion = fieldInt(f, label, "ModelProto.ir_version");
    else if (f.no === ModelField.opsetImport) {
      const o = r.message(f, "ModelProto.opset_import");
      let domain = "";
      let version = 0;
      for (const g of o) {
        if (g.no === OpsetField.domain) domain = o.string(g, "OperatorSetIdProto.domain");
        else if (g.no === OpsetField.version) version = fieldInt(g, label, "OperatorSetIdProto.version");
      }
      if (domain === "" || domain === "ai.onnx") view.opset = version;
    }
  }
  if (!graph) throw new InputError(`${label}: not an ONNX model (no graph)`);
  for (const f of graph) {
    switch (f.no) {
      case GraphField.node:
        readNode(graph.message(f, "GraphProto.node"), view, 0);
        break;
      case GraphField.initializer: {
        const t = readInitializer(graph.bytesOf(f, "GraphProto.initializer"), label, "initializer", f.offset);
        view.initializers.set(t.name, t);
        view.names.add(t.name);
        break;
      }
      case GraphField.input:
      case GraphField.output:
      case GraphField.valueInfo: {
        const name = valueInfoName(graph.message(f, "GraphProto.input"));
        view.names.add(name);
        if (f.no === GraphField.input) view.graphInputs.add(name);
        if (f.no === GraphField.output) view.outputs.add(name);
        break;
      }
    }
  }
  return view;
}
function valueInfoName(r) {
  for (const f of r) if (f.no === 1) return r.string(f, "ValueInfoProto.name");
  return "";
}
function readNode(r, view, depth) {
  if (depth > MAX_DEPTH) throw new InputError(`${r.label}: subgraphs nest deeper than ${MAX_DEPTH} levels`);
  const inputs = [];
  const outputs = [];
  const ints = {};
  const tensors = {};
  let opType = "";
  let domain = "";
  let name = "";
  for (const f of r) {
    switch (f.no) {
      case NodeField.input:
        inputs.push(r.string(f, "NodeProto.input"));
        break;
      case NodeField.output:
        outputs.push(r.string(f, "NodeProto.output"));
        view.names.add(outputs.at(-1));
        break;
      case NodeField.name:
        name = r.string(f, "NodeProto.name");
        view.names.add(name);
        break;
      case NodeField.opType:
        opType = r.string(f, "NodeProto.op_type");
        break;
      case NodeField.domain:
        domain = r.string(f, "NodeProto.domain");
        break;
      case NodeField.attribute:
        readAttribute(r.message(f, "NodeProto.attribute"), ints, tensors, view, depth);
        break;
    }
  }
  const value = tensors.value;
  if (depth === 0 && opType === "Constant" && (domain === "" || domain === "ai.onnx") && value && outputs.length === 1) {
    view.initializers.set(outputs[0], { ...readInitializer(value, r.label, "constant", r.base), name: outputs[0] });
  }
  inputs.forEach((input, slot) => {
    if (input === "") return;
    const list = view.uses.get(input) ?? [];
    list.push({ opType, domain, node: name, slot, ints, inSubgraph: depth > 0, inputs, outputs, at: r.base });
    view.uses.set(input, list);
  });
}
function readAttribute(r, ints, tensors, view, depth) {
  let name = "";
  let i2 = null;
  let t = null;
  for (const f of r) {
    if (f.no === AttributeField.name) name = r.string(f, "AttributeProto.name");
    else if (f.no === AttributeField.i && f.wireType === WIRE_VARINT) i2 = Number(toBigInt(f.lo, f.hi));
    else if (f.no === AttributeField.t) t = r.bytesOf(f, "AttributeProto.t");
    else if (f.no === AttributeField.g || f.no === AttributeField.graphs) readSubgraph(r.message(f, "AttributeProto.g"), view, depth + 1);
  }
  if (i2 !== null) ints[name] = i2;
  if (t !== null) tensors[name] = t;
}
function readSubgraph(r, view, depth) {
  for (const f of r) {
    if (f.no === GraphField.node) readNode(r.message(f, "GraphProto.node"), view, depth);
    else if (f.no === GraphField.initializer) {
      const t = readInitializer(r.bytesOf(f, "GraphProto.initializer"), r.label, "subgraph", f.offset);
      view.nested.push(t);
      view.names.add(t.name);
    } else if (f.no === GraphField.input || f.no === GraphField.output || f.no === GraphField.valueInfo) {
      view.names.add(valueInfoName(r.message(f, "GraphProto.input")));
    }
  }
}
function readInitializer(proto, label, where, at) {
  const r = new WireReader(proto, label);
  const t = { name: "", dataType: 0, dims: [], proto, external: null, where, at };
  const entries = /* @__PURE__ */ new Map();
  let external = false;
  for (const f of r) {
    if (f.no === TensorField.name) t.name = r.string(f, "TensorProto.name");
    else if (f.no === TensorField.dataType) t.dataType = fieldInt(f, label, "TensorProto.data_type");
    else if (f.no === TensorField.dims) r.varints(f, "TensorProto.dims", (lo, hi) => t.dims.push(Number(toBigInt(lo, hi))));
    else if (f.no === TensorField.dataLocation) external = fieldInt(f, label, "TensorProto.data_location") === DATA_LOCATION_EXTERNAL;
    else if (f.no === TensorField.externalData) entries.set(...stringEntry(r.message(f, "TensorProto.external_data")));
  }
  if (external) t.external = externalTensor(label, { ...t, entries });
  return t;
}
function weightBytes(view) {
  let total = 0;
  for (const t of [...view.initializers.values(), ...view.nested]) total += tensorBytes(t.dataType, t.dims) ?? 0;
  return total;
}
function freshName(view, base) {
  let name = base;
  for (let n = 2; view.names.has(name); n++) name = `${base}_${n}`;
  view.names.add(name);
  return name;
}

// src/variants/numeric.ts
var scratchF32 = new Float32Array(1);
var scratchU32 = new Uint32Array(scratchF32.buffer);
var HALF_MAX_BITS = 31743;
var HALF_INF_BITS = 31744;
var HALF_QNAN_BITS = 32256;
function halfBitsOfFloat32Bits(u) {
  const sign = u >>> 16 & 32768;
  const exp = u >>> 23 & 255;
  const mant = u & 8388607;
  if (exp === 255) return sign | (mant !== 0 ? HALF_QNAN_BITS : HALF_INF_BITS);
  const e = exp - 127;
  if (e > 15) return sign | HALF_INF_BITS;
  if (e >= -14) {
    const rem2 = mant & 8191;
    let h2 = e + 15 << 10 | mant >>> 13;
    if (rem2 > 4096 || rem2 === 4096 && (h2 & 1) !== 0) h2++;
    return sign | h2;
  }
  const shift = -e - 1;
  if (shift > 24) return sign;
  const sig = mant | 8388608;
  const half = 1 << shift - 1;
  const rem = sig & (half << 1) - 1;
  let h = sig >>> shift;
  if (rem > half || rem === half && (h & 1) !== 0) h++;
  return sign | h;
}
function toHalf(src) {
  const n = src.length;
  const u = new Uint32Array(src.buffer, src.byteOffset, n);
  const bits2 = new Uint16Array(n);
  let clamped = 0;
  let flushed = 0;
  let nonFinite = 0;
  for (let i2 = 0; i2 < n; i2++) {
    const v = u[i2];
    const abs = v & 2147483647;
    let h;
    if (abs >= 947912704 && abs < 1199570944) h = v >>> 16 & 32768 | abs - 939524096 + 4095 + (abs >>> 13 & 1) >>> 13;
    else h = halfBitsOfFloat32Bits(v);
    if ((h & 31744) === 31744) {
      if ((v & 2139095040) === 2139095040) nonFinite++;
      else {
        h = h & 32768 | HALF_MAX_BITS;
        clamped++;
      }
    } else if ((h & 32767) === 0 && abs !== 0) flushed++;
    bits2[i2] = h;
  }
  return { bits: bits2, clamped, flushed, nonFinite };
}
var halfTable;
function halfRestored(bits2) {
  if (!halfTable) {
    halfTable = new Float32Array(65536);
    for (let h = 0; h < 65536; h++) halfTable[h] = halfToNumber(h);
  }
  const table = halfTable;
  const out = new Float32Array(bits2.length);
  for (let i2 = 0; i2 < bits2.length; i2++) out[i2] = table[bits2[i2]];
  return out;
}
var FLOAT32_MAX = 34028234663852886e22;
var FLOAT32_MIN_SUBNORMAL = 2 ** -149;
var ROUND_MAGIC = 6755399441055744;
function channelLayout(length, dims, axis) {
  if (!Number.isInteger(axis) || axis < 0 || axis >= dims.length) {
    throw new RangeError(`axis ${axis} is out of range for a rank-${dims.length} tensor`);
  }
  let outer = 1;
  let inner = 1;
  for (let d = 0; d < dims.length; d++) {
    const size = dims[d];
    if (!Number.isInteger(size) || size < 0) throw new RangeError(`dims [${dims.join(", ")}]: dimension ${d} is not a non-negative integer`);
    if (d < axis) outer *= size;
    else if (d > axis) inner *= size;
  }
  const channels = dims[axis];
  if (outer * channels * inner !== length) {
    throw new RangeError(`dims [${dims.join(", ")}] hold ${outer * channels * inner} elements, but the data has ${length}`);
  }
  return { outer, channels, inner };
}
function allFinite(data) {
  const u = new Uint32Array(data.buffer, data.byteOffset, data.length);
  for (let i2 = 0; i2 < u.length; i2++) {
    if ((u[i2] & 2139095040) === 2139095040) return false;
  }
  return true;
}
function quantizePerChannel(data, dims, axis) {
  const { outer, channels, inner } = channelLayout(data.length, dims, axis);
  const amax = new Float64Array(channels);
  let i2 = 0;
  for (let o = 0; o < outer; o++) {
    for (let c = 0; c < channels; c++) {
      let m = amax[c];
      for (let end = i2 + inner; i2 < end; i2++) {
        const a = Math.abs(data[i2]);
        if (!(a <= FLOAT32_MAX)) throw new RangeError(`element ${i2} is ${data[i2]}: only finite weights can be quantized`);
        if (a > m) m = a;
      }
      amax[c] = m;
    }
  }
  const scales = new Float32Array(channels);
  for (let c = 0; c < channels; c++) {
    const m = amax[c];
    let s = Math.fround(m / 127);
    if (m === 0) s = 1;
    else if (s === 0) s = FLOAT32_MIN_SUBNORMAL;
    scales[c] = s;
  }
  const q = new Int8Array(data.length);
  i2 = 0;
  for (let o = 0; o < outer; o++) {
    for (let c = 0; c < channels; c++) {
      const s = scales[c];
      for (let end = i2 + inner; i2 < end; i2++) {
        let r = Math.fround(data[i2] / s) + ROUND_MAGIC - ROUND_MAGIC;
        if (r > 127) r = 127;
        else if (r < -127) r = -127;
        q[i2] = r;
      }
    }
  }
  return { q, scales };
}
function dequantizePerChannel(quantized, dims, axis) {
  const { q, scales } = quantized;
  const { outer, channels, inner } = channelLayout(q.length, dims, axis);
  if (scales.length !== channels) throw new RangeError(`${scales.length} scales for ${channels} channels`);
  const out = new Float32Array(q.length);
  let i2 = 0;
  for (let o = 0; o < outer; o++) {
    for (let c = 0; c < channels; c++) {
      const s = scales[c];
      for (let end = i2 + inner; i2 < end; i2++) out[i2] = q[i2] * s;
    }
  }
  return out;
}
function sqnrDb(original, restored) {
  if (original.length !== restored.length) {
    throw new RangeError(`length mismatch: ${original.length} original vs ${restored.length} restored elements`);
  }
  let signal = 0;
  let noise = 0;
  for (let i2 = 0; i2 < original.length; i2++) {
    const x2 = original[i2];
    const d = x2 - restored[i2];
    signal += x2 * x2;
    noise += d * d;
  }
  if (noise === 0) return Infinity;
  if (signal === 0) return -Infinity;
  return 10 * Math.log10(signal / noise);
}

// src/variants/int4.ts
var DEFAULT_ZERO_POINT = 8;
var MAX_CODE = 15;
var roundHalfEven = (v) => v + ROUND_MAGIC - ROUND_MAGIC;
function usableScale(range, steps) {
  if (range === 0) return 1;
  const s = Math.fround(range / steps);
  return s === 0 ? Math.sign(range) * FLOAT32_MIN_SUBNORMAL : s;
}
function quantizeInt4(data, k, n, blockSize, symmetric) {
  if (data.length !== k * n) throw new RangeError(`a [${k}, ${n}] weight has ${k * n} elements, but the data has ${data.length}`);
  if (!Number.isInteger(blockSize) || blockSize < 2 || blockSize % 2 !== 0) throw new RangeError(`block size ${blockSize} is not an even number of codes`);
  const blocks = Math.ceil(k / blockSize);
  const blob = blockSize / 2;
  const zpStride = Math.ceil(blocks / 2);
  const packed = new Uint8Array(n * blocks * blob);
  const scales = new Float32Array(n * blocks);
  const zeroPoints = symmetric ? null : new Uint8Array(n * zpStride);
  for (let c = 0; c < n; c++) {
    for (let b = 0; b < blocks; b++) {
      const from = b * blockSize;
      const to = Math.min(k, from + blockSize);
      let lo = 0;
      let hi = 0;
      let extreme = 0;
      for (let r = from; r < to; r++) {
        const v = data[r * n + c];
        if (v < lo) lo = v;
        if (v > hi) hi = v;
        if (Math.abs(v) > Math.abs(extreme)) extreme = v;
      }
      const scale = symmetric ? usableScale(extreme, -DEFAULT_ZERO_POINT) : usableScale(hi - lo, MAX_CODE);
      const zp = symmetric ? DEFAULT_ZERO_POINT : Math.min(MAX_CODE, Math.max(0, roundHalfEven(Math.fround(-lo / scale))));
      scales[c * blocks + b] = scale;
      if (zeroPoints) zeroPoints[c * zpStride + (b >> 1)] |= zp << (b & 1) * 4;
      const base = (c * blocks + b) * blob;
      for (let j = 0; j < blockSize; j++) {
        const r = from + j;
        const q = r < to ? Math.min(MAX_CODE, Math.max(0, roundHalfEven(Math.fround(data[r * n + c] / scale)) + zp)) : zp;
        packed[base + (j >> 1)] |= q << (j & 1) * 4;
      }
    }
    if (zeroPoints && blocks % 2 === 1) zeroPoints[c * zpStride + zpStride - 1] |= DEFAULT_ZERO_POINT << 4;
  }
  return { k, n, blockSize, blocks, packed, scales, zeroPoints };
}
function dequantizeInt4(q) {
  const out = new Float32Array(q.k * q.n);
  const blob = q.blockSize / 2;
  const zpStride = Math.ceil(q.blocks / 2);
  for (let c = 0; c < q.n; c++) {
    for (let b = 0; b < q.blocks; b++) {
      const scale = q.scales[c * q.blocks + b];
      const zp = q.zeroPoints ? q.zeroPoints[c * zpStride + (b >> 1)] >> (b & 1) * 4 & MAX_CODE : DEFAULT_ZERO_POINT;
      for (let r = b * q.blockSize, j = 0; r < Math.min(q.k, (b + 1) * q.blockSize); r++, j++) {
        const code = q.packed[(c * q.blocks + b) * blob + (j >> 1)] >> (j & 1) * 4 & MAX_CODE;
        out[r * q.n + c] = Math.fround((code - zp) * scale);
      }
    }
  }
  return out;
}
function matMulNBits(view, store, t, uses, q, accuracyLevel) {
  const names = { q: freshName(view, `${t.name}_int4`), scale: freshName(view, `${t.name}_scales`), zero: freshName(view, `${t.name}_zero_points`) };
  const inputs = [names.q, names.scale, ...q.zeroPoints ? [names.zero] : []];
  return {
    original: t.name,
    at: t.at,
    initializers: [
      store.put({ name: names.q, elemType: "uint8", dims: [q.n, q.blocks, q.blockSize / 2], data: q.packed }),
      store.put({ name: names.scale, elemType: "float32", dims: [q.n, q.blocks], data: q.scales }),
      ...q.zeroPoints ? [store.put({ name: names.zero, elemType: "uint8", dims: [q.n, Math.ceil(q.blocks / 2)], data: q.zeroPoints })] : []
    ],
    nodes: [],
    rewrites: uses.map((u) => ({
      at: u.at,
      node: {
        opType: "MatMulNBits",
        domain: "com.microsoft",
        inputs: [u.inputs[0], ...inputs],
        outputs: [...u.outputs],
        name: u.node,
        ints: { K: q.k, N: q.n, bits: 4, block_size: q.blockSize, accuracy_level: accuracyLevel }
      }
    })),
    imports: { "com.microsoft": 1 }
  };
}

// src/variants/rewrite.ts
var ATTRIBUTE_INT = 2;
var MetadataField = { key: 1, value: 2 };
var MAX_MODEL_BYTES = 2 ** 31 - 1;
function rewriteModel(model, label, replacements, metadata) {
  const nodes = new Map(replacements.flatMap((r2) => r2.rewrites ?? []).map((w) => [w.at, w.node]));
  const edits = { byAt: new Map(replacements.map((r2) => [r2.at, r2])), nodes, sorted: [...replacements.map((r2) => r2.at), ...nodes.keys()].sort((a, b) => a - b) };
  const imports = new Map(replacements.flatMap((r2) => Object.entries(r2.imports ?? {})));
  const out = new WireWriter();
  const r = new WireReader(model, label);
  for (let start = r.position, f = r.next(); f; start = r.position, f = r.next()) {
    if (f.no === ModelField.graph) out.bytes(ModelField.graph, rewriteGraph(r.message(f, "ModelProto.graph"), edits, true));
    else {
      if (f.no === ModelField.opsetImport) imports.delete(firstString(r.message(f, "ModelProto.opset_import"), OpsetField.domain));
      out.raw(model.subarray(start, f.offset + f.length));
    }
  }
  for (const [domain, version] of imports) {
    out.bytes(ModelField.opsetImport, new WireWriter().string(OpsetField.domain, domain).varint(OpsetField.version, version).finish());
  }
  for (const [key, value] of Object.entries(metadata)) {
    out.bytes(ModelField.metadataProps, new WireWriter().string(MetadataField.key, key).string(MetadataField.value, value).finish());
  }
  const bytes = out.finish();
  if (bytes.length > MAX_MODEL_BYTES) throw new InputError(`${label}: the variant would be ${bytes.length} bytes, over the 2 GiB limit of an ONNX file without external data`);
  return bytes;
}
function containsEdit(edits, from, to) {
  let lo = 0;
  let hi = edits.sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (edits.sorted[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < edits.sorted.length && edits.sorted[lo] < to;
}
function rewriteGraph(g, edits, main) {
  const here = [];
  for (const f of new WireReader(g.bytes, g.label, g.base)) {
    const r = edits.byAt.get(f.offset);
    if (r && (f.no === GraphField.initializer || f.no === GraphField.node)) here.push(r);
  }
  const hereByName = new Map(here.map((r) => [r.original, r]));
  const out = new WireWriter();
  const emitted = /* @__PURE__ */ new Set();
  for (const r of here) for (const node of r.nodes) out.bytes(GraphField.node, encodeNode(node));
  for (let start = g.position, f = g.next(); f; start = g.position, f = g.next()) {
    const r = edits.byAt.get(f.offset);
    if (f.no === GraphField.node) {
      if (r) continue;
      const node = edits.nodes.get(f.offset);
      if (node) {
        out.bytes(GraphField.node, encodeNode(node));
        continue;
      }
      if (containsEdit(edits, f.offset, f.offset + f.length)) {
        out.bytes(GraphField.node, rewriteMessage(g.message(f, "GraphProto.node"), edits, NodeField.attribute));
        continue;
      }
    } else if (f.no === GraphField.initializer && r) {
      for (const t of r.initializers) out.bytes(GraphField.initializer, t.proto);
      emitted.add(r);
      continue;
    } else if (f.no === GraphField.input && main) {
      const replaced = hereByName.get(firstString(g.message(f, "GraphProto.input"), 1));
      if (replaced) {
        for (const t of replaced.initializers) out.bytes(GraphField.input, encodeValueInfo(t));
        continue;
      }
    }
    out.raw(g.bytes.subarray(start - g.base, f.offset + f.length - g.base));
  }
  for (const r of here) if (!emitted.has(r)) for (const t of r.initializers) out.bytes(GraphField.initializer, t.proto);
  return out.finish();
}
function rewriteMessage(m, edits, inner) {
  const out = new WireWriter();
  for (let start = m.position, f = m.next(); f; start = m.position, f = m.next()) {
    const holds = containsEdit(edits, f.offset, f.offset + f.length);
    if (holds && inner === NodeField.attribute && f.no === NodeField.attribute) {
      out.bytes(f.no, rewriteMessage(m.message(f, "NodeProto.attribute"), edits, AttributeField.g));
    } else if (holds && inner === AttributeField.g && (f.no === AttributeField.g || f.no === AttributeField.graphs)) {
      out.bytes(f.no, rewriteGraph(m.message(f, "AttributeProto.g"), edits, false));
    } else out.raw(m.bytes.subarray(start - m.base, f.offset + f.length - m.base));
  }
  return out.finish();
}
function firstString(r, no) {
  for (const f of r) if (f.no === no) return r.string(f, "name");
  return "";
}
function encodeValueInfo(t) {
  const shape = new WireWriter();
  for (const d of t.dims) shape.bytes(1, new WireWriter().varint(1, d).finish());
  const tensorType = new WireWriter().varint(1, t.dataType).bytes(2, shape.finish()).finish();
  return new WireWriter().string(1, t.name).bytes(2, new WireWriter().bytes(1, tensorType).finish()).finish();
}
function encodeNode(n) {
  const w = new WireWriter();
  for (const i2 of n.inputs) w.string(NodeField.input, i2);
  for (const o of n.outputs) w.string(NodeField.output, o);
  w.string(NodeField.name, n.name);
  w.string(NodeField.opType, n.opType);
  if (n.domain) w.string(NodeField.domain, n.domain);
  for (const [name, value] of Object.entries(n.ints ?? {})) {
    w.bytes(NodeField.attribute, new WireWriter().string(AttributeField.name, name).varint(AttributeField.i, value).varint(AttributeField.type, ATTRIBUTE_INT).finish());
  }
  return w.finish();
}

// src/variants/store.ts
import { closeSync, constants, openSync, readSync, rmSync, writeSync } from "node:fs";
import { dirname, join as join3 } from "node:path";
var INLINE_MAX_BYTES = 1024;
var ALIGN_FROM_BYTES = 1 << 20;
var ALIGNMENT = 4096;
var COPY_CHUNK_BYTES = 8 << 20;
var READ_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW;
var LITTLE_ENDIAN_HOST = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
var TensorStore = class _TensorStore {
  /** `dataPath`: the variant's external data file (bare name beside its .onnx), or null to keep every tensor inline. */
  constructor(dataPath) {
    this.dataPath = dataPath;
  }
  dataPath;
  fd = null;
  end = 0;
  static inline() {
    return new _TensorStore(null);
  }
  /** A store writing to `dataPath`, which is created anew (never through a link). */
  static external(dataPath) {
    rmSync(dataPath, { force: true });
    const store = new _TensorStore(dataPath);
    store.fd = openSync(dataPath, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 420);
    return store;
  }
  /** The data file's name as the variant's tensors give it (external_data "location"), or null when all is inline. */
  get location() {
    return this.dataPath === null ? null : this.dataPath.slice(dirname(this.dataPath).length + 1);
  }
  /** A converted tensor: inline when small or when the store is inline, else appended to the data file. */
  put(t) {
    const dataType = dataTypeFromElemType(t.elemType);
    if (Array.isArray(t.data) || t.data.byteLength < INLINE_MAX_BYTES || this.fd === null) return { name: t.name, dataType, dims: t.dims, proto: encodeTensorProto(t) };
    const bytes = littleEndianBytes(t.data);
    const offset = this.reserve(bytes.length);
    writeAll(this.fd, bytes, offset);
    return { name: t.name, dataType, dims: t.dims, proto: externalProto(t.name, dataType, t.dims, this.location, offset, bytes.length) };
  }
  /**
   * An external tensor of the original (`modelPath`'s, already validated by checkExternalData) the variant keeps as it
   * is: copied into the data file a chunk at a time, or inline when small.
   */
  copy(name, e, modelPath) {
    const length = byteLength(e);
    const from = openSync(join3(dirname(modelPath), e.location), READ_FLAGS);
    try {
      if (length < INLINE_MAX_BYTES || this.fd === null) {
        const bytes = new Uint8Array(length);
        readAll(from, bytes, e.offset, modelPath, e);
        return { name, dataType: e.dataType, dims: e.dims, proto: inlineProto(name, e.dataType, e.dims, bytes) };
      }
      const offset = this.reserve(length);
      const chunk = new Uint8Array(Math.min(length, COPY_CHUNK_BYTES));
      for (let done = 0; done < length; done += chunk.length) {
        const part = chunk.subarray(0, Math.min(chunk.length, length - done));
        readAll(from, part, e.offset + done, modelPath, e);
        writeAll(this.fd, part, offset + done);
      }
      return { name, dataType: e.dataType, dims: e.dims, proto: externalProto(name, e.dataType, e.dims, this.location, offset, length) };
    } finally {
      closeSync(from);
    }
  }
  close() {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
  /** Closes and removes the data file: the variant was not built. */
  discard() {
    this.close();
    if (this.dataPath !== null) rmSync(this.dataPath, { force: true });
  }
  /** Where the next tensor of `length` bytes goes: the end of the file, aligned when the tensor is large. */
  reserve(length) {
    const offset = length >= ALIGN_FROM_BYTES ? Math.ceil(this.end / ALIGNMENT) * ALIGNMENT : this.end;
    this.end = offset + length;
    return offset;
  }
};
function readExternalFloat32(e, modelPath) {
  const out = new Float32Array(byteLength(e) / 4);
  const bytes = new Uint8Array(out.buffer);
  const fd2 = openSync(join3(dirname(modelPath), e.location), READ_FLAGS);
  try {
    readAll(fd2, bytes, e.offset, modelPath, e);
  } finally {
    closeSync(fd2);
  }
  if (!LITTLE_ENDIAN_HOST) for (let i2 = 0; i2 < bytes.length; i2 += 4) bytes.subarray(i2, i2 + 4).reverse();
  return out;
}
var byteLength = (e) => e.length ?? tensorBytes(e.dataType, e.dims) ?? 0;
function readAll(fd2, into, position, modelPath, e) {
  for (let filled = 0; filled < into.length; ) {
    const n = readSync(fd2, into, filled, into.length - filled, position + filled);
    if (n === 0) throw new InputError(`${modelPath}: tensor "${e.name}": ${e.location} ended before its data did (it shrank while being read)`);
    filled += n;
  }
}
function writeAll(fd2, bytes, position) {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd2, bytes, done, bytes.length - done, position + done);
}
function protoHead(name, dataType, dims) {
  const w = new WireWriter();
  for (const d of dims) w.varint(TensorField.dims, d);
  return w.varint(TensorField.dataType, dataType).string(TensorField.name, name);
}
function inlineProto(name, dataType, dims, bytes) {
  return protoHead(name, dataType, dims).bytes(TensorField.rawData, bytes).finish();
}
function externalProto(name, dataType, dims, location, offset, length) {
  const w = protoHead(name, dataType, dims);
  for (const [key, value] of [["location", location], ["offset", String(offset)], ["length", String(length)]]) {
    w.bytes(TensorField.externalData, new WireWriter().string(1, key).string(2, value).finish());
  }
  return w.varint(TensorField.dataLocation, DATA_LOCATION_EXTERNAL).finish();
}

// src/variants/build.ts
var FLOAT = 1;
var QUANTIZATION_OPS = /* @__PURE__ */ new Set(["QuantizeLinear", "DequantizeLinear", "DynamicQuantizeLinear", "QLinearConv", "QLinearMatMul", "MatMulInteger", "ConvInteger", "MatMulNBits", "DynamicQuantizeMatMul", "MatMulIntegerToFloat"]);
var FP16_MIN_ELEMENTS = 16;
function alreadyQuantized(view) {
  for (const uses of view.uses.values()) for (const u of uses) if (QUANTIZATION_OPS.has(u.opType)) return u.opType;
  return null;
}
async function buildVariant(modelPath, fileName, variant, settings, outDir) {
  const bytes = await readUntrusted(modelPath, "model", Number.MAX_SAFE_INTEGER);
  const view = readGraphView(bytes, modelPath);
  const original = weightBytes(view);
  const result = { variant, path: null, reason: null, converted: [], kept: [], weightBytes: { original, variant: original } };
  if (view.opset === 0) {
    result.reason = "the model imports no default-domain (ai.onnx) opset, so it cannot use Cast or DequantizeLinear nodes";
    return result;
  }
  const external = mapTensorsInBytes(bytes, modelPath).external;
  await checkExternalData(modelPath, external);
  const rewritten = [...view.initializers.values(), ...view.nested].filter((t) => t.external);
  if (external.length > rewritten.length) {
    const names = new Set(rewritten.map((t) => t.name));
    const elsewhere = external.find((e) => !names.has(e.name)) ?? external[0];
    result.reason = `tensor "${elsewhere.name}" keeps its data in an external file from a place variants do not rewrite (a function, a sparse tensor or a Constant inside a subgraph)`;
    return result;
  }
  const path = join4(outDir, variant, fileName);
  if (external.length > 0) await mkdir2(dirname2(path), { recursive: true });
  const store = external.length > 0 ? TensorStore.external(`${path}.data`) : TensorStore.inline();
  try {
    const plan = PLANNERS[variant](view, modelPath, settings, store);
    result.converted = plan.converted;
    result.kept = plan.kept;
    if (plan.reason || plan.replacements.length === 0) {
      result.reason = plan.reason ?? noneConverted(variant, result.kept, settings, view);
      store.discard();
      return result;
    }
    const replaced = new Set(plan.replacements.map((r) => r.at));
    const copies = rewritten.filter((t) => !replaced.has(t.at)).map((t) => ({ original: t.name, at: t.at, initializers: [store.copy(t.name, t.external, modelPath)], nodes: [] }));
    const model = rewriteModel(bytes, modelPath, [...plan.replacements, ...copies], { "model_gate.variant": variant });
    store.close();
    result.weightBytes.variant = weightBytes(readGraphView(model, `${variant} variant of ${modelPath}`));
    await writeFileAtomic(path, model);
    result.path = path;
    return result;
  } catch (error) {
    store.discard();
    throw error;
  }
}
function noneConverted(variant, kept, settings, view) {
  if (kept.length === 0) return floatInitializers(view).length > 0 ? "no node reads its float32 weights" : "the model has no float32 weights";
  const why = [...new Set(kept.map((k) => k.reason))].slice(0, 3).join("; ");
  const floor = variant === "int8" && !why.includes("int8-min-elements") ? `; int8-min-elements is ${settings.int8MinElements}` : "";
  return `no weight could be ${variant === "int8" ? "quantized" : "converted"} (${why}${floor})`;
}
function floatInitializers(view) {
  return [...view.initializers.values(), ...view.nested].filter((t) => t.dataType === FLOAT);
}
function overridable(view, t) {
  return t.where === "initializer" && view.irVersion >= 4 && view.graphInputs.has(t.name);
}
var finiteOrNull = (db) => Number.isFinite(db) ? db : null;
var elementsOf = (t) => t.dims.reduce((a, b) => a * b, 1);
var decode = (t, modelPath) => t.external ? readExternalFloat32(t.external, modelPath) : decodeTensorProto(t.proto, modelPath).data;
var PLANNERS = { fp16: planFp16, int8: planInt8, int4: planInt4 };
function planFp16(view, modelPath, settings, store) {
  const plan = { replacements: [], converted: [], kept: [], reason: null };
  if (view.opset > 0 && view.opset < 6) {
    plan.reason = `the model's opset ${view.opset} predates Cast with a numeric "to" (opset 6)`;
    return plan;
  }
  const keepOps = new Set(settings.fp16KeepOps);
  for (const t of floatInitializers(view)) {
    const uses = view.uses.get(t.name) ?? [];
    if (uses.length === 0) continue;
    if (overridable(view, t)) {
      plan.kept.push({ name: t.name, reason: "a graph input a caller may override" });
      continue;
    }
    const quantization = uses.find((u) => QUANTIZATION_OPS.has(u.opType));
    if (quantization) {
      plan.kept.push({ name: t.name, reason: `a quantization parameter of ${quantization.opType}` });
      continue;
    }
    const blocker = uses.find((u) => keepOps.has(u.opType));
    if (blocker) {
      plan.kept.push({ name: t.name, reason: `read by ${blocker.opType} (fp16-keep-ops)` });
      continue;
    }
    if (elementsOf(t) < FP16_MIN_ELEMENTS) {
      plan.kept.push({ name: t.name, reason: `fewer than ${FP16_MIN_ELEMENTS} elements` });
      continue;
    }
    const data = decode(t, modelPath);
    const half = toHalf(data);
    const stored = freshName(view, `${t.name}_fp16`);
    plan.replacements.push({
      original: t.name,
      at: t.at,
      initializers: [store.put({ name: stored, elemType: "float16", dims: t.dims, data: half.bits })],
      nodes: [{ opType: "Cast", inputs: [stored], outputs: [t.name], name: freshName(view, `${t.name}_to_float`), ints: { to: FLOAT } }]
    });
    plan.converted.push({ name: t.name, elements: data.length, sqnrDb: finiteOrNull(sqnrDb(data, halfRestored(half.bits))), clamped: half.clamped, flushed: half.flushed });
  }
  return plan;
}
function channelAxis(use, rank) {
  if (use.domain !== "" && use.domain !== "ai.onnx") return `read by ${use.domain}.${use.opType}`;
  if (use.opType === "Gather" && use.slot === 0) return rank >= 2 ? ((use.ints.axis ?? 0) + rank) % rank : "a 1-D Gather table";
  if (use.slot !== 1) return `read by ${use.opType} as input ${use.slot}, not as its weight`;
  switch (use.opType) {
    case "MatMul":
      return rank >= 2 ? rank - 1 : "a 1-D MatMul operand";
    case "Gemm":
      return rank === 2 ? use.ints.transB ? 0 : 1 : `a rank-${rank} Gemm operand`;
    case "Conv":
      return rank >= 3 ? 0 : `a rank-${rank} Conv weight`;
    default:
      return `read by ${use.opType}, not by MatMul, Gemm, Conv or Gather`;
  }
}
function planInt8(view, modelPath, settings, store, done = /* @__PURE__ */ new Set()) {
  const plan = { replacements: [], converted: [], kept: [], reason: null };
  const quantized = alreadyQuantized(view);
  if (quantized) {
    plan.reason = `the model is quantized already (it has ${quantized} nodes)`;
    return plan;
  }
  if (view.opset < 7) {
    plan.reason = `the model's opset ${view.opset} predates broadcasting Mul (opset 7), which int8 weights need to be scaled back`;
    return plan;
  }
  for (const t of floatInitializers(view)) {
    const uses = view.uses.get(t.name) ?? [];
    if (uses.length === 0 || done.has(t)) continue;
    if (overridable(view, t)) {
      plan.kept.push({ name: t.name, reason: "a graph input a caller may override" });
      continue;
    }
    const axes = uses.map((u) => channelAxis(u, t.dims.length));
    const refusal = axes.find((a) => typeof a === "string");
    const keep = (reason) => plan.kept.push({ name: t.name, reason });
    if (refusal) {
      keep(uses.length > 1 ? `shared: ${refusal}` : refusal);
      continue;
    }
    if (new Set(axes).size > 1) {
      keep("shared by ops that read it along different channel axes");
      continue;
    }
    if (elementsOf(t) < settings.int8MinElements) {
      keep(`fewer than ${settings.int8MinElements} elements (int8-min-elements)`);
      continue;
    }
    const data = decode(t, modelPath);
    if (!allFinite(data)) {
      keep("holds NaN or infinite values");
      continue;
    }
    const axis = axes[0];
    const q = quantizePerChannel(data, t.dims, axis);
    plan.replacements.push(view.opset >= 13 ? dequantizeLinear(view, store, t, q, axis) : castAndScale(view, store, t, q, axis));
    plan.converted.push({ name: t.name, elements: data.length, sqnrDb: finiteOrNull(sqnrDb(data, dequantizePerChannel(q, t.dims, axis))), clamped: 0, flushed: 0 });
  }
  return plan;
}
var onlyMatMulB = (uses) => uses.every((u) => u.opType === "MatMul" && (u.domain === "" || u.domain === "ai.onnx") && u.slot === 1 && !u.inSubgraph);
function planInt4(view, modelPath, settings, store) {
  if (alreadyQuantized(view) || view.opset < 7) return planInt8(view, modelPath, settings, store);
  const plan = { replacements: [], converted: [], kept: [], reason: null };
  const done = /* @__PURE__ */ new Set();
  for (const t of view.initializers.values()) {
    const uses = view.uses.get(t.name) ?? [];
    const [k, n] = t.dims;
    if (t.dataType !== FLOAT || k === void 0 || n === void 0 || t.dims.length !== 2 || k < settings.int4BlockSize) continue;
    if (uses.length === 0 || !onlyMatMulB(uses) || overridable(view, t) || view.outputs.has(t.name)) continue;
    const data = decode(t, modelPath);
    if (!allFinite(data)) continue;
    const q = quantizeInt4(data, k, n, settings.int4BlockSize, settings.int4Symmetric);
    plan.replacements.push(matMulNBits(view, store, t, uses, q, settings.int4AccuracyLevel));
    plan.converted.push({ name: t.name, elements: data.length, sqnrDb: finiteOrNull(sqnrDb(data, dequantizeInt4(q))), clamped: 0, flushed: 0 });
    done.add(t);
  }
  if (plan.replacements.length === 0) {
    plan.reason = `no weight is read only as B by MatMul with K \u2265 int4-block-size (${settings.int4BlockSize}), so int4 would be the int8 variant`;
    return plan;
  }
  const rest = planInt8(view, modelPath, settings, store, done);
  return { replacements: [...plan.replacements, ...rest.replacements], converted: [...plan.converted, ...rest.converted], kept: rest.kept, reason: rest.reason };
}
function dequantizeLinear(view, store, t, q, axis) {
  const channels = t.dims[axis];
  const names = { q: freshName(view, `${t.name}_int8`), scale: freshName(view, `${t.name}_scale`), zero: freshName(view, `${t.name}_zero_point`) };
  return {
    original: t.name,
    at: t.at,
    initializers: [
      store.put({ name: names.q, elemType: "int8", dims: t.dims, data: q.q }),
      store.put({ name: names.scale, elemType: "float32", dims: [channels], data: q.scales }),
      store.put({ name: names.zero, elemType: "int8", dims: [channels], data: new Int8Array(channels) })
    ],
    nodes: [{ opType: "DequantizeLinear", inputs: [names.q, names.scale, names.zero], outputs: [t.name], name: freshName(view, `${t.name}_dequantize`), ints: { axis } }]
  };
}
function castAndScale(view, store, t, q, axis) {
  const names = { q: freshName(view, `${t.name}_int8`), scale: freshName(view, `${t.name}_scale`), float: freshName(view, `${t.name}_int8_float`) };
  return {
    original: t.name,
    at: t.at,
    initializers: [
      store.put({ name: names.q, elemType: "int8", dims: t.dims, data: q.q }),
      store.put({ name: names.scale, elemType: "float32", dims: t.dims.map((d, i2) => i2 === axis ? d : 1), data: q.scales })
    ],
    nodes: [
      { opType: "Cast", inputs: [names.q], outputs: [names.float], name: freshName(view, `${t.name}_int8_to_float`), ints: { to: FLOAT } },
      { opType: "Mul", inputs: [names.float, names.scale], outputs: [t.name], name: freshName(view, `${t.name}_scale_back`) }
    ]
  };
}

// src/variants/select.ts
async function selectVariant(file, settings, dir, tools) {
  const original = await tools.pack(file, join5(dir, "original"), file);
  const measurements = [];
  let weightBytes2 = 0;
  for (const variant of settings.build) {
    const build = await buildVariant(file, basename3(file), variant, settings, dir);
    weightBytes2 = build.weightBytes.original;
    if (!build.path) {
      tools.log(`no ${variant} variant: ${build.reason}`);
      measurements.push({ build, packedBytes: null, timing: [], eval: null, packed: null });
      continue;
    }
    tools.log(`measuring the ${variant} variant against the original`);
    try {
      const packed = await tools.pack(build.path, join5(dir, `${variant}-pack`), `${file} (${variant} variant)`);
      const measured = await tools.measure(original.model, packed.model);
      measurements.push({ build, packedBytes: packed.packedBytes, timing: measured.timing, eval: measured.eval, interface: measured.interface, packed: packed.model });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const reason = `onnxruntime could not load or run it: ${error.message.replace(`${file} (${variant} variant): `, "")}`;
      tools.log(`no ${variant} variant: ${reason}`);
      measurements.push({ build: { ...build, path: null, reason }, packedBytes: null, timing: [], eval: null, packed: null });
    }
  }
  const table = chooseVariant({ packedBytes: original.packedBytes, weightBytes: weightBytes2 }, measurements, settings);
  const model = measurements.find((m) => m.build.variant === table.published)?.packed ?? original.model;
  tools.log(`publishing ${table.published === "original" ? "the original" : `the ${table.published} variant`}`);
  const score = table.rows.find((r) => r.variant === table.published)?.score;
  const published = { name: table.published, original: original.raw };
  if (score) published.score = { metric: score.metric, original: score.original, variant: score.variant, budget: score.budget };
  return { model, original: original.model, table, published };
}

// src/engine.ts
async function runCompare(request) {
  const progress = tracker(request);
  const { config } = request;
  checkGateSize(request.candidates.length, "candidates");
  if (request.candidates.length === 0) throw new InputError("candidates: none given (a pack folder or .onnx files)");
  const shard = request.shard ?? null;
  const candidateFiles = shard ? shardCandidates(request.candidates, shard.spec) : request.candidates;
  if (shard) {
    const names = candidateFiles.map(modelNameOf);
    request.log?.(`${shardName(shard.spec.index, shard.spec.count)}: ${names.length} of ${request.candidates.length} models${names.length > 0 ? `: ${names.join(", ")}` : ""}`);
  }
  const scratch = await mkdtemp(join6(tmpdir(), "model-gate-"));
  let staging = null;
  try {
    staging = request.packDir && candidateFiles.length > 0 ? await stagePackDir(request.packDir) : null;
    const baseline = await readBaseline(request.baseline);
    const evalData = await evalDataOf(request, await modelNamesOf(request.candidates));
    const baselineByName = new Map((baseline.kind === "found" ? baseline.models : []).map((m) => [m.entry.name, m]));
    const { candidates, variants, pack } = candidateFiles.length > 0 ? await resolveCandidates(request, candidateFiles, evalData, staging?.dir ?? join6(scratch, "candidates"), scratch, progress, baselineByName) : { candidates: [], variants: /* @__PURE__ */ new Map(), pack: null };
    const comparisons = [];
    for (const [i2, candidate] of candidates.entries()) {
      const name = candidate.entry.name;
      const step = progress.model(i2 + 1, candidates.length, name);
      const base = baselineByName.get(name) ?? null;
      const identical = base !== null && sameRawContent(base.entry, candidate.entry);
      const sets = await evalData.load(name);
      let measured;
      if (identical && !config.remeasureUnchanged) {
        const same = `same bytes as ${baseline.kind === "found" ? baseline.source : "the baseline"}`;
        step(`unchanged (${same}), not measured again`);
        await (await loadPackedModel(base)).dispose();
        if (sets) await checkEvalData(candidate, sets, config);
        else await (await loadPackedModel(candidate)).dispose();
        measured = { name, baseline: base.entry, candidate: candidate.entry, bench: null, eval: null, evalSkipped: `unchanged: ${same}`, unchanged: true, interface: null };
      } else {
        step(base ? "measuring baseline and candidate" : "no baseline model of that name; measuring the candidate");
        measured = await measureModel(base, candidate, sets, config, step);
      }
      const comparison = compareModel(measured, thresholdsFor(config, name));
      comparisons.push({ ...comparison, variants: variants.get(name) ?? null });
    }
    progress.done();
    const candidateNames = new Set(candidates.map((c) => c.entry.name));
    const allNames = new Set(request.candidates.map(modelNameOf));
    const removed = [...baselineByName.keys()].filter((name) => !candidateNames.has(name) && !(shard && allNames.has(name)));
    const report = buildReport({
      verdict: overallVerdict(comparisons),
      models: comparisons,
      baseline: describeBaseline(baseline, comparisons),
      removed,
      config,
      environment: collectEnvironment()
    });
    if (shard) {
      report.matrix = { shard: shard.spec.index, shards: shard.spec.count, models: [...allNames], commit: shard.commit };
    }
    if (request.releases && config.history.releases > 0) {
      const { addReleaseHistory } = await import("./from-releases-YTR7RK75.js");
      await addReleaseHistory(report, request.releases.github, { config, currentTag: request.releases.currentTag, includePrereleases: request.releases.includePrereleases, scratch, log: request.log ?? (() => {
      }) });
    }
    await staging?.commit();
    return { report, pack };
  } finally {
    await staging?.discard();
    await rm(scratch, { recursive: true, force: true });
  }
}
async function evalDataOf(request, names) {
  const sources = request.evalData ? await findEvalSources(request.evalData, names) : null;
  let shared = null;
  const own = (name) => request.config.modelEval[name]?.data ?? sources?.models.get(name) ?? null;
  return {
    has: (name) => own(name) !== null || Boolean(sources?.shared),
    load: async (name) => {
      const dir = own(name);
      if (dir) return loadEvalData(dir);
      if (!sources?.shared) return null;
      shared ??= loadEvalData(sources.shared);
      return shared;
    }
  };
}
async function modelNamesOf(candidates) {
  const names = [];
  for (const c of candidates) {
    const info = await stat(c).catch(() => null);
    names.push(...info?.isDirectory() ? (await readManifest(c)).models.map((m) => m.name) : [modelNameOf(c)]);
  }
  return names;
}
function shardCandidates(candidates, spec) {
  const folder = candidates.find((c) => !c.toLowerCase().endsWith(".onnx"));
  if (folder !== void 0) throw new InputError(`${folder}: ${shardName(spec.index, spec.count)}: a matrix splits .onnx model files, not a pack folder`);
  return shardItems(candidates, modelNameOf, spec);
}
function describeBaseline(baseline, models) {
  if (baseline.kind === "none") return { source: baseline.source, note: baseline.note };
  const unmatched = models.filter((m) => m.verdict === "no-baseline").map((m) => m.name);
  return {
    source: baseline.source,
    note: unmatched.length > 0 ? `no baseline model named ${unmatched.join(", ")} in ${baseline.source}` : null
  };
}
async function resolveCandidates(request, files, evalData, dir, scratch, progress, baselines) {
  const { config } = request;
  const out = [];
  const loose = [];
  const lossy = config.variants.build.length > 0;
  for (const path of files) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      if (request.packDir) throw new InputError(`${path}: is a folder; give the .onnx model files to pack (a path or glob per model)`);
      if (lossy) throw new InputError(`${path}: variants (${config.variants.build.join(", ")}) are built from .onnx models; pass the model files, not a pack folder`);
      out.push(...packedModels(path, await readManifest(path)));
    } else if (isPackedFileName(path)) throw new InputError(`${path}: pass the pack folder that holds it and its manifest.json, not the packed file`);
    else loose.push(path);
  }
  const variants = /* @__PURE__ */ new Map();
  let pack = null;
  if (loose.length > 0) {
    const unchecked = lossy ? loose.filter((file) => !evalData.has(modelNameOf(file))) : [];
    if (unchecked.length > 0) {
      throw new InputError(
        `variants: ${config.variants.build.join(", ")} change the weights, so they need eval data to measure what that costs, and ${unchecked.join(", ")} ${unchecked.length === 1 ? "has" : "have"} none; model-gate does not publish a lossy variant it has not checked`
      );
    }
    checkUniqueNames(loose);
    await mkdir3(dir, { recursive: true });
    const origins = new Map(loose.map((file) => [modelNameOf(file), file]));
    if (lossy) {
      const chosen = [];
      for (const [i2, model] of loose.entries()) {
        const name = modelNameOf(model);
        const step = progress.model(i2 + 1, loose.length, name);
        const reused = config.remeasureUnchanged ? null : await publishedBefore(model, baselines.get(name), config);
        if (reused) {
          step(`unchanged since ${reused.origin ?? "the baseline"}: its published ${reused.entry.variant.name} is kept, no variant rebuilt`);
          chosen.push(reused);
          origins.set(name, reused.origin ?? reused.path);
          continue;
        }
        const sets = await evalData.load(name);
        step(`building and measuring variants (${config.variants.build.join(", ")}) against the original`);
        const selection = await selectVariant(model, config.variants, join6(scratch, "variants", String(i2)), variantTools(sets, config, step));
        const published = selection.model;
        const variant = selection.published;
        variants.set(name, selection.table);
        chosen.push({ ...published, entry: { ...published.entry, variant } });
        if (published.origin) origins.set(name, published.origin);
      }
      progress.done();
      pack = await assembleInto(chosen, dir);
    } else {
      pack = await packInto({ models: loose, ...packOptions(config) }, dir);
    }
    out.push(...packedModels(dir, pack).map((m) => ({ ...m, origin: origins.get(m.entry.name) ?? m.path })));
  }
  checkGateSize(out.length, "candidates");
  const seen = /* @__PURE__ */ new Set();
  for (const m of out) {
    if (seen.has(m.entry.name)) throw new InputError(`${m.path}: a second candidate named "${m.entry.name}"; model names must be unique`);
    seen.add(m.entry.name);
  }
  return { candidates: out, variants, pack };
}
async function restoreForSides(model, scratch) {
  const loadable = await loadPackedModel(model, scratch, { onDisk: true });
  return { model, path: loadable.source, label: model.origin ?? model.path };
}
async function checkEvalData(model, sets, config) {
  const measured = await measureModel(null, model, sets, config, () => {
  }, { bench: false });
  if (measured.died) throw new InputError(measured.died.detail);
}
async function measureModel(base, candidate, sets, config, step, options = { bench: true }) {
  const work = await mkdtemp(join6(tmpdir(), "model-gate-sides-"));
  const restored = {};
  let sides = null;
  treeWatch.takePeak();
  try {
    step("loading and verifying");
    if (base) restored.baseline = await restoreForSides(base, work);
    restored.candidate = await restoreForSides(candidate, work);
    const plan = planSides([base, candidate].flatMap((m) => m ? [totalRawBytes(m.entry)] : []), config.bench, process.availableMemory());
    sides = new Sides(restored, plan, config.bench);
    const present = base ? ["baseline", "candidate"] : ["candidate"];
    const info = {};
    const outputs = {};
    const measured = () => ({
      name: candidate.entry.name,
      baseline: base?.entry ?? null,
      candidate: candidate.entry,
      unchanged: false,
      interface: info.baseline && info.candidate ? compareInterface(info.baseline, info.candidate, runtimeSupport(config.targetOnnxruntime)) : null,
      measurement: { mode: plan.mode, needBytes: plan.needBytes, availableBytes: plan.availableBytes, peakRssBytes: treeWatch.takePeak(), timeLimitSeconds: plan.limits.timeSeconds, memoryLimitBytes: plan.limits.memoryBytes }
    });
    try {
      step(`sides in ${plan.mode} mode: ${describePlan(plan)}`);
      for (const side of present) {
        const label = sides.label(side);
        info[side] = await sides.open(side);
        if (sets) {
          step(`eval on ${sets.length} data set${sets.length === 1 ? "" : "s"} (${side})`);
          const s = sides;
          outputs[side] = await spillSide(sets, info[side], label, (inputs, file) => s.predict(side, inputs, file), join6(work, "eval", side));
        }
        await sides.park(side);
      }
      const evalResult = sets ? await evaluate(sets, outputs.baseline ?? outputs.candidate, base ? outputs.candidate : null, evalSettingsFor(config, candidate.entry.name)) : null;
      const inputsFor = (side) => sets && sets[0] ? bindInputs(sets[0], info[side], sides.label(side)) : syntheticInputs(info[side].inputs, sides.label(side));
      const subject = (side) => ({ model: restored[side].model, inputs: inputsFor(side), label: sides.label(side) });
      const bench = options.bench ? await benchConfirmed({ baseline: base ? subject("baseline") : null, candidate: subject("candidate"), sides }, config.bench, timingRule(thresholdsFor(config, candidate.entry.name)), step) : null;
      return { ...measured(), bench, eval: evalResult, evalSkipped: sets ? null : "no eval data for this model", died: null };
    } catch (error) {
      if (!(error instanceof SideDied)) throw error;
      if (error.side === "baseline") throw new InputError(`${error.message}: the baseline must run for the candidate to be compared with it`);
      step(`the candidate's process ${error.death === "crash" ? "died" : "was killed"}: ${error.message}`);
      return { ...measured(), bench: null, eval: null, evalSkipped: "the candidate did not run to the end (check runs)", died: { death: error.death, detail: error.message } };
    }
  } finally {
    await sides?.close();
    await rm(work, { recursive: true, force: true });
  }
}
async function publishedBefore(file, base, config) {
  const v = base?.entry.variant;
  if (!base || !v || base.entry.externalData?.length) return null;
  if (v.name !== "original" && !config.variants.build.includes(v.name)) return null;
  if (v.name === "original" && config.variants.publish === "best") return null;
  const digest = await digestFile(file, "model");
  return digest.sha256 === v.original.sha256 && digest.bytes === v.original.bytes ? base : null;
}
function variantTools(sets, config, step) {
  return {
    pack: async (file, into, origin) => {
      const manifest = await packModels({ models: [file], outDir: into, ...packOptions(config) });
      const model = { ...packedModels(into, manifest)[0], origin };
      return { model, packedBytes: totalPackedBytes(model.entry), raw: model.entry.raw };
    },
    measure: async (original, variant) => {
      const measured = await measureModel(original, variant, sets, config, step);
      if (measured.died) throw new InputError(measured.died.detail);
      const { checks } = compareModel(measured, thresholdsFor(config, variant.entry.name));
      return { timing: checks.filter((c) => METRICS[c.metric].timing), eval: measured.eval, interface: measured.interface?.changes ?? [] };
    },
    log: step
  };
}
function tracker(request) {
  const start = performance.now();
  const log = request.log ?? (() => {
  });
  return {
    model: (index, count, name) => {
      request.section?.(`[${index}/${count}] ${name}`);
      return (phase) => log(`[${index}/${count}] ${name} \u2014 ${phase} (${((performance.now() - start) / 1e3).toFixed(1)} s)`);
    },
    done: () => request.section?.(null)
  };
}
async function runMerge(request) {
  const shards = [];
  for (const folder of request.folders) {
    const path = join6(folder, "report.json");
    const text = await readUntrustedText(path, "report", MAX_REPORT_BYTES).catch((error) => {
      throw error instanceof InputError ? new InputError(`${request.source}: ${error.message}`) : error;
    });
    shards.push({ source: folder, report: validateReport(text, path) });
  }
  return { ...mergeShardReports(shards, request.levels), shards };
}
async function assembleMergedPack(merged, packDir) {
  const scratch = await mkdtemp(join6(tmpdir(), "model-gate-merge-"));
  try {
    const models = [];
    for (const [i2, { source: folder, report }] of merged.shards.entries()) {
      if (report.models.length === 0) continue;
      const dir = join6(folder, "pack");
      const manifest = await readManifest(dir);
      const names = manifest.models.map((m) => m.name).sort();
      const expected = report.models.map((m) => m.name).sort();
      if (!isDeepStrictEqual2(names, expected)) throw new InputError(`${dir}: the pack holds ${names.join(", ") || "no model"}, its report ${expected.join(", ")}`);
      for (const m of packedModels(dir, manifest)) {
        const measured = report.models.find((r) => r.name === m.entry.name).candidate.raw;
        if (m.entry.raw.sha256 !== measured.sha256 || m.entry.raw.bytes !== measured.bytes) {
          throw new InputError(`${dir}: ${m.entry.file} is not the model its report measured (sha256 ${m.entry.raw.sha256.slice(0, 12)}\u2026, the report's ${measured.sha256.slice(0, 12)}\u2026)`);
        }
        const check = join6(scratch, `shard-${i2}-${m.entry.name}`);
        await mkdir3(check, { recursive: true });
        await restoreModel(dir, m.entry, check);
        await rm(check, { recursive: true, force: true });
        models.push(m);
      }
    }
    const staged = await stagePackDir(packDir);
    try {
      const manifest = await assembleInto(models, staged.dir);
      await staged.commit();
      return manifest;
    } finally {
      await staged.discard();
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

export {
  levelsOf,
  recheck,
  shardName,
  runCompare,
  runMerge,
  assembleMergedPack
};
//# sourceMappingURL=chunk-P6HN7PAI.js.map
