// The one door to zstd: zstd-napi's native binding where it is built (vendored in the action's dist/), else Node's own
// zstd (node:zlib, Node 22.15 and later; what the npm package, which installs no native code, always uses). Both write standard frames with the content size and a content checksum and decode with the same window
// limit, so a pack written by either restores with the other and with any `zstd -d`. MODEL_GATE_ZSTD=node (or
// =zstd-napi) forces one, for tests and benchmarks.
import { createRequire } from 'node:module';
import { debuglog } from 'node:util';
import { InputError } from '../../errors.js';
import type { ZstdBinding } from './api.js';
import { nativeBinding } from './native.js';
import { nodeBinding, nodeHasZstd } from './node.js';

/** zstd-napi when it loads; null when it is not installed or not built for this platform (only those). */
export function loadNative(): ZstdBinding | null {
  try {
    return nativeBinding(createRequire(import.meta.url)('zstd-napi/binding.js'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Not installed, its install script not run (no binding.node), or built for another platform or Node ABI.
    if (code === 'MODULE_NOT_FOUND' || code === 'ERR_DLOPEN_FAILED') return null;
    throw error;
  }
}

/** Node's own zstd; null on a Node without it (before 22.15). */
export function loadNode(): ZstdBinding | null {
  return nodeHasZstd() ? nodeBinding() : null;
}

let chosen: ZstdBinding | undefined;

/**
 * The binding this process uses: MODEL_GATE_ZSTD's choice, else zstd-napi where it loads, else node:zlib. Which one it
 * is goes to the debug log (NODE_DEBUG=model-gate), so a test can tell which ran.
 */
export function loadZstd(): ZstdBinding {
  if (!chosen) {
    chosen = choose(process.env.MODEL_GATE_ZSTD ?? '');
    debuglog('model-gate')(`zstd: ${chosen.name} ${chosen.version}`);
  }
  return chosen;
}

function choose(forced: string): ZstdBinding {
  if (forced !== '' && forced !== 'node' && forced !== 'zstd-napi') throw new InputError(`MODEL_GATE_ZSTD must be "node" or "zstd-napi", not ${JSON.stringify(forced)}`);
  const native = forced === 'node' ? null : loadNative();
  if (native) return native;
  if (forced === 'zstd-napi') throw new InputError('MODEL_GATE_ZSTD=zstd-napi: zstd-napi is not installed or not built for this platform');
  const node = loadNode();
  if (!node) {
    const why = forced === 'node' ? 'MODEL_GATE_ZSTD=node:' : 'zstd is unavailable: zstd-napi is not built (its install script did not run, or no prebuilt binding fits this platform) and';
    throw new InputError(`${why} this Node (${process.version}) has no zstd in node:zlib; Node 22.15 or later has`);
  }
  return node;
}
