// The fake GitHub itself: real HTTP on loopback, answers in GitHub's shapes (checked against the description's response
// schemas), requests checked against the description, GitHub's rules for releases, assets and comments, and faults.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterEach, describe, test } from 'node:test';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { FakeGitHub, faults, MAX_COMMENT_LENGTH, TOKENS, webhookPayload, type FakeGitHubOptions } from './support/fake-github.js';

const started: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((fake) => fake.close()));
});

/** A fake that also checks its own answers against the description's response schemas. */
async function fake(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const f = await FakeGitHub.start({ checkResponses: true, ...options });
  started.push(f);
  return f;
}

const octokit = (f: FakeGitHub, token: string = TOKENS.actions) => getOctokit(token, { baseUrl: f.apiUrl });
const repo = (f: FakeGitHub) => ({ owner: f.owner, repo: f.repo });
const sha256 = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

function api(f: FakeGitHub, path: string, init: RequestInit & { token?: string | null } = {}): Promise<Response> {
  const { token = TOKENS.actions, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (token) headers.set('authorization', `token ${token}`);
  if (!headers.has('accept')) headers.set('accept', 'application/vnd.github+json');
  return fetch(`${f.apiUrl}${path}`, { ...rest, headers });
}

/** Status and the error's text, from an Octokit call expected to fail. */
async function failure(promise: Promise<unknown>): Promise<{ status: number; message: string; data: unknown }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { status: number; message: string; response?: { data: unknown } };
    return { status: e.status, message: e.message, data: e.response?.data };
  }
  throw new Error('expected the call to fail');
}

describe('fake GitHub: releases', () => {
  test('lists newest first in pages of per_page, with GitHub Link headers; Octokit paginate follows them', async () => {
    const f = await fake();
    for (let i = 1; i <= 7; i++) f.addRelease({ tag_name: `v1.${i}.0` });
    const first = await api(f, `/repos/${f.owner}/${f.repo}/releases?per_page=3`);
    assert.equal(first.status, 200);
    assert.deepEqual(((await first.json()) as Array<{ tag_name: string }>).map((r) => r.tag_name), ['v1.7.0', 'v1.6.0', 'v1.5.0']);
    // github.com names the repository by id in Link URLs (recorded: @octokit/fixtures paginate-issues), and serves them.
    const link = first.headers.get('link') ?? '';
    assert.equal(link, `<${f.apiUrl}/repositories/${f.repositoryId}/releases?per_page=3&page=2>; rel="next", <${f.apiUrl}/repositories/${f.repositoryId}/releases?per_page=3&page=3>; rel="last"`);
    const second = await fetch(/<([^>]+)>; rel="next"/.exec(link)![1]!, { headers: { authorization: `token ${TOKENS.actions}` } });
    assert.deepEqual(((await second.json()) as Array<{ tag_name: string }>).map((r) => r.tag_name), ['v1.4.0', 'v1.3.0', 'v1.2.0']);
    assert.equal((await api(f, `/repositories/${f.repositoryId + 1}/releases`)).status, 404, 'another repository id is not this one');
    assert.equal(first.headers.get('x-ratelimit-limit'), '5000');
    assert.equal(first.headers.get('x-ratelimit-remaining'), '4999');
    assert.ok(Number(first.headers.get('x-ratelimit-reset')) > Date.now() / 1000);

    const last = await api(f, `/repos/${f.owner}/${f.repo}/releases?per_page=3&page=3`);
    assert.equal(((await last.json()) as unknown[]).length, 1);
    assert.doesNotMatch(last.headers.get('link') ?? '', /rel="next"/);
    assert.match(last.headers.get('link') ?? '', /rel="prev"/);

    const all = await octokit(f).paginate(octokit(f).rest.repos.listReleases, { ...repo(f), per_page: 2 });
    assert.equal(all.length, 7);
    const paged = f.requests.filter((r) => r.path.endsWith('/releases') && r.query.get('per_page') === '2');
    assert.equal(paged.length, 4);
    assert.deepEqual(paged.map((r) => r.path.startsWith('/repositories/')), [false, true, true, true], 'pages 2-4 through the Link URLs');
    f.assertNoViolations();
  });

  test('drafts are seen only with write; latest is the newest published non-prerelease; a tag finds no draft', async () => {
    const f = await fake();
    f.addRelease({ tag_name: 'v1.0.0' });
    f.addRelease({ tag_name: 'v1.1.0' });
    f.addRelease({ tag_name: 'v2.0.0-rc.1', prerelease: true });
    const draft = f.addRelease({ tag_name: 'v2.0.0', draft: true });
    assert.equal(draft.published_at, null);

    const writer = octokit(f);
    const reader = octokit(f, TOKENS.forkReadOnly);
    assert.equal((await writer.rest.repos.listReleases(repo(f))).data.length, 4);
    assert.deepEqual((await reader.rest.repos.listReleases(repo(f))).data.map((r) => r.tag_name), ['v2.0.0-rc.1', 'v1.1.0', 'v1.0.0']);
    assert.equal((await writer.rest.repos.getLatestRelease(repo(f))).data.tag_name, 'v1.1.0');
    assert.equal((await writer.rest.repos.getRelease({ ...repo(f), release_id: draft.id })).data.draft, true);
    assert.equal((await failure(reader.rest.repos.getRelease({ ...repo(f), release_id: draft.id }))).status, 404);
    assert.equal((await failure(writer.rest.repos.getReleaseByTag({ ...repo(f), tag: 'v2.0.0' }))).status, 404);
    const byTag = (await writer.rest.repos.getReleaseByTag({ ...repo(f), tag: 'v1.0.0' })).data;
    assert.equal(byTag.upload_url, `${f.uploadsUrl}/repos/${f.owner}/${f.repo}/releases/${byTag.id}/assets{?name,label}`);
    assert.equal(byTag.url, `${f.apiUrl}/repos/${f.owner}/${f.repo}/releases/${byTag.id}`);
    f.assertNoViolations();
  });

  test('no published release: latest is 404 with GitHub error body; another repository is 404', async () => {
    const f = await fake();
    f.addRelease({ tag_name: 'v0.1.0', draft: true });
    const latest = await failure(octokit(f).rest.repos.getLatestRelease(repo(f)));
    assert.equal(latest.status, 404);
    assert.deepEqual(latest.data, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/releases/releases#get-the-latest-release', status: '404' });
    assert.equal((await failure(octokit(f).rest.repos.listReleases({ owner: 'someone', repo: 'else' }))).status, 404);
    f.assertNoViolations();
  });

  test('create a draft, upload to it, publish: published_at set, and an immutable release then refuses asset changes', async () => {
    const f = await fake({ immutableReleases: true });
    const o = octokit(f);
    const created = await o.rest.repos.createRelease({ ...repo(f), tag_name: 'v3.0.0', name: 'v3.0.0', draft: true });
    assert.equal(created.status, 201);
    assert.equal(created.headers.location, created.data.url);
    assert.equal(created.data.published_at, null);
    assert.match(created.data.html_url, /\/releases\/tag\/untagged-[0-9a-f]+$/);
    await o.request({ method: 'POST', url: created.data.upload_url, name: 'manifest.json', data: Buffer.from('{}') as unknown as string, headers: { 'content-type': 'application/json' } });

    const published = await o.rest.repos.updateRelease({ ...repo(f), release_id: created.data.id, draft: false });
    assert.equal(published.data.draft, false);
    assert.ok(published.data.published_at);
    assert.equal(published.data.immutable, true);
    assert.equal((await o.rest.repos.getLatestRelease(repo(f))).data.id, created.data.id);

    const upload = await failure(o.request({ method: 'POST', url: created.data.upload_url, name: 'late.onnx.zst', data: Buffer.from('x') as unknown as string, headers: { 'content-type': 'application/zstd' } }));
    assert.equal(upload.status, 422);
    assert.match(upload.message, /Cannot upload assets to an immutable release/);
    const assetId = published.data.assets[0]!.id;
    assert.equal((await failure(o.rest.repos.deleteReleaseAsset({ ...repo(f), asset_id: assetId }))).status, 422);
    assert.equal((await failure(o.rest.repos.updateRelease({ ...repo(f), release_id: created.data.id, tag_name: 'v3.0.1' }))).status, 422);
    assert.equal(f.release('v3.0.0')?.assets.length, 1);
    f.assertNoViolations();
  });
});

describe('fake GitHub: assets', () => {
  test('upload on the uploads host: 201 with GitHub digest; a taken name is 422 already_exists', async () => {
    const f = await fake();
    const release = f.addRelease({ tag_name: 'v1.0.0' });
    const o = octokit(f);
    const data = Buffer.from('zstd frame bytes');
    const uploaded = await o.request({
      method: 'POST',
      url: f.releaseJson('v1.0.0')['upload_url'] as string,
      name: 'iris.onnx.zst',
      label: 'iris model',
      data: data as unknown as string,
      headers: { 'content-type': 'application/zstd' },
    });
    assert.equal(uploaded.status, 201);
    assert.equal(uploaded.data.name, 'iris.onnx.zst');
    assert.equal(uploaded.data.label, 'iris model');
    assert.equal(uploaded.data.size, data.length);
    assert.equal(uploaded.data.digest, sha256(data));
    assert.equal(uploaded.data.state, 'uploaded');
    assert.equal(uploaded.data.uploader.login, 'github-actions[bot]');
    assert.equal(uploaded.data.content_type, 'application/zstd');
    assert.deepEqual(f.release('v1.0.0')?.assets[0]?.data, data);
    const upload = f.requests.find((r) => r.host === 'uploads')!;
    assert.equal(upload.path, `/repos/${f.owner}/${f.repo}/releases/${release.id}/assets`);

    const again = await failure(o.rest.repos.uploadReleaseAsset({ ...repo(f), release_id: release.id, name: 'iris.onnx.zst', data: data as unknown as string, baseUrl: f.uploadsUrl, headers: { 'content-type': 'application/zstd' } }));
    assert.equal(again.status, 422);
    const { request_id: requestId, ...conflict } = again.data as { request_id: string };
    assert.deepEqual(conflict, {
      message: 'Validation Failed',
      errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }],
      documentation_url: 'https://docs.github.com/rest/releases/assets#upload-a-release-asset',
      status: '422',
    });
    assert.match(requestId, /^[0-9A-F:]+$/, 'the uploads host names the request in its error body');
    // GitHub renames what it does not allow in names.
    const renamed = await o.rest.repos.uploadReleaseAsset({ ...repo(f), release_id: release.id, name: 'my report.json', data: '{}', baseUrl: f.uploadsUrl, headers: { 'content-type': 'application/json' } });
    assert.equal(renamed.data.name, 'my.report.json');
    f.assertNoViolations();
  });

  test('assets list and metadata, rename, delete (204)', async () => {
    const f = await fake();
    const release = f.addRelease({ tag_name: 'v1.0.0', assets: [{ name: 'a.onnx.zst', data: Buffer.from('a') }, { name: 'manifest.json', data: Buffer.from('{}'), digest: 'none' }] });
    const o = octokit(f);
    const listed = await o.rest.repos.listReleaseAssets({ ...repo(f), release_id: release.id, per_page: 1 });
    assert.equal(listed.data.length, 1);
    assert.match(listed.headers.link ?? '', /rel="next"/);
    const [a, manifest] = release.assets;
    const meta = await o.rest.repos.getReleaseAsset({ ...repo(f), asset_id: manifest!.id });
    assert.equal(meta.data.digest, null);
    assert.equal(meta.data.content_type, 'application/json');
    assert.equal(meta.data.browser_download_url, `${f.webUrl}/${f.owner}/${f.repo}/releases/download/v1.0.0/manifest.json`);
    await o.rest.repos.updateReleaseAsset({ ...repo(f), asset_id: a!.id, name: 'b.onnx.zst' });
    assert.equal(f.release('v1.0.0')?.assets[0]?.name, 'b.onnx.zst');
    const deleted = await o.rest.repos.deleteReleaseAsset({ ...repo(f), asset_id: a!.id });
    assert.equal(deleted.status, 204);
    assert.equal((await failure(o.rest.repos.getReleaseAsset({ ...repo(f), asset_id: a!.id }))).status, 404);
    assert.deepEqual(f.release('v1.0.0')?.assets.map((x) => x.name), ['manifest.json']);
    f.assertNoViolations();
  });

  test('octet-stream download: 302 to a signed storage URL that serves the bytes, and refuses Authorization with 400', async () => {
    const f = await fake();
    const data = Buffer.from('model bytes');
    const release = f.addRelease({ tag_name: 'v1.0.0', assets: [{ name: 'iris.onnx.zst', data }] });
    const asset = release.assets[0]!;

    const redirect = await api(f, `/repos/${f.owner}/${f.repo}/releases/assets/${asset.id}`, { headers: { accept: 'application/octet-stream' }, redirect: 'manual' });
    assert.equal(redirect.status, 302);
    const location = new URL(redirect.headers.get('location')!);
    assert.equal(location.origin, f.storageUrl);
    assert.ok(location.searchParams.get('sig'));

    const leaked = await fetch(location, { headers: { authorization: `token ${TOKENS.actions}` } });
    assert.equal(leaked.status, 400);
    assert.match(await leaked.text(), /<Code>InvalidArgument<\/Code>/);
    assert.equal(f.storageSawAuthorization(), true);

    const clean = await fetch(location);
    assert.equal(clean.status, 200);
    assert.deepEqual(Buffer.from(await clean.arrayBuffer()), data);
    assert.equal(f.release('v1.0.0')?.assets[0]?.download_count, 1);

    location.searchParams.set('sig', 'forged');
    assert.equal((await fetch(location)).status, 403);
    assert.equal((await fetch(`${f.storageUrl}/github-production-release-asset/1/2`)).status, 404);
    assert.equal(f.violations.length, 1, 'a URL the fake never handed out is a violation');
    assert.match(f.violations[0]!, /storage/);
  });

  test('Octokit follows the redirect itself and drops the token at the storage host', async () => {
    const f = await fake();
    const data = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 1, 2, 3]);
    const release = f.addRelease({ tag_name: 'v1.0.0', assets: [{ name: 'iris.onnx.zst', data }] });
    const response = await octokit(f).rest.repos.getReleaseAsset({ ...repo(f), asset_id: release.assets[0]!.id, headers: { accept: 'application/octet-stream' } });
    assert.equal(response.status, 200);
    assert.deepEqual(Buffer.from(response.data as unknown as ArrayBuffer), data);
    assert.deepEqual(f.requests.map((r) => `${r.host} ${r.status}`), ['api 302', 'storage 200']);
    assert.equal(f.storageSawAuthorization(), false);
    f.assertNoViolations();
  });

  test('the browser download URL redirects to signed storage; a starter asset cannot be downloaded', async () => {
    const f = await fake();
    f.addRelease({ tag_name: 'v1.0.0', assets: [{ name: 'ok.json', data: Buffer.from('{}') }, { name: 'half.onnx.zst', data: Buffer.from('x'), state: 'starter' }] });
    const ok = await fetch(`${f.webUrl}/${f.owner}/${f.repo}/releases/download/v1.0.0/ok.json`);
    assert.equal(await ok.text(), '{}');
    assert.equal((await fetch(`${f.webUrl}/${f.owner}/${f.repo}/releases/download/v1.0.0/half.onnx.zst`)).status, 404);
    const starter = f.release('v1.0.0')!.assets[1]!;
    assert.equal(starter.size, 0);
    const meta = await octokit(f).rest.repos.getReleaseAsset({ ...repo(f), asset_id: starter.id });
    assert.equal(meta.data.state as string, 'starter');
    assert.equal((await api(f, `/repos/${f.owner}/${f.repo}/releases/assets/${starter.id}`, { headers: { accept: 'application/octet-stream' }, redirect: 'manual' })).status, 404);
    f.assertNoViolations();
  });
});

describe('fake GitHub: comments, users, pull requests', () => {
  test("comments: create, paginate, edit own and (with write access, as GitHub documents) others'; read-only token and long bodies refused like GitHub", async () => {
    const f = await fake();
    f.addPull({ number: 7, head_sha: 'a'.repeat(40) });
    const planted = f.addComment(7, '<!-- model-gate -->\nplanted', { login: 'mallory', type: 'User' });
    for (let i = 0; i < 4; i++) f.addComment(7, `chatter ${i}`, { login: 'reviewer', type: 'User' });
    const o = octokit(f);

    const created = await o.rest.issues.createComment({ ...repo(f), issue_number: 7, body: '<!-- model-gate -->\nreport' });
    assert.equal(created.status, 201);
    assert.equal(created.data.user?.login, 'github-actions[bot]');
    assert.equal(created.data.user?.type, 'Bot');
    assert.equal(created.data.html_url, `${f.webUrl}/${f.owner}/${f.repo}/pull/7#issuecomment-${created.data.id}`);

    const all = await o.paginate(o.rest.issues.listComments, { ...repo(f), issue_number: 7, per_page: 2 });
    assert.deepEqual(all.map((c) => c.id), f.comments(7).map((c) => c.id));
    assert.equal(all.length, 6);

    const edited = await o.rest.issues.updateComment({ ...repo(f), comment_id: created.data.id, body: '<!-- model-gate -->\nreport v2' });
    assert.equal(edited.data.body, '<!-- model-gate -->\nreport v2');
    assert.notEqual(edited.data.updated_at, created.data.updated_at);
    // Write access edits anyone's comment ("Managing disruptive comments"); a read-only token edits none.
    const fork = octokit(f, TOKENS.forkReadOnly);
    const readOnlyEdit = await failure(fork.rest.issues.updateComment({ ...repo(f), comment_id: planted.id, body: 'hijack' }));
    assert.equal(readOnlyEdit.status, 403);
    assert.equal((await failure(fork.rest.issues.deleteComment({ ...repo(f), comment_id: planted.id }))).status, 403);
    assert.equal(f.comments(7)[0]?.body, planted.body);
    const moderated = await o.rest.issues.updateComment({ ...repo(f), comment_id: planted.id, body: '<!-- model-gate -->\nplanted (edited by a maintainer)' });
    assert.equal(moderated.data.user?.login, 'mallory', 'the author stays the author');
    await o.rest.issues.updateComment({ ...repo(f), comment_id: planted.id, body: planted.body });

    const refused = await failure(fork.rest.issues.createComment({ ...repo(f), issue_number: 7, body: 'x' }));
    assert.equal(refused.status, 403);
    assert.equal((refused.data as { message: string }).message, 'Resource not accessible by integration');
    assert.equal((await fork.rest.issues.listComments({ ...repo(f), issue_number: 7 })).data.length, 6);

    const long = await failure(o.rest.issues.createComment({ ...repo(f), issue_number: 7, body: 'x'.repeat(MAX_COMMENT_LENGTH + 1) }));
    assert.equal(long.status, 422);
    assert.deepEqual((long.data as { errors: unknown[] }).errors, [{ resource: 'IssueComment', code: 'unprocessable', field: 'data', message: 'Body is too long (maximum is 65536 characters)' }]);
    await o.rest.issues.createComment({ ...repo(f), issue_number: 7, body: 'x'.repeat(MAX_COMMENT_LENGTH) });

    assert.equal((await failure(o.rest.issues.createComment({ ...repo(f), issue_number: 8, body: 'x' }))).status, 404);
    assert.equal((await o.rest.issues.deleteComment({ ...repo(f), comment_id: created.data.id })).status, 204);
    assert.equal(f.comments(7).length, 6);
    f.assertNoViolations();
  });

  test('authentication: token and Bearer accepted, unknown token 401, /user refused to an installation token', async () => {
    const f = await fake();
    assert.equal((await api(f, '/user', { headers: { authorization: `Bearer ${TOKENS.user}` }, token: null })).status, 200);
    const me = await octokit(f, TOKENS.user).rest.users.getAuthenticated();
    assert.equal(me.data.login, 'model-gate-maintainer');
    const actions = await failure(octokit(f).rest.users.getAuthenticated());
    assert.equal(actions.status, 403);
    assert.equal((actions.data as { message: string }).message, 'Resource not accessible by integration');
    const bad = await failure(octokit(f, 'ghs_notATokenTheFakeKnows000000000000000').rest.repos.listReleases(repo(f)));
    assert.equal(bad.status, 401);
    assert.equal((bad.data as { message: string }).message, 'Bad credentials');
    assert.equal((await api(f, '/user', { token: null })).status, 401);
    assert.equal((await api(f, `/repos/${f.owner}/${f.repo}/releases`, { token: null })).headers.get('x-ratelimit-limit'), '60');
    const anonymousWrite = await api(f, `/repos/${f.owner}/${f.repo}/releases`, { token: null, method: 'POST', body: JSON.stringify({ tag_name: 'v9' }), headers: { 'content-type': 'application/json' } });
    assert.equal(anonymousWrite.status, 401);
    f.assertNoViolations();
  });

  test('pull requests by head SHA and by number, in GitHub shapes pointing at the fake', async () => {
    const f = await fake();
    const sha = 'c0ffee'.padEnd(40, '0');
    f.addPull({ number: 12, head_sha: sha });
    f.addPull({ number: 13, head_sha: 'b'.repeat(40), state: 'closed' });
    const o = octokit(f);
    const found = await o.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo(f), commit_sha: sha });
    assert.deepEqual(found.data.map((p) => p.number), [12]);
    assert.equal(found.data[0]?.head.sha, sha);
    assert.equal(found.data[0]?.head.repo?.full_name, `${f.owner}/${f.repo}`);
    assert.equal(found.data[0]?.base.repo.full_name, `${f.owner}/${f.repo}`);
    assert.equal(found.data[0]?.url, `${f.apiUrl}/repos/${f.owner}/${f.repo}/pulls/12`);
    assert.equal((await o.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo(f), commit_sha: 'f'.repeat(40) })).data.length, 0);
    const pull = await o.rest.pulls.get({ ...repo(f), pull_number: 13 });
    assert.equal(pull.data.state, 'closed');
    assert.equal((await failure(o.rest.pulls.get({ ...repo(f), pull_number: 99 }))).status, 404);
    assert.doesNotMatch(JSON.stringify(found.data) + JSON.stringify(pull.data), /api\.github\.com|octocat\/Hello-World/);
    f.assertNoViolations();
  });

  test("a fork's head commit is not the base repository's: commits/{sha}/pulls is [], pulls?head=<fork owner>:<branch> finds it", async () => {
    // github.com: TooTallNate/nx.js#410 and retransmission/retransmission#280 checked the live API.
    const f = await fake();
    const sha = 'f0'.repeat(20);
    f.addPull({ number: 21, head_sha: sha, head_ref: 'fix', fork: true, user: { login: 'forker', type: 'User' } });
    f.addPull({ number: 22, head_sha: '1'.repeat(40), head_ref: 'fix' });
    f.addPull({ number: 23, head_sha: '2'.repeat(40), head_ref: 'fix', fork: true, user: { login: 'other', type: 'User' }, state: 'closed' });
    const o = octokit(f);
    assert.deepEqual((await o.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo(f), commit_sha: sha })).data, []);
    const byHead = async (head: string, state?: 'open' | 'closed' | 'all') => (await o.rest.pulls.list({ ...repo(f), head, ...(state ? { state } : {}) })).data.map((p) => p.number);
    assert.deepEqual(await byHead('forker:fix'), [21]);
    assert.deepEqual(await byHead('FORKER:fix'), [21], 'logins are case-insensitive');
    assert.deepEqual(await byHead(`${f.owner}:fix`), [22], "the base repository's own branch of that name");
    assert.deepEqual(await byHead('other:fix'), [], 'closed pull requests are not listed by default');
    assert.deepEqual(await byHead('other:fix', 'all'), [23]);
    assert.deepEqual(await byHead('forker:main'), []);
    const listed = (await o.rest.pulls.list({ ...repo(f), head: 'forker:fix' })).data[0]!;
    assert.equal(listed.head.sha, sha);
    assert.equal(listed.head.repo?.full_name, `forker/${f.repo}`);
    assert.equal(listed.head.label, 'forker:fix');
    f.assertNoViolations();
  });
});

describe('fake GitHub: requests checked against the OpenAPI description', () => {
  test('a malformed body is a violation and a 422', async () => {
    const f = await fake();
    f.addPull({ number: 7, head_sha: 'a'.repeat(40) });
    const bad = await failure(octokit(f).rest.issues.createComment({ ...repo(f), issue_number: 7, body: 42 as unknown as string }));
    assert.equal(bad.status, 422);
    assert.equal(f.violations.length, 1);
    assert.match(f.violations[0]!, /POST api:\/repos\/.+\/issues\/7\/comments: body at \/body must be string/);
    assert.equal(f.comments(7).length, 0);
    assert.throws(() => f.assertNoViolations(), /body at \/body must be string/);
  });

  test('unknown routes, methods, query parameters, misplaced uploads and properties are violations', async () => {
    const f = await fake();
    const release = f.addRelease({ tag_name: 'v1.0.0' });
    const base = `/repos/${f.owner}/${f.repo}`;
    // Sent one at a time, so violations come in the order of the cases.
    const cases: Array<[string, () => Promise<Response>, number, RegExp]> = [
      ['unknown route', () => api(f, `${base}/releases/${release.id}/nonsense`), 404, /no path of GitHub's REST description matches/],
      ['unknown method', () => api(f, `${base}/releases/${release.id}`, { method: 'PUT' }), 404, /PUT is not an operation of \/repos\/\{owner\}\/\{repo\}\/releases\/\{release_id\}/],
      ['wrong parameter type', () => api(f, `${base}/releases/latest-ish`), 422, /path parameter release_id must be integer/],
      ['unknown query parameter', () => api(f, `${base}/releases?perPage=5`), 422, /unknown query parameter perPage/],
      ['query type', () => api(f, `${base}/releases?per_page=lots`), 422, /query parameter per_page must be integer/],
      ['upload sent to the api host', () => api(f, `${base}/releases/${release.id}/assets?name=x`, { method: 'POST', body: 'x', headers: { 'content-type': 'application/zstd' } }), 404, /served from https:\/\/uploads\.github\.com/],
      ['typo in a body property', () => api(f, `${base}/releases/${release.id}`, { method: 'PATCH', body: JSON.stringify({ draf: false }), headers: { 'content-type': 'application/json' } }), 422, /must NOT have additional properties \(draf\)/],
      ['not JSON', () => api(f, `${base}/releases`, { method: 'POST', body: '{tag', headers: { 'content-type': 'application/json' } }), 400, /not valid JSON/],
      ['octet-stream where none is served', () => api(f, `${base}/releases/${release.id}`, { headers: { accept: 'application/octet-stream' } }), 415, /Accept application\/octet-stream is not a media type repos\/get-release serves/],
      ['unknown API version', () => api(f, `${base}/releases`, { headers: { 'x-github-api-version': '2020-01-01' } }), 400, /X-GitHub-Api-Version 2020-01-01/],
      ['described but not implemented', () => api(f, `${base}/issues/3`), 404, /issues\/get is in GitHub's description but the fake does not implement it/],
    ];
    for (const [label, send, status] of cases) {
      const r = await send();
      assert.equal(r.status, status, label);
      const body = (await r.json()) as { message: string };
      assert.match(body.message, /fake-github/, label);
    }
    assert.equal(f.violations.length, cases.length);
    cases.forEach(([label, , , reason], i) => assert.match(f.violations[i]!, reason, label));
    assert.equal(f.release('v1.0.0')?.draft, false, 'a refused request changes nothing');
  });

  test('findings never show a token, even one sent in the query string', async () => {
    const f = await fake();
    const r = await api(f, `/repos/${f.owner}/${f.repo}/releases?access_token=${TOKENS.user}`);
    assert.equal(r.status, 422);
    assert.doesNotMatch(await r.text(), /ghp_/);
    assert.match(f.violations[0] ?? '', /access_token=\*\*\*/);
    assert.ok(!f.violations.join('\n').includes(TOKENS.user));
  });

  test('an upload without Content-Length (chunked) is a violation', async () => {
    const f = await fake();
    const release = f.addRelease({ tag_name: 'v1.0.0' });
    const r = await fetch(`${f.uploadsUrl}/repos/${f.owner}/${f.repo}/releases/${release.id}/assets?name=a.zst`, {
      method: 'POST',
      headers: { authorization: `token ${TOKENS.actions}`, 'content-type': 'application/zstd' },
      body: Readable.toWeb(Readable.from([Buffer.from('abc')])) as ReadableStream,
      duplex: 'half',
    } as RequestInit);
    assert.equal(r.status, 411);
    assert.match(f.violations[0] ?? '', /Content-Length/);
    assert.equal(f.release('v1.0.0')?.assets.length, 0);
  });
});

describe('fake GitHub: faults', () => {
  test('a fault fires the given number of times, in order, then clears', async () => {
    const f = await fake();
    f.addRelease({ tag_name: 'v1.0.0' });
    const path = `/repos/${f.owner}/${f.repo}/releases/latest`;
    f.inject(faults.rateLimited(7, { path: /\/releases\/latest$/ }));
    f.inject({ kind: 'status', status: 502, times: 2 });
    assert.equal(f.pendingFaults, 2);

    const limited = await api(f, path);
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '7');
    assert.equal(limited.headers.get('x-ratelimit-remaining'), '0');
    assert.equal((await api(f, path)).status, 502);
    assert.equal((await api(f, `/repos/${f.owner}/${f.repo}/releases`)).status, 502);
    assert.equal(f.pendingFaults, 0);
    assert.equal((await api(f, path)).status, 200);
    f.assertNoViolations();
  });

  test('secondary rate limit: 403, retry-after and the documented message', async () => {
    const f = await fake();
    f.inject(faults.secondaryRateLimit(3));
    const r = await api(f, `/repos/${f.owner}/${f.repo}/releases`);
    assert.equal(r.status, 403);
    assert.equal(r.headers.get('retry-after'), '3');
    assert.match(((await r.json()) as { message: string }).message, /^You have exceeded a secondary rate limit/);
  });

  test("Octokit's throttling and retry plugins recognise the faults and get through", async () => {
    const f = await fake();
    f.addRelease({ tag_name: 'v1.0.0' });
    const seen: string[] = [];
    const o = getOctokit(
      TOKENS.actions,
      {
        baseUrl: f.apiUrl,
        throttle: {
          retryAfterBaseValue: 5,
          onRateLimit: (after: number) => (seen.push(`primary ${after}`), true),
          onSecondaryRateLimit: (after: number) => (seen.push(`secondary ${after}`), true),
        },
        // plugin-retry retries a 429 itself (without the wait GitHub asks for) unless told not to; then throttling does.
        retry: { retryAfterBaseValue: 5, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      },
      retry,
      throttling,
    );
    f.inject(faults.secondaryRateLimit(2));
    f.inject(faults.rateLimited(1));
    f.inject(faults.status(502));
    f.inject(faults.reset());
    const latest = await o.rest.repos.getLatestRelease(repo(f));
    assert.equal(latest.data.tag_name, 'v1.0.0');
    assert.deepEqual(seen.slice(0, 1), ['secondary 2']);
    assert.match(seen[1] ?? '', /^primary \d$/);
    assert.deepEqual(f.requests.map((r) => r.status), [403, 429, 502, 0, 200]);
    f.assertNoViolations();
  });

  test('an aborted upload answers 502 and leaves a starter asset that blocks the name until deleted', async () => {
    const f = await fake();
    const release = f.addRelease({ tag_name: 'v1.0.0' });
    const o = octokit(f);
    const upload = () => o.rest.repos.uploadReleaseAsset({ ...repo(f), release_id: release.id, name: 'iris.onnx.zst', data: 'frame' as string, baseUrl: f.uploadsUrl, headers: { 'content-type': 'application/zstd' } });
    f.inject(faults.abortUpload());
    assert.equal((await failure(upload())).status, 502);
    const [starter] = (await o.rest.repos.listReleaseAssets({ ...repo(f), release_id: release.id })).data;
    assert.equal(starter?.state as string, 'starter');
    assert.equal(starter?.size, 0);
    const blocked = await failure(upload());
    assert.equal(blocked.status, 422);
    await o.rest.repos.deleteReleaseAsset({ ...repo(f), asset_id: starter!.id });
    assert.equal((await upload()).data.state, 'uploaded');
    f.assertNoViolations();
  });

  test('a reset closes the connection without an answer', async () => {
    const f = await fake();
    f.inject(faults.reset({ host: 'api' }));
    await assert.rejects(api(f, `/repos/${f.owner}/${f.repo}/releases`), /fetch failed/);
    assert.equal(f.requests[0]?.status, 0);
    assert.equal((await api(f, `/repos/${f.owner}/${f.repo}/releases`)).status, 200);
  });
});

describe('fake GitHub: webhook payloads', () => {
  test("GitHub's pull_request example, moved to the fake, registers its pull request", async () => {
    const f = await fake();
    const payload = webhookPayload('pull_request', 'opened', f, { number: 5, pull_request: { number: 5, head: { sha: 'd'.repeat(40) } } }) as {
      action: string; number: number; repository: { full_name: string; name: string; owner: { login: string }; url: string };
      pull_request: { head: { sha: string; ref: string }; base: { repo: { full_name: string } } };
    };
    assert.equal(payload.action, 'opened');
    assert.equal(payload.repository.full_name, `${f.owner}/${f.repo}`);
    assert.equal(payload.repository.name, f.repo);
    assert.equal(payload.repository.owner.login, f.owner);
    assert.equal(payload.repository.url, `${f.apiUrl}/repos/${f.owner}/${f.repo}`);
    assert.equal(payload.pull_request.base.repo.full_name, `${f.owner}/${f.repo}`);
    assert.doesNotMatch(JSON.stringify(payload.repository), /api\.github\.com|Codertocat/);
    assert.equal(f.pull(5)?.head_sha, 'd'.repeat(40));
    assert.equal(f.pull(5)?.head_ref, payload.pull_request.head.ref);
    const found = await octokit(f).rest.repos.listPullRequestsAssociatedWithCommit({ ...repo(f), commit_sha: 'd'.repeat(40) });
    assert.deepEqual(found.data.map((p) => p.number), [5]);
  });

  test('push, release and workflow_run examples; an action GitHub has no example of is an error', async () => {
    const f = await fake();
    const push = webhookPayload('push', null, f, { ref: 'refs/tags/v2.0.0' }) as { ref: string; repository: { full_name: string } };
    assert.equal(push.ref, 'refs/tags/v2.0.0');
    assert.equal(push.repository.full_name, `${f.owner}/${f.repo}`);
    f.addRelease({ tag_name: 'v2.0.0' });
    const release = webhookPayload('release', 'published', f, { release: f.releaseJson('v2.0.0') }) as { release: { tag_name: string; upload_url: string } };
    assert.equal(release.release.tag_name, 'v2.0.0');
    assert.ok(release.release.upload_url.startsWith(f.uploadsUrl));
    const run = webhookPayload('workflow_run', 'completed', f) as { repository: { full_name: string }; organization?: { login: string } };
    assert.equal(run.repository.full_name, `${f.owner}/${f.repo}`);
    if (run.organization) assert.equal(run.organization.login, f.owner);
    assert.throws(() => webhookPayload('release', 'exploded', f), /no release example with action exploded/);
  });

  test('workflow_run about a pull request: pull_requests lists a same-repository one, is [] for a fork; head repository and branch as GitHub sends them', async () => {
    const f = await fake();
    f.addPull({ number: 31, head_sha: '3'.repeat(40), head_ref: 'same' });
    f.addPull({ number: 32, head_sha: '4'.repeat(40), head_ref: 'forked', fork: true, user: { login: 'forker', type: 'User' } });
    type Run = { repository: { id: number }; workflow_run: { head_sha: string; head_branch: string; event: string; head_repository: { full_name: string; owner: { login: string }; fork: boolean }; pull_requests: Array<{ number: number; head: { sha: string }; base: { repo: { id: number } } }> } };
    const same = webhookPayload('workflow_run', 'completed', f, { workflow_run: { head_sha: '3'.repeat(40) } }) as unknown as Run;
    assert.equal(same.workflow_run.event, 'pull_request');
    assert.equal(same.workflow_run.head_branch, 'same');
    assert.equal(same.workflow_run.head_repository.full_name, `${f.owner}/${f.repo}`);
    assert.deepEqual(same.workflow_run.pull_requests.map((p) => [p.number, p.head.sha, p.base.repo.id]), [[31, '3'.repeat(40), f.repositoryId]]);
    assert.equal(same.repository.id, f.repositoryId);
    const fork = webhookPayload('workflow_run', 'completed', f, { workflow_run: { head_sha: '4'.repeat(40) } }) as unknown as Run;
    assert.deepEqual(fork.workflow_run.pull_requests, []);
    assert.equal(fork.workflow_run.head_branch, 'forked');
    assert.equal(fork.workflow_run.head_repository.owner.login, 'forker');
    assert.equal(fork.workflow_run.head_repository.full_name, `forker/${f.repo}`);
    assert.equal(fork.workflow_run.head_repository.fork, true);
    const forged = webhookPayload('workflow_run', 'completed', f, { workflow_run: { head_sha: '4'.repeat(40), head_branch: 'same' } }) as unknown as Run;
    assert.equal(forged.workflow_run.head_branch, 'same', 'overrides win, so a test can forge the payload');
  });
});
