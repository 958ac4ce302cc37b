// GitHub Releases as baselines and as the place packs are published: choosing the release (pure), downloading its
// model-gate assets with every check before they are trusted, and uploading a pack idempotently.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import semver from 'semver';
import { InputError } from '../errors.js';
import { MANIFEST_FILE, type Manifest, packedBlobs, validateManifest } from '../pack/format/manifest.js';
import { hashOutput } from '../pack/codecs/sinks.js';
import { decompressAny } from '../pack/codecs/registry.js';
import { MAX_REPORT_BYTES, validateReport } from '../report/validate.js';
import type { Report } from '../report/schema.js';
import { parseUntrustedJson, temporaryPath } from '../util/fs.js';
import { type GitHubClient, statusOf, validationCode } from './client.js';

interface ReleaseAsset {
  id: number;
  name: string;
  size: number;
  state: string;
  digest?: string | null;
}

export interface Release {
  id: number;
  tag_name: string;
  draft: boolean;
  /** True once published in a repository with immutable releases: its assets can no longer change. */
  immutable?: boolean;
  prerelease: boolean;
  published_at: string | null;
  created_at: string;
  upload_url: string;
  assets: ReleaseAsset[];
}

/** Largest manifest accepted from a release: a manifest is a few kB; anything huge is not one. */
const MAX_MANIFEST_BYTES = 1 << 20;

export async function listReleases(client: GitHubClient): Promise<Release[]> {
  return (await client.octokit.paginate(client.octokit.rest.repos.listReleases, { ...client.repo, per_page: 100 })) as Release[];
}

export async function releaseByTag(client: GitHubClient, tag: string): Promise<Release | null> {
  try {
    return (await client.octokit.rest.repos.getReleaseByTag({ ...client.repo, tag })).data as Release;
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw error;
  }
}

/**
 * The release of `tag`, drafts included: GitHub's by-tag lookup never returns a draft, and a re-run must find the draft
 * its first run created rather than make a second one.
 */
export async function releaseForTag(client: GitHubClient, tag: string): Promise<Release | null> {
  return (await releaseByTag(client, tag)) ?? (await listReleases(client)).find((r) => r.tag_name === tag) ?? null;
}

export async function latestRelease(client: GitHubClient): Promise<Release | null> {
  try {
    return (await client.octokit.rest.repos.getLatestRelease({ ...client.repo })).data as Release;
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw error;
  }
}

const publishedTime = (r: Release) => Date.parse(r.published_at ?? r.created_at);

/** The newest published release, prereleases only when asked. */
export function pickLatest(releases: Release[], includePrereleases: boolean): Release | null {
  const candidates = releases.filter((r) => !r.draft && (includePrereleases || !r.prerelease));
  return candidates.sort((a, b) => publishedTime(b) - publishedTime(a))[0] ?? null;
}

/**
 * The release before `currentTag`: by semantic version when the tags are versions, else by publication date. Never the
 * current release itself, never a draft.
 */
export function pickPrevious(releases: Release[], currentTag: string, includePrereleases: boolean): Release | null {
  const others = releases.filter((r) => !r.draft && r.tag_name !== currentTag && (includePrereleases || !r.prerelease));
  const current = semver.valid(semver.clean(currentTag) ?? '');
  if (current) {
    const older = others
      .map((r) => ({ r, v: semver.valid(semver.clean(r.tag_name) ?? '') }))
      .filter((x): x is { r: Release; v: string } => x.v !== null && semver.lt(x.v, current));
    if (older.length > 0) return older.sort((a, b) => semver.rcompare(a.v, b.v))[0]!.r;
    if (others.every((r) => semver.valid(semver.clean(r.tag_name) ?? ''))) return null;
  }
  const self = releases.find((r) => r.tag_name === currentTag);
  const before = self ? others.filter((r) => publishedTime(r) < publishedTime(self)) : others;
  return before.sort((a, b) => publishedTime(b) - publishedTime(a))[0] ?? null;
}

type DownloadedPack = { kind: 'pack'; dir: string; manifest: Manifest } | { kind: 'none'; note: string };

/**
 * Downloads a release's model-gate assets (manifest.json and every packed file it lists: models and their external
 * data) into `dir`. Each file is checked — byte count, GitHub's asset digest where present, the manifest's packed sha256
 * where it names one (docs/FORMAT.md#history) — while it streams, and renamed into place only when all match. Then each
 * is decoded once, without writing anything, against the manifest's raw size and sha256 (without a packed sha256 only
 * decoding can tell a corrupt asset): what fails is reported by release tag and asset name, which
 * the user can look up, never by the scratch path it was downloaded to.
 */
export async function downloadPack(client: GitHubClient, release: Release, dir: string): Promise<DownloadedPack> {
  const assets = release.assets.filter((a) => a.state === 'uploaded');
  const manifestAsset = assets.find((a) => a.name === MANIFEST_FILE);
  if (!manifestAsset) return { kind: 'none', note: `release ${release.tag_name} has no model-gate assets (no ${MANIFEST_FILE})` };
  if (manifestAsset.size > MAX_MANIFEST_BYTES) throw new InputError(`release ${release.tag_name}: ${MANIFEST_FILE} is ${manifestAsset.size} bytes, too large to be a manifest`);
  const manifestPath = join(dir, MANIFEST_FILE);
  await downloadAsset(client, manifestAsset, manifestPath, { bytes: manifestAsset.size, sha256: null }, release.tag_name);
  const manifest = validateManifest(parseUntrustedJson(await readFile(manifestPath, 'utf8'), `release ${release.tag_name}: ${MANIFEST_FILE}`), `release ${release.tag_name}: ${MANIFEST_FILE}`);
  // Every packed file: the models and their external data files.
  for (const blob of manifest.models.flatMap(packedBlobs)) {
    const asset = assets.find((a) => a.name === blob.file);
    if (!asset) throw new InputError(`release ${release.tag_name}: ${MANIFEST_FILE} lists ${blob.file}, which is not among the release's assets`);
    // A packed sha256, where the manifest names one (docs/FORMAT.md#history), is checked while it streams.
    await downloadAsset(client, asset, join(dir, blob.file), { bytes: blob.packed.bytes, sha256: blob.packed.sha256 ?? null }, release.tag_name);
  }
  for (const blob of manifest.models.flatMap(packedBlobs)) {
    const path = join(dir, blob.file);
    try {
      await decompressAny(path, { raw: blob.raw, packed: blob.packed, codec: blob.codec }, hashOutput());
    } catch (error) {
      throw relabel(error, path, `release ${release.tag_name}, asset ${blob.file}`);
    }
  }
  return { kind: 'pack', dir, manifest };
}

/** The report model-gate uploads beside a pack (docs/REPORT.md): the history's source. */
const REPORT_FILE = 'report.json';

interface ReleaseReports {
  /** The window, newest first (the API's order): each release's validated report, or why there is none. */
  releases: Array<{ tag: string; report: Report | null; reason: string | null }>;
  /** The release just before the window's oldest: the baseline that one was compared against. */
  older: string | null;
}

/**
 * The report.json of the last `count` published releases other than `currentTag`, each downloaded with the checks a pack
 * asset gets (byte count, GitHub's digest) under the report size cap and validated like any untrusted artifact. A
 * release whose report is missing, too large, of an unreadable schema or malformed is named with the reason, not used:
 * an old release's bad asset says so in the history instead of failing every gate after it.
 */
export async function releaseReports(client: GitHubClient, options: { count: number; currentTag: string | null; includePrereleases: boolean; dir: string }): Promise<ReleaseReports> {
  const listed = (await listReleases(client)).filter((r) => !r.draft && r.tag_name !== options.currentTag && (options.includePrereleases || !r.prerelease));
  const releases: ReleaseReports['releases'] = [];
  for (const release of listed.slice(0, options.count)) releases.push({ tag: release.tag_name, ...(await releaseReport(client, release, options.dir)) });
  return { releases, older: listed[options.count]?.tag_name ?? null };
}

async function releaseReport(client: GitHubClient, release: Release, dir: string): Promise<{ report: Report | null; reason: string | null }> {
  const asset = release.assets.find((a) => a.name === REPORT_FILE && a.state === 'uploaded');
  if (!asset) return { report: null, reason: `no ${REPORT_FILE}` };
  const label = `release ${release.tag_name}: ${REPORT_FILE}`;
  try {
    if (asset.size > MAX_REPORT_BYTES) throw new InputError(`${label} is ${asset.size} bytes, over the ${MAX_REPORT_BYTES}-byte limit of a report`);
    const path = join(dir, `history-${release.id}-${REPORT_FILE}`);
    await downloadAsset(client, asset, path, { bytes: asset.size, sha256: null }, release.tag_name);
    return { report: validateReport(await readFile(path, 'utf8'), label), reason: null };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    client.log(`history: ${error.message}`);
    const why = error.message.split(label).join('').split(`release ${release.tag_name}, asset ${REPORT_FILE}`).join('').replace(/^[:\s]+/, '');
    return { report: null, reason: `${REPORT_FILE} refused: ${why}` };
  }
}

/** The decoder names the file it read; the user knows it as `label`. Errors other than bad input pass unchanged. */
function relabel(error: unknown, path: string, label: string): unknown {
  if (!(error instanceof InputError)) return error;
  return new InputError(error.message.split(path).join(label));
}

const RETRYABLE = new Set([429, 500, 502, 503, 504]);

/**
 * One asset to a file. The API answers with a redirect to a storage host, which is followed by hand so that the token
 * goes to the API only: a redirect never carries the Authorization header anywhere.
 */
async function downloadAsset(client: GitHubClient, asset: ReleaseAsset, path: string, expected: { bytes: number; sha256: string | null }, tag: string): Promise<void> {
  const label = `release ${tag}, asset ${asset.name}`;
  if (asset.size !== expected.bytes) throw new InputError(`${label} is ${asset.size} bytes but the manifest says ${expected.bytes}`);
  const url = `${client.apiUrl}/repos/${client.repo.owner}/${client.repo.repo}/releases/assets/${asset.id}`;
  for (let attempt = 1; ; attempt++) {
    let response = await fetch(url, { redirect: 'manual', headers: { authorization: `token ${client.token}`, accept: 'application/octet-stream', 'user-agent': 'model-gate' } });
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.get('location');
      await response.body?.cancel();
      if (!location) throw new InputError(`${label}: GitHub answered ${response.status} without a Location`);
      response = await fetch(new URL(location, url), { redirect: 'error', headers: { accept: 'application/octet-stream', 'user-agent': 'model-gate' } });
    }
    if (RETRYABLE.has(response.status) && attempt < 3) {
      await response.body?.cancel();
      const wait = Math.min(Number(response.headers.get('retry-after') ?? '') || attempt, 30);
      client.log(`${label}: download answered ${response.status}, retrying in ${wait}s`);
      await new Promise((r) => setTimeout(r, wait * 1000));
      continue;
    }
    if (!response.ok || !response.body) throw new InputError(`${label}: download failed with HTTP ${response.status}`);
    await saveVerified(response.body, path, asset, expected, label);
    return;
  }
}

async function saveVerified(body: ReadableStream<Uint8Array>, path: string, asset: ReleaseAsset, expected: { bytes: number; sha256: string | null }, label: string): Promise<void> {
  const tmp = temporaryPath(path);
  const file = await open(tmp, 'wx');
  const hash = createHash('sha256');
  let bytes = 0;
  const reader = body.getReader();
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      const chunk = read.value;
      bytes += chunk.length;
      if (bytes > expected.bytes) throw new InputError(`${label}: download is longer than the ${expected.bytes} bytes expected`);
      hash.update(chunk);
      await file.write(chunk);
    }
    await file.close();
    if (bytes !== expected.bytes) throw new InputError(`${label}: downloaded ${bytes} bytes, expected ${expected.bytes}`);
    const sha = hash.digest('hex');
    if (asset.digest && asset.digest !== `sha256:${sha}`) throw new InputError(`${label}: sha256 ${sha} does not match GitHub's digest ${asset.digest}`);
    if (expected.sha256 && sha !== expected.sha256) throw new InputError(`${label}: sha256 ${sha} does not match the manifest's ${expected.sha256}`);
    await rename(tmp, path);
  } catch (error) {
    // A download stopped early (too long, an error) lets go of its connection.
    await reader.cancel().catch(() => {});
    await file.close().catch(() => {});
    await rm(tmp, { force: true });
    throw error;
  }
}

/**
 * Uploads files as release assets, replacing same-named ones. A name that is taken — by an earlier upload, or by the
 * half-written asset a failed upload leaves behind — is deleted and uploaded again; at the end every file must be
 * present in state "uploaded" with its size, and any half-written leftover of ours is removed.
 */
export async function uploadAssets(client: GitHubClient, release: Release, files: string[]): Promise<void> {
  // Checked before any asset is touched: on a published immutable release every upload and deletion is refused.
  if (release.immutable && !release.draft) throw immutableError(release);
  const names = new Set(files.map((f) => basename(f)));
  // GitHub silently renames asset names outside this set, which would break the manifest's references.
  for (const name of names) {
    if (!/^[A-Za-z0-9_+-][A-Za-z0-9._+-]*$/.test(name) || name.endsWith('.')) {
      throw new InputError(`release ${release.tag_name}: asset name "${name}" has characters GitHub renames; name model files with letters, digits and . _ + - only`);
    }
  }
  const current = async () => (await client.octokit.paginate(client.octokit.rest.repos.listReleaseAssets, { ...client.repo, release_id: release.id, per_page: 100 })) as ReleaseAsset[];
  const remove = async (asset: ReleaseAsset) => {
    client.log(`release ${release.tag_name}: deleting ${asset.state === 'uploaded' ? 'the previous' : 'a half-uploaded'} asset ${asset.name}`);
    try {
      await client.octokit.rest.repos.deleteReleaseAsset({ ...client.repo, asset_id: asset.id });
    } catch (error) {
      if (statusOf(error) === 422 && /immutable/i.test((error as Error)?.message ?? '')) throw immutableError(release);
      throw error;
    }
  };
  for (const asset of await current()) if (names.has(asset.name)) await remove(asset);
  for (const file of files) {
    const name = basename(file);
    const { size } = await stat(file);
    for (let attempt = 1; ; attempt++) {
      try {
        // Streamed from the file (a packed model may be larger than a Buffer can hold), a fresh stream per attempt;
        // this loop does the retrying, which the retry plugin could not do with a body it has already sent.
        await client.octokit.request({
          method: 'POST',
          url: release.upload_url,
          name,
          data: createReadStream(file, { highWaterMark: 1 << 20 }),
          headers: { 'content-type': name.endsWith('.json') ? 'application/json' : 'application/octet-stream', 'content-length': size },
          request: { retries: 0 },
        });
        break;
      } catch (error) {
        const taken = statusOf(error) === 422 && validationCode(error) === 'already_exists';
        const transient = statusOf(error) === null || (statusOf(error) ?? 0) >= 500;
        if (attempt >= 3 || !(taken || transient)) throw uploadError(error, release, name);
        for (const asset of await current()) if (asset.name === name) await remove(asset);
      }
    }
  }
  const after = await current();
  for (const file of files) {
    const name = basename(file);
    const asset = after.find((a) => a.name === name && a.state === 'uploaded');
    if (!asset || asset.size !== (await stat(file)).size) throw new Error(`release ${release.tag_name}: asset ${name} is not complete after upload`);
  }
  for (const asset of after) if (names.has(asset.name) && asset.state !== 'uploaded') await remove(asset);
}

function uploadError(error: unknown, release: Release, name: string): Error {
  const status = statusOf(error);
  const message = (error as Error)?.message ?? String(error);
  if (status === 422 && /immutable/i.test(message)) return immutableError(release);
  return new Error(`release ${release.tag_name}: uploading ${name} failed${status ? ` with HTTP ${status}` : ''}: ${message.split('\n')[0]}`);
}

function immutableError(release: Release): InputError {
  return new InputError(`release ${release.tag_name} is immutable and already published: upload to a draft, then publish (input 'publish-release: true')`);
}

export async function createDraftRelease(client: GitHubClient, tag: string): Promise<Release> {
  return (await client.octokit.rest.repos.createRelease({ ...client.repo, tag_name: tag, name: tag, draft: true })).data as Release;
}

export async function publishRelease(client: GitHubClient, release: Release): Promise<void> {
  await client.octokit.rest.repos.updateRelease({ ...client.repo, release_id: release.id, draft: false });
}
