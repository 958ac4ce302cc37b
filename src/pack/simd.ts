// The plane transforms as a small WebAssembly SIMD module, assembled here byte by byte (no toolchain needed, nothing
// downloaded). Splitting and merging planes is the only per-element work the codec does in JavaScript's place; in
// SIMD it runs at memory speed, and unlike JIT-compiled loops it is fast from a worker's first block on.
//
// The bit layout is the one kernel.ts documents. For 32-bit floats the high 16 bits h = s e7..e0 m22..m16 become
//   plane 0 = (h >> 4) & 0xff                              (e4..e0 m22..m20)
//   plane 1 = ((h >> 7) & 0xe0) | ((h & 15) << 1) | h >> 15  (e7..e5 m19..m16 s)
// and the low 16 bits are planes 2 and 3 as they are. bfloat16 is exactly such a high half. float16
// (h = s e4..e0 m9..m0) becomes plane 0 = (h >> 7) & 0xff, plane 1 = ((h & 127) << 1) | h >> 15.

type Code = number[];

function uleb(n: number): Code {
  const out: Code = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

function sleb(n: number): Code {
  const out: Code = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) return [...out, b];
    out.push(b | 0x80);
  }
}

const I32 = 0x7f;
const V128 = 0x7b;
const get = (i: number): Code => [0x20, ...uleb(i)];
const set = (i: number): Code => [0x21, ...uleb(i)];
const i32 = (n: number): Code => [0x41, ...sleb(n)];
const ADD = 0x6a;
const AND = 0x71;
const OR = 0x72;
const SHL = 0x74;
const SHR = 0x76;
const LT_U = 0x49;
const memarg = (offset: number): Code => [0, ...uleb(offset)];
const load8 = (offset = 0): Code => [0x2d, ...memarg(offset)];
const store8 = (offset = 0): Code => [0x3a, ...memarg(offset)];
const load16 = (): Code => [0x2f, 1, 0];
const store16 = (): Code => [0x3b, 1, 0];
const load32 = (): Code => [0x28, 2, 0];
const store32 = (): Code => [0x36, 2, 0];
const simd = (op: number, ...imm: number[]): Code => [0xfd, ...uleb(op), ...imm];
const vload = (offset = 0): Code => simd(0x00, ...memarg(offset));
const vstore = (offset = 0): Code => simd(0x0b, ...memarg(offset));
const splat16 = (n: number): Code => simd(0x0c, ...Array.from({ length: 8 }, () => [n & 0xff, n >>> 8]).flat());
const shuffle = (lanes: number[]): Code => simd(0x0d, ...lanes);
const V_AND = simd(0x4e);
const V_OR = simd(0x50);
const NARROW_U = simd(0x66);
const EXT_LO = simd(0x89);
const EXT_HI = simd(0x8a);
const shl16 = (n: number): Code => [...i32(n), ...simd(0x8b)];
const shr16 = (n: number): Code => [...i32(n), ...simd(0x8d)];
const range = (from: number, step: number, count: number) => Array.from({ length: count }, (_, k) => from + k * step);

/** `local[p] + local[i] << shift`: the address of element i of an array at pointer p. */
const at = (p: number, i: number, shift = 0): Code => [...get(p), ...get(i), ...(shift ? [...i32(shift), SHL] : []), ADD];

/**
 * `for (i = 0; i + 16 <= n; i += 16) body; for (; i < n; i++) tail`. `i` and `n` are local indexes; the SIMD body
 * handles 16 elements, the scalar tail the rest.
 */
function loops(i: number, n: number, body: Code, tail: Code): Code {
  const bounded = (step: number, inner: Code): Code => [
    0x02, 0x40, 0x03, 0x40, // block, loop
    ...get(i), ...i32(step), ADD, ...get(n), 0x4b, 0x0d, 1, // if i + step > n: break
    ...inner,
    ...get(i), ...i32(step), ADD, ...set(i),
    0x0c, 0, 0x0b, 0x0b, // continue; end loop; end block
  ];
  return [...i32(0), ...set(i), ...bounded(16, body), ...bounded(1, tail)];
}

/** hi16 from plane bytes x, y (i16 lanes on the stack as locals): ((y&1)<<15) | ((y&0xe0)<<7) | (x<<4) | ((y>>1)&15). */
function vecHigh(x: number, y: number): Code {
  return [
    ...get(y), ...splat16(1), ...V_AND, ...shl16(15),
    ...get(y), ...splat16(0xe0), ...V_AND, ...shl16(7), ...V_OR,
    ...get(x), ...shl16(4), ...V_OR,
    ...get(y), ...shr16(1), ...splat16(15), ...V_AND, ...V_OR,
  ];
}

/** Scalar twin of vecHigh on i32 locals. */
function high(x: number, y: number): Code {
  return [
    ...get(y), ...i32(1), AND, ...i32(15), SHL,
    ...get(y), ...i32(0xe0), AND, ...i32(7), SHL, OR,
    ...get(x), ...i32(4), SHL, OR,
    ...get(y), ...i32(1), SHR, ...i32(15), AND, OR,
  ];
}

/** Plane 0 and plane 1 of a high half h (16-bit lanes), as two vectors of 16-bit lanes each. */
const vecPlane0 = (h: number): Code => [...get(h), ...shr16(4), ...splat16(0xff), ...V_AND];
const vecPlane1 = (h: number): Code => [
  ...get(h), ...shr16(7), ...splat16(0xe0), ...V_AND,
  ...get(h), ...splat16(15), ...V_AND, ...shl16(1), ...V_OR,
  ...get(h), ...shr16(15), ...V_OR,
];
const plane0 = (h: number): Code => [...get(h), ...i32(4), SHR, ...i32(0xff), AND];
const plane1 = (h: number): Code => [
  ...get(h), ...i32(7), SHR, ...i32(0xe0), AND,
  ...get(h), ...i32(15), AND, ...i32(1), SHL, OR,
  ...get(h), ...i32(15), SHR, OR,
];

interface Fn {
  name: string;
  params: number;
  locals: Array<[count: number, type: number]>;
  body: Code;
}

// merge32(a, b, c, d, out, n): locals i=6, x=7, y=8 (i32 for the tail); v128 va=9, vb=10, x=11, y=12, hiL=13, hiH=14, lo=15
const merge32: Fn = {
  name: 'merge32',
  params: 6,
  locals: [[3, I32], [7, V128]],
  body: loops(
    6,
    5,
    [
      ...at(0, 6), ...vload(), ...set(9), ...at(1, 6), ...vload(), ...set(10),
      ...get(9), ...EXT_LO, ...set(11), ...get(10), ...EXT_LO, ...set(12), ...vecHigh(11, 12), ...set(13),
      ...get(9), ...EXT_HI, ...set(11), ...get(10), ...EXT_HI, ...set(12), ...vecHigh(11, 12), ...set(14),
      // low halves: d | c << 8, elements 0-7 then 8-15
      ...at(3, 6), ...vload(), ...at(2, 6), ...vload(), ...shuffle(range(0, 1, 8).flatMap((k) => [k, 16 + k])), ...set(15),
      ...at(4, 6, 2), ...get(15), ...get(13), ...shuffle(range(0, 2, 4).flatMap((k) => [k, k + 1, 16 + k, 17 + k])), ...vstore(0),
      ...at(4, 6, 2), ...get(15), ...get(13), ...shuffle(range(8, 2, 4).flatMap((k) => [k, k + 1, 16 + k, 17 + k])), ...vstore(16),
      ...at(3, 6), ...vload(), ...at(2, 6), ...vload(), ...shuffle(range(8, 1, 8).flatMap((k) => [k, 16 + k])), ...set(15),
      ...at(4, 6, 2), ...get(15), ...get(14), ...shuffle(range(0, 2, 4).flatMap((k) => [k, k + 1, 16 + k, 17 + k])), ...vstore(32),
      ...at(4, 6, 2), ...get(15), ...get(14), ...shuffle(range(8, 2, 4).flatMap((k) => [k, k + 1, 16 + k, 17 + k])), ...vstore(48),
    ],
    [
      ...at(0, 6), ...load8(), ...set(7), ...at(1, 6), ...load8(), ...set(8),
      ...at(4, 6, 2),
      ...high(7, 8), ...i32(16), SHL,
      ...at(2, 6), ...load8(), ...i32(8), SHL, OR,
      ...at(3, 6), ...load8(), OR,
      ...store32(),
    ],
  ),
};

// split32(src, a, b, c, d, n): locals i=6, h=7, v=8 (i32); v128 lo=9, hi=10, loH=11, hiH=12
const split32: Fn = {
  name: 'split32',
  params: 6,
  locals: [[3, I32], [4, V128]],
  body: loops(
    6,
    5,
    [
      ...at(0, 6, 2), ...vload(0), ...at(0, 6, 2), ...vload(16), ...shuffle(range(0, 4, 8).flatMap((k) => [k, k + 1])), ...set(9),
      ...at(0, 6, 2), ...vload(0), ...at(0, 6, 2), ...vload(16), ...shuffle(range(2, 4, 8).flatMap((k) => [k, k + 1])), ...set(10),
      ...at(0, 6, 2), ...vload(32), ...at(0, 6, 2), ...vload(48), ...shuffle(range(0, 4, 8).flatMap((k) => [k, k + 1])), ...set(11),
      ...at(0, 6, 2), ...vload(32), ...at(0, 6, 2), ...vload(48), ...shuffle(range(2, 4, 8).flatMap((k) => [k, k + 1])), ...set(12),
      ...at(4, 6), ...get(9), ...get(11), ...shuffle(range(0, 2, 16)), ...vstore(),
      ...at(3, 6), ...get(9), ...get(11), ...shuffle(range(1, 2, 16)), ...vstore(),
      ...at(1, 6), ...vecPlane0(10), ...vecPlane0(12), ...NARROW_U, ...vstore(),
      ...at(2, 6), ...vecPlane1(10), ...vecPlane1(12), ...NARROW_U, ...vstore(),
    ],
    [
      ...at(0, 6, 2), ...load32(), ...set(8),
      ...get(8), ...i32(16), SHR, ...set(7),
      ...at(1, 6), ...plane0(7), ...store8(),
      ...at(2, 6), ...plane1(7), ...store8(),
      ...at(3, 6), ...get(8), ...i32(8), SHR, ...store8(),
      ...at(4, 6), ...get(8), ...store8(),
    ],
  ),
};

/** The transforms of one 16-bit layout: vector and scalar code over locals holding plane bytes or a 16-bit value. */
interface Layout16 {
  /** 16-bit value from plane bytes x, y (vector: i16 lanes). */
  vecMerge(x: number, y: number): Code;
  merge(x: number, y: number): Code;
  /** Plane 0 / plane 1 from a 16-bit value h. */
  vecPlanes: [(h: number) => Code, (h: number) => Code];
  planes: [(h: number) => Code, (h: number) => Code];
}

const BF16: Layout16 = { vecMerge: vecHigh, merge: high, vecPlanes: [vecPlane0, vecPlane1], planes: [plane0, plane1] };

/** float16: value ((y & 1) << 15) | (x << 7) | (y >> 1); planes (h >> 7) & 0xff and ((h & 127) << 1) | h >> 15. */
const F16: Layout16 = {
  vecMerge: (x, y) => [...get(y), ...splat16(1), ...V_AND, ...shl16(15), ...get(x), ...shl16(7), ...V_OR, ...get(y), ...shr16(1), ...V_OR],
  merge: (x, y) => [...get(y), ...i32(1), AND, ...i32(15), SHL, ...get(x), ...i32(7), SHL, OR, ...get(y), ...i32(1), SHR, OR],
  vecPlanes: [
    (h) => [...get(h), ...shr16(7), ...splat16(0xff), ...V_AND],
    (h) => [...get(h), ...splat16(127), ...V_AND, ...shl16(1), ...get(h), ...shr16(15), ...V_OR],
  ],
  planes: [
    (h) => [...get(h), ...i32(7), SHR],
    (h) => [...get(h), ...i32(127), AND, ...i32(1), SHL, ...get(h), ...i32(15), SHR, OR],
  ],
};

// merge16(a, b, out, n): locals i=4, x=5, y=6 (i32); v128 va=7, vb=8, x=9, y=10
function merge16(name: string, l: Layout16): Fn {
  return {
    name,
    params: 4,
    locals: [[3, I32], [4, V128]],
    body: loops(
      4,
      3,
      [
        ...at(0, 4), ...vload(), ...set(7), ...at(1, 4), ...vload(), ...set(8),
        ...at(2, 4, 1), ...get(7), ...EXT_LO, ...set(9), ...get(8), ...EXT_LO, ...set(10), ...l.vecMerge(9, 10), ...vstore(0),
        ...at(2, 4, 1), ...get(7), ...EXT_HI, ...set(9), ...get(8), ...EXT_HI, ...set(10), ...l.vecMerge(9, 10), ...vstore(16),
      ],
      [...at(0, 4), ...load8(), ...set(5), ...at(1, 4), ...load8(), ...set(6), ...at(2, 4, 1), ...l.merge(5, 6), ...store16()],
    ),
  };
}

// split16(src, a, b, n): locals i=4, h=5 (i32); v128 h0=6, h1=7
function split16(name: string, l: Layout16): Fn {
  return {
    name,
    params: 4,
    locals: [[2, I32], [2, V128]],
    body: loops(
      4,
      3,
      [
        ...at(0, 4, 1), ...vload(0), ...set(6), ...at(0, 4, 1), ...vload(16), ...set(7),
        ...at(1, 4), ...l.vecPlanes[0](6), ...l.vecPlanes[0](7), ...NARROW_U, ...vstore(),
        ...at(2, 4), ...l.vecPlanes[1](6), ...l.vecPlanes[1](7), ...NARROW_U, ...vstore(),
      ],
      [...at(0, 4, 1), ...load16(), ...set(5), ...at(1, 4), ...l.planes[0](5), ...store8(), ...at(2, 4), ...l.planes[1](5), ...store8()],
    ),
  };
}

const FUNCTIONS = [merge32, split32, merge16('mergeBf16', BF16), split16('splitBf16', BF16), merge16('mergeF16', F16), split16('splitF16', F16)];

const vec = (items: Code[]): Code => [...uleb(items.length), ...items.flat()];
const section = (id: number, content: Code): Code => [id, ...uleb(content.length), ...content];
const text = (s: string): Code => [...uleb(s.length), ...Buffer.from(s, 'latin1')];

/** The module: one exported memory and the six functions, all `(i32...) -> ()`. */
export function planesWasm(): Uint8Array {
  const types = FUNCTIONS.map((f) => [0x60, ...vec(Array.from({ length: f.params }, () => [I32])), 0]);
  const bodies = FUNCTIONS.map((f) => {
    const code = [...vec(f.locals.map(([count, type]) => [...uleb(count), type])), ...f.body, 0x0b];
    return [...uleb(code.length), ...code];
  });
  const exports = [[...text('memory'), 0x02, 0], ...FUNCTIONS.map((f, i) => [...text(f.name), 0x00, i])];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec(types)),
    ...section(3, vec(FUNCTIONS.map((_, i) => uleb(i)))),
    ...section(5, vec([[0x00, 1]])),
    ...section(7, vec(exports)),
    ...section(10, vec(bodies)),
  ]);
}

/** The WebAssembly API the kernel uses; declared here because the project's lib settings carry no DOM typings. */
export interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
  validate(bytes: Uint8Array): boolean;
}

/** What the kernel calls: pointers are byte offsets into `memory`, `n` counts elements. */
export interface PlanesWasm {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  merge32(a: number, b: number, c: number, d: number, out: number, n: number): void;
  split32(src: number, a: number, b: number, c: number, d: number, n: number): void;
  mergeBf16(a: number, b: number, out: number, n: number): void;
  splitBf16(src: number, a: number, b: number, n: number): void;
  mergeF16(a: number, b: number, out: number, n: number): void;
  splitF16(src: number, a: number, b: number, n: number): void;
}
