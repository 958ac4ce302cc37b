// The plane transforms as a small WebAssembly SIMD module. Its source is simd.wat (the bit layout and the loops are
// documented there); scripts/assemble-wasm.mjs assembles it into simd-wasm.ts, the bytes this module hands out.
import { SIMD_WASM_BASE64 } from './simd-wasm.js';

/** The module: one exported memory and the six functions, all `(i32...) -> ()`. */
export function planesWasm(): Uint8Array {
  return Uint8Array.from(Buffer.from(SIMD_WASM_BASE64, 'base64'));
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
