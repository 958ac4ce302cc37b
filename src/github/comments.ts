// One sticky pull-request comment per pull request and comment key: found again by a hidden marker *and* by its author,
// so a marker planted by someone else is never edited; updated in place, never posted twice. The marker depends on the
// comment key alone, so the measuring workflow and the fork-safe publisher (README workflows 1 and 3, two workflows
// with different names) update the same comment.
import { createHash } from 'node:crypto';
import type { CommentMode } from '../modes.js';
import { type GitHubClient, statusOf } from './client.js';


/** GitHub refuses comment bodies longer than this. */
export const MAX_COMMENT_LENGTH = 65_536;

/** The hidden marker of the sticky comment for `key`, e.g. `<!-- model-gate comment-key: default -->`. */
export function markerFor(key: string): string {
  return `<!-- model-gate comment-key: ${safeKey(key)} -->`;
}

function safeKey(key: string): string {
  return key.replace(/[^A-Za-z0-9._/-]/g, '_').slice(0, 100);
}

/**
 * The marker model-gate wrote before the key alone decided it: `<!-- model-gate:<workflow name>/<key> -->` (both parts
 * reduced to [A-Za-z0-9._/-], runs of - collapsed). A comment carrying one for this key is adopted, and rewritten with
 * the current marker on its next update, so a pull request open across the upgrade keeps one comment. The workflow part
 * may not hold a slash, so the key "default" never adopts the marker of the key "gpu/default".
 */
export function legacyMarkerPattern(key: string): RegExp {
  const old = key.replace(/[^A-Za-z0-9._/-]/g, '_').replace(/-{2,}/g, '-');
  return new RegExp(`<!-- model-gate:[A-Za-z0-9._-]+/${old.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} -->`);
}

interface Comment {
  id: number;
  body?: string;
  user: { login: string } | null;
}

interface StickyRequest {
  issue: number;
  /** The rendered report, without the marker. */
  body: string;
  key: string;
  mode: CommentMode;
  /** Whether the verdict is warn or fail: `on-regression` comments only then (or updates an earlier comment). */
  regression: boolean;
  /** Where the full report is, for a body that had to be trimmed. */
  fullReportUrl: string | null;
}

type StickyOutcome = { action: 'created' | 'updated'; id: number } | { action: 'skipped'; reason: string } | { action: 'refused'; reason: string };

/** The login the token comments as. An Actions GITHUB_TOKEN may not read /user; it comments as github-actions[bot]. */
export async function tokenLogin(client: GitHubClient, override: string | null): Promise<string> {
  if (override) return override;
  try {
    return (await client.octokit.rest.users.getAuthenticated()).data.login;
  } catch (error) {
    if (statusOf(error) === 403 || statusOf(error) === 401) return 'github-actions[bot]';
    throw error;
  }
}

export async function upsertStickyComment(client: GitHubClient, request: StickyRequest, author: string): Promise<StickyOutcome> {
  if (request.mode === 'never') return { action: 'skipped', reason: "comment mode is 'never'" };
  const marker = markerFor(request.key);
  const body = withMarker(trimBody(request.body, request.fullReportUrl, marker.length), marker, request.body);
  const comments = (await client.octokit.paginate(client.octokit.rest.issues.listComments, { ...client.repo, issue_number: request.issue, per_page: 100 })) as Comment[];
  const ours = comments.filter((c) => c.user?.login === author);
  const legacy = legacyMarkerPattern(request.key);
  const mine = ours.find((c) => (c.body ?? '').includes(marker)) ?? ours.find((c) => legacy.test(c.body ?? ''));
  if (!mine && request.mode === 'on-regression' && !request.regression) return { action: 'skipped', reason: 'no regression and no earlier comment to update' };
  if (mine && request.mode === 'on-change' && (mine.body ?? '').includes(digestTag(request.body))) {
    return { action: 'skipped', reason: 'the report has not changed since the last comment' };
  }
  try {
    if (mine) {
      await client.octokit.rest.issues.updateComment({ ...client.repo, comment_id: mine.id, body });
      return { action: 'updated', id: mine.id };
    }
    const created = await client.octokit.rest.issues.createComment({ ...client.repo, issue_number: request.issue, body });
    return { action: 'created', id: created.data.id };
  } catch (error) {
    // A pull request from a fork gets a read-only token: say so, and let the verdict alone decide the job.
    if (statusOf(error) === 403) return { action: 'refused', reason: 'the token may not comment (a pull request from a fork has a read-only token; see the fork-safe recipe in the README)' };
    throw error;
  }
}

/** The marker and a digest of the report go last, so `on-change` can tell whether anything changed. */
function withMarker(body: string, marker: string, original: string): string {
  return `${body}\n${marker}\n${digestTag(original)}\n`;
}

function digestTag(body: string): string {
  return `<!-- model-gate-digest:${createHash('sha256').update(body).digest('hex').slice(0, 16)} -->`;
}

/**
 * A body over GitHub's limit loses its tail — the details come last, so the verdict and table stay — and says where
 * the whole report is. An open <details> is closed so the rest of the page still renders.
 */
export function trimBody(body: string, fullReportUrl: string | null, reserve: number): string {
  const limit = MAX_COMMENT_LENGTH - reserve - 200;
  if (body.length <= limit) return body;
  const pointer = `\n\n… the report is longer than a comment can hold; the whole report is in the job summary${fullReportUrl ? `: ${fullReportUrl}` : ''}.`;
  let cut = body.slice(0, limit - pointer.length - 20);
  cut = cut.slice(0, Math.max(cut.lastIndexOf('\n'), 0));
  if (cut.lastIndexOf('<details>') > cut.lastIndexOf('</details>')) cut += '\n</details>';
  return cut + pointer;
}
