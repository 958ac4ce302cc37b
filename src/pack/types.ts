// The codec names, for the modules outside src/pack that import them from here (src/inputs/config.ts,
// src/baseline/*). They are declared by the registry, codecs.ts; the value types are in content.ts.
export type { AutoChoice, Codec, CodecRequest } from './codecs.js';
