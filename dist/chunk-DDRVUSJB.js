import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  ORT_PIN
} from "./chunk-6G6LRQWM.js";
import {
  useOnnxRuntime
} from "./chunk-B3UH3LYO.js";

// src/onnx/provision.ts
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir as mkdir2, mkdtemp, rename, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname as dirname2, join as join2 } from "node:path";
import { gunzipSync } from "node:zlib";

// src/onnx/untar.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
var BLOCK = 512;
async function extractTar(tar, into, keep) {
  const written = [];
  let paxPath = null;
  for (let offset = 0; offset + BLOCK <= tar.length; ) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) break;
    checkChecksum(header, offset);
    const size = octal(header, 124, 12, offset);
    const mode = octal(header, 100, 8, offset);
    const type = String.fromCharCode(header[156]);
    const body = tar.subarray(offset + BLOCK, offset + BLOCK + size);
    if (body.length < size) throw new Error(`tar: the entry at byte ${offset} is cut short (${body.length} of ${size} bytes)`);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === "x") {
      paxPath = paxRecords(body).get("path") ?? null;
      continue;
    }
    if (type === "g") continue;
    const name = paxPath ?? headerPath(header);
    paxPath = null;
    const path = safePath(name);
    if (type === "5") continue;
    if (type !== "0" && type !== "\0" && type !== "7") {
      throw new Error(`tar: ${JSON.stringify(name)} is of type ${JSON.stringify(type)}; only regular files and folders are accepted (no links, devices or FIFOs)`);
    }
    if (path === null || !keep(path)) continue;
    const target = join(into, ...path.split("/"));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, body, { mode: mode & 73 ? 493 : 420 });
    written.push(path);
  }
  return written;
}
function safePath(name) {
  if (name.startsWith("/") || name.includes("\\") || /^[A-Za-z]:/.test(name) || name.includes("\0")) {
    throw new Error(`tar: refusing the path ${JSON.stringify(name)} (absolute, or not a plain relative path)`);
  }
  const parts = name.split("/").filter((p) => p !== "" && p !== ".");
  if (parts.includes("..")) throw new Error(`tar: refusing the path ${JSON.stringify(name)} (it climbs out with ..)`);
  return parts.length > 1 ? parts.slice(1).join("/") : null;
}
function headerPath(header) {
  const name = text(header, 0, 100);
  const ustar = text(header, 257, 6) === "ustar";
  const prefix = ustar ? text(header, 345, 155) : "";
  return prefix ? `${prefix}/${name}` : name;
}
function text(header, start, length) {
  const field = header.subarray(start, start + length);
  const end = field.indexOf(0);
  return Buffer.from(end === -1 ? field : field.subarray(0, end)).toString("utf8");
}
function octal(header, start, length, at) {
  const field = text(header, start, length).trim();
  if (!/^[0-7]*$/.test(field)) throw new Error(`tar: the header at byte ${at} has a malformed number ${JSON.stringify(field)}`);
  return field === "" ? 0 : parseInt(field, 8);
}
function checkChecksum(header, at) {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header[i];
  if (octal(header, 148, 8, at) !== sum) throw new Error(`tar: the header at byte ${at} fails its checksum (not a tar archive, or a corrupt one)`);
}
function paxRecords(body) {
  const records = /* @__PURE__ */ new Map();
  const all = Buffer.from(body);
  for (let i = 0; i < all.length; ) {
    const space = all.indexOf(32, i);
    const length = Number(all.subarray(i, space).toString("ascii"));
    if (space === -1 || !Number.isInteger(length) || length <= 0) throw new Error("tar: a malformed pax header");
    const record = all.subarray(space + 1, i + length - 1).toString("utf8");
    const eq = record.indexOf("=");
    if (eq > 0) records.set(record.slice(0, eq), record.slice(eq + 1));
    i += length;
  }
  return records;
}

// src/onnx/provision.ts
var DEFAULT_REGISTRY = "https://registry.npmjs.org";
function bindingFile(platform, arch) {
  return `bin/napi-v6/${platform}/${arch}/onnxruntime_binding.node`;
}
async function provisionOnnxRuntime(log) {
  useOnnxRuntime(await resolveOnnxRuntime({ log }));
}
async function resolveOnnxRuntime(options = {}) {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  if (env.MODEL_GATE_ORT_FETCH !== "1") {
    const local = resolvable(platform, arch);
    if (local) return local;
  }
  return fetched(env, platform, arch, options.log ?? (() => {
  }));
}
function resolvable(platform, arch) {
  try {
    const manifest = createRequire(import.meta.url).resolve("onnxruntime-node/package.json");
    const { version } = JSON.parse(readFileSync(manifest, "utf8"));
    const dir = dirname2(manifest);
    return version === ORT_PIN["onnxruntime-node"].version && existsSync(join2(dir, bindingFile(platform, arch))) ? dir : null;
  } catch {
    return null;
  }
}
function cacheRoot(env, platform) {
  if (env.RUNNER_TOOL_CACHE) return join2(env.RUNNER_TOOL_CACHE, "model-gate");
  if (platform === "win32") return join2(env.LOCALAPPDATA || join2(homedir(), "AppData", "Local"), "model-gate", "Cache");
  if (platform === "darwin") return join2(homedir(), "Library", "Caches", "model-gate");
  return join2(env.XDG_CACHE_HOME || join2(homedir(), ".cache"), "model-gate");
}
async function fetched(env, platform, arch, log) {
  const { version } = ORT_PIN["onnxruntime-node"];
  const root = join2(cacheRoot(env, platform), "onnxruntime-node");
  const target = join2(root, `${version}-${platform}-${arch}`);
  const pkg = join2(target, "node_modules", "onnxruntime-node");
  if (existsSync(join2(pkg, bindingFile(platform, arch)))) return pkg;
  const registry = (env.MODEL_GATE_NPM_REGISTRY || env.npm_config_registry || DEFAULT_REGISTRY).replace(/\/+$/, "");
  const ort = await verifiedTarball(registry, "onnxruntime-node");
  const common = await verifiedTarball(registry, "onnxruntime-common");
  log(`fetching onnxruntime-node ${version} for ${platform}-${arch} into ${target} (verified sha512)`);
  await mkdir2(root, { recursive: true });
  const partial = await mkdtemp(join2(root, ".partial-"));
  try {
    const bin = `${dirname2(bindingFile(platform, arch))}/`;
    const kept = await extractTar(
      gunzipSync(ort),
      join2(partial, "node_modules", "onnxruntime-node"),
      (p) => p === "package.json" || p.startsWith("dist/") && p.endsWith(".js") || p.startsWith(bin)
    );
    if (!kept.includes(bindingFile(platform, arch))) {
      const shipped = "linux-x64, linux-arm64, darwin-arm64, win32-x64, win32-arm64";
      throw new Error(`onnxruntime-node ${version} has no binary for ${platform}-${arch} (its npm package carries ${shipped})`);
    }
    await extractTar(gunzipSync(common), join2(partial, "node_modules", "onnxruntime-common"), () => true);
    try {
      await rename(partial, target);
    } catch (error) {
      if (!existsSync(join2(pkg, bindingFile(platform, arch)))) throw error;
    }
  } finally {
    await rm(partial, { recursive: true, force: true });
  }
  return pkg;
}
async function verifiedTarball(registry, name) {
  const { version, integrity } = ORT_PIN[name];
  const url = `${registry}/${name}/-/${name}-${version}.tgz`;
  let bytes;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
    bytes = Buffer.from(await response.arrayBuffer());
  } catch (error) {
    throw new Error(`cannot fetch ${name} ${version} from ${url}: ${error.message}`);
  }
  const actual = `sha512-${createHash("sha512").update(bytes).digest("base64")}`;
  if (actual !== integrity) {
    throw new Error(
      `refusing ${url}: its sha512 is not package-lock.json's for ${name} ${version} (expected ${integrity}, got ${actual}); nothing was extracted`
    );
  }
  return bytes;
}

export {
  bindingFile,
  provisionOnnxRuntime,
  resolveOnnxRuntime
};
//# sourceMappingURL=chunk-DDRVUSJB.js.map
