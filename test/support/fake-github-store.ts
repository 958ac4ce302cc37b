// The fake GitHub's state: one repository's releases and their assets, issue comments and pull requests, with GitHub's
// rules about them (draft visibility, the latest release, immutability, asset names). No HTTP here. Each rule names its
// source (see fake-github.ts).
import { createHash } from 'node:crypto';

export interface FakeUser {
  login: string;
  type: 'User' | 'Bot';
}

export interface FakeAsset {
  id: number;
  name: string;
  label: string | null;
  state: 'uploaded' | 'starter';
  size: number;
  content_type: string;
  data: Buffer;
  /** "sha256:<hex>" as GitHub computes it, or null (assets uploaded before GitHub kept digests). */
  digest: string | null;
  download_count: number;
  created_at: string;
  updated_at: string;
  uploader: FakeUser;
}

export interface FakeRelease {
  id: number;
  tag_name: string;
  name: string;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  /** True once a release published in a repository with immutable releases: its assets and tag are frozen. */
  immutable: boolean;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  target_commitish: string;
  author: FakeUser;
  assets: FakeAsset[];
}

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: FakeUser;
  created_at: string;
  updated_at: string;
}

export interface FakePull {
  id: number;
  number: number;
  head_sha: string;
  state: 'open' | 'closed';
  head_ref: string;
  base_ref: string;
  title: string;
  /** The head branch lives in a fork (owned by `user`). */
  fork: boolean;
  user: FakeUser;
}

export interface AssetInput {
  name: string;
  data: Buffer;
  label?: string | null;
  content_type?: string;
  state?: 'uploaded' | 'starter';
  /** 'auto' (default): sha256 of the data; 'none': null; any other string is stored as given (to test mismatches). */
  digest?: 'auto' | 'none' | string;
}

export const ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', type: 'Bot' };

/** Why a change to the store was refused, as GitHub would answer it. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Array<Record<string, string>>,
  ) {
    super(message);
  }
}

export class FakeStore {
  readonly releases: FakeRelease[] = [];
  readonly comments: FakeComment[] = [];
  readonly pulls: FakePull[] = [];
  /** Issue numbers that exist besides pull requests (comments may be posted to them). */
  readonly issues = new Set<number>();
  /** Set by publishing through the API with make_latest "true"; otherwise the latest release goes by created_at. */
  private latestId: number | null = null;
  // Separate id ranges, so a release id passed where an asset id belongs finds nothing.
  private nextIds = { release: 1_000_001, asset: 5_000_001, comment: 9_000_001, pull: 7_000_001 };
  // A clock that moves one minute per event, so creation order is also date order and runs are repeatable.
  private clock = Date.parse('2025-01-06T09:00:00Z');

  constructor(private readonly options: { immutableReleases: boolean }) {}

  now(): string {
    this.clock += 60_000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  // -- releases ----------------------------------------------------------------------------------------------------------

  /** A tag has one release: another is 422 already_exists on tag_name (https://docs.github.com/rest/releases/releases#create-a-release). */
  createRelease(fields: Partial<Omit<FakeRelease, 'id' | 'assets'>> & { tag_name: string }): FakeRelease {
    if (this.releases.some((r) => r.tag_name === fields.tag_name)) {
      throw new Refusal(422, 'Validation Failed', [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
    }
    const created = fields.created_at ?? this.now();
    const draft = fields.draft ?? false;
    const release: FakeRelease = {
      id: this.nextIds.release++,
      tag_name: fields.tag_name,
      name: fields.name ?? fields.tag_name,
      body: fields.body ?? null,
      draft,
      prerelease: fields.prerelease ?? false,
      immutable: fields.immutable ?? (!draft && this.options.immutableReleases),
      created_at: created,
      updated_at: fields.updated_at ?? created,
      published_at: fields.published_at !== undefined ? fields.published_at : draft ? null : created,
      target_commitish: fields.target_commitish ?? 'main',
      author: fields.author ?? ACTIONS_BOT,
      assets: [],
    };
    this.releases.push(release);
    return release;
  }

  /**
   * Applies a PATCH /releases/{id}; `make_latest` as GitHub documents it
   * (https://docs.github.com/rest/releases/releases#update-a-release). A published immutable release keeps its tag and
   * state: GitHub answers 422 on changing them (the immutable-releases page: "the associated tag cannot be moved or
   * deleted"; the body of community discussion 178351 shows the 422 Validation Failed with code custom, field tag_name).
   */
  updateRelease(release: FakeRelease, changes: Partial<Pick<FakeRelease, 'tag_name' | 'target_commitish' | 'name' | 'body' | 'draft' | 'prerelease'>>, makeLatest?: string): void {
    const frozen = release.immutable && !release.draft;
    if (frozen && ((changes.tag_name !== undefined && changes.tag_name !== release.tag_name) || changes.draft === true || (changes.target_commitish !== undefined && changes.target_commitish !== release.target_commitish))) {
      throw new Refusal(422, 'Validation Failed', [{ resource: 'Release', code: 'custom', field: 'tag_name', message: 'Cannot modify the tag or state of an immutable release' }]);
    }
    if (changes.tag_name !== undefined && changes.tag_name !== release.tag_name && this.releases.some((r) => r.tag_name === changes.tag_name)) {
      throw new Refusal(422, 'Validation Failed', [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
    }
    const publishing = release.draft && changes.draft === false;
    Object.assign(release, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)));
    release.updated_at = this.now();
    if (publishing) {
      release.published_at = release.updated_at;
      release.immutable = this.options.immutableReleases;
    }
    if (changes.draft === true) release.published_at = null;
    this.applyMakeLatest(release, makeLatest ?? (publishing ? 'true' : undefined));
  }

  applyMakeLatest(release: FakeRelease, makeLatest: string | undefined): void {
    if (makeLatest === 'true' && !release.draft && !release.prerelease) this.latestId = release.id;
    else if ((makeLatest === 'false' || makeLatest === 'legacy') && this.latestId === release.id) this.latestId = null;
  }

  deleteRelease(release: FakeRelease): void {
    this.releases.splice(this.releases.indexOf(release), 1);
    if (this.latestId === release.id) this.latestId = null;
  }

  /**
   * "The most recent non-prerelease, non-draft release, sorted by the created_at attribute" (description of
   * repos/get-latest-release), unless one was made latest explicitly (make_latest).
   */
  latestRelease(): FakeRelease | undefined {
    const eligible = this.releases.filter((r) => !r.draft && !r.prerelease);
    const chosen = eligible.find((r) => r.id === this.latestId);
    return chosen ?? eligible.sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id)[0];
  }

  /**
   * As GET /releases lists them: newest first; "Only users with push access will receive listings for draft releases"
   * (description of repos/list-releases).
   */
  visibleReleases(canWrite: boolean): FakeRelease[] {
    return this.releases.filter((r) => canWrite || !r.draft).sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
  }

  releaseById(id: number): FakeRelease | undefined {
    return this.releases.find((r) => r.id === id);
  }

  // -- assets ------------------------------------------------------------------------------------------------------------

  findAsset(id: number): { release: FakeRelease; asset: FakeAsset } | undefined {
    for (const release of this.releases) {
      const asset = release.assets.find((a) => a.id === id);
      if (asset) return { release, asset };
    }
    return undefined;
  }

  /**
   * Adds an asset as an upload does: GitHub's renaming, refusing a taken name in any state (a starter asset too:
   * "must delete the old file before you can re-upload", description of repos/upload-release-asset) and frozen releases.
   * The digest is "sha256:<hex>" as GitHub reports it since it started keeping asset digests (the release-asset schema
   * of @octokit/openapi: digest, nullable for older assets).
   */
  addAsset(release: FakeRelease, input: AssetInput, uploader: FakeUser): FakeAsset {
    this.refuseIfFrozen(release, 'upload');
    const name = githubAssetName(input.name);
    this.refuseIfTaken(release, name);
    const state = input.state ?? 'uploaded';
    const data = state === 'uploaded' ? input.data : Buffer.alloc(0);
    const at = this.now();
    const digest = input.digest === 'none' || state !== 'uploaded' ? null
      : input.digest === undefined || input.digest === 'auto' ? `sha256:${createHash('sha256').update(data).digest('hex')}`
      : input.digest;
    const asset: FakeAsset = {
      id: this.nextIds.asset++,
      name,
      label: input.label ?? null,
      state,
      size: data.length,
      content_type: input.content_type ?? guessContentType(name),
      data,
      digest,
      download_count: 0,
      created_at: at,
      updated_at: at,
      uploader,
    };
    release.assets.push(asset);
    return asset;
  }

  updateAsset(release: FakeRelease, asset: FakeAsset, changes: { name?: string; label?: string }): void {
    this.refuseIfFrozen(release, 'modify');
    if (changes.name !== undefined) {
      const name = githubAssetName(changes.name);
      if (name !== asset.name) this.refuseIfTaken(release, name);
      asset.name = name;
    }
    if (changes.label !== undefined) asset.label = changes.label;
    asset.updated_at = this.now();
  }

  deleteAsset(release: FakeRelease, asset: FakeAsset): void {
    this.refuseIfFrozen(release, 'modify');
    release.assets.splice(release.assets.indexOf(asset), 1);
  }

  /**
   * A published release of a repository with immutable releases on keeps its assets and tag: "assets cannot be added,
   * modified, or deleted", and the way to ship assets is a draft that is published once they are all there
   * (https://docs.github.com/en/code-security/supply-chain-security/understanding-your-software-supply-chain/immutable-releases,
   * and the tip in https://docs.github.com/en/repositories/releasing-projects-on-github/managing-releases-in-a-repository).
   * An upload is answered 422 "Cannot upload assets to an immutable release", as users of the feature report it
   * (rubyists/linear-cli-ex#18, voidzero-dev/vite-plus#1558); the texts for changing and deleting are the fake's own.
   */
  private refuseIfFrozen(release: FakeRelease, change: 'upload' | 'modify'): void {
    if (release.immutable && !release.draft) {
      const message = change === 'upload' ? 'Cannot upload assets to an immutable release' : 'Cannot modify assets of an immutable release';
      throw new Refusal(422, message, [{ resource: 'Release', code: 'custom', field: 'assets', message }]);
    }
  }

  private refuseIfTaken(release: FakeRelease, name: string): void {
    if (release.assets.some((a) => a.name === name)) {
      throw new Refusal(422, 'Validation Failed', [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]);
    }
  }

  // -- issues, comments, pull requests -----------------------------------------------------------------------------------

  issueExists(number: number): boolean {
    return this.issues.has(number) || this.pulls.some((p) => p.number === number);
  }

  addComment(issue: number, body: string, user: FakeUser): FakeComment {
    this.issues.add(issue);
    const at = this.now();
    const comment: FakeComment = { id: this.nextIds.comment++, issue, body, user, created_at: at, updated_at: at };
    this.comments.push(comment);
    return comment;
  }

  commentsOn(issue: number): FakeComment[] {
    return this.comments.filter((c) => c.issue === issue).sort((a, b) => a.id - b.id);
  }

  addPull(p: Partial<Omit<FakePull, 'id'>> & { number: number; head_sha: string }): FakePull {
    const pull: FakePull = {
      id: this.nextIds.pull++,
      number: p.number,
      head_sha: p.head_sha,
      state: p.state ?? 'open',
      head_ref: p.head_ref ?? `feature-${p.number}`,
      base_ref: p.base_ref ?? 'main',
      title: p.title ?? `Pull request #${p.number}`,
      fork: p.fork ?? false,
      user: p.user ?? { login: 'contributor', type: 'User' },
    };
    this.pulls.splice(0, this.pulls.length, ...this.pulls.filter((q) => q.number !== p.number), pull);
    return pull;
  }
}

/**
 * GitHub renames uploaded files: "asset filenames that have special characters, non-alphanumeric characters, and
 * leading or trailing periods" (description of repos/upload-release-asset). The exact rule is not documented; this
 * stand-in turns anything but letters, digits and `._-+` into `.` and drops leading and trailing periods, which is what
 * model-gate must never depend on (releases.ts refuses such names before uploading).
 */
export function githubAssetName(name: string): string {
  return name.replace(/[^A-Za-z0-9._+-]/g, '.').replace(/^\.+|\.+$/g, '');
}

function guessContentType(name: string): string {
  if (name.endsWith('.json')) return 'application/json';
  if (name.endsWith('.zst')) return 'application/zstd';
  return 'application/octet-stream';
}
