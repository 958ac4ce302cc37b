// The pinned onnxruntime tarballs as the npm registry serves them, on loopback: the provisioning tests (the action's
// fetch path, ort-provision.test.ts; the npm package's first run, npm-package.test.ts) never reach the network for them.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after } from 'node:test';
import { ORT_PIN } from '../src/onnx/ort-pin.js';
import { ROOT } from './helpers.js';

export type PinnedName = keyof typeof ORT_PIN;
export const NAMES = Object.keys(ORT_PIN) as PinnedName[];
export const sha512 = (bytes: Uint8Array) => `sha512-${createHash('sha512').update(bytes).digest('base64')}`;

/** The package's real tarball from the npm registry, fetched once and kept under .tmp/ keyed by its integrity. */
export async function realTarball(name: PinnedName): Promise<Buffer> {
  const { version, integrity } = ORT_PIN[name];
  const dir = join(ROOT, '.tmp', 'ort-tarballs');
  const file = join(dir, `${createHash('sha256').update(integrity).digest('hex').slice(0, 16)}-${name}-${version}.tgz`);
  if (existsSync(file)) {
    const bytes = await readFile(file);
    if (sha512(bytes) === integrity) return bytes;
  }
  await mkdir(dir, { recursive: true });
  const work = await mkdtemp(join(dir, '.pack-'));
  try {
    execFileSync('npm', ['pack', `${name}@${version}`, '--pack-destination', work], { env: { ...process.env, ONNXRUNTIME_NODE_INSTALL: 'skip' }, stdio: 'ignore' });
    const bytes = await readFile(join(work, `${name}-${version}.tgz`));
    assert.equal(sha512(bytes), integrity, `npm pack ${name}@${version} does not match package-lock.json`);
    await rename(join(work, `${name}-${version}.tgz`), file);
    return bytes;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export interface Registry {
  url: string;
  /** Paths requested so far. */
  requests: string[];
}

/** A registry on loopback serving the pinned tarballs at npm's tarball paths. */
export async function loopbackRegistry(tarballs: Record<PinnedName, Buffer>): Promise<Registry> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const name = NAMES.find((n) => req.url === `/${n}/-/${n}-${ORT_PIN[n].version}.tgz`);
    if (!name) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(tarballs[name]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

/** Both pinned tarballs (realTarball). */
export async function pinnedTarballs(): Promise<Record<PinnedName, Buffer>> {
  return { 'onnxruntime-node': await realTarball('onnxruntime-node'), 'onnxruntime-common': await realTarball('onnxruntime-common') };
}
