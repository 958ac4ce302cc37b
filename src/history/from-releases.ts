// The history from GitHub: the releases' reports fetched (github/releases.ts) and chained onto this run's report
// (history.ts). Shared by both front doors, which call it when `history` is above 0 and a GitHub client is at hand.
import { releaseReports } from '../github/releases.js';
import type { GitHubClient } from '../github/client.js';
import type { Config } from '../inputs/config.js';
import type { Report } from '../report/schema.js';
import { applyHistory } from './history.js';

export async function addReleaseHistory(
  report: Report,
  github: GitHubClient,
  options: { config: Config; currentTag: string | null; includePrereleases: boolean; scratch: string; log: (line: string) => void },
): Promise<void> {
  const { history } = options.config;
  const { releases, older } = await releaseReports(github, { count: history.releases, currentTag: options.currentTag, includePrereleases: options.includePrereleases, dir: options.scratch });
  applyHistory(report, releases, older, history);
  const read = releases.filter((r) => r.report !== null).length;
  options.log(`history: ${releases.length} release${releases.length === 1 ? '' : 's'} back, ${read} report${read === 1 ? '' : 's'} read${read < releases.length ? `, ${releases.length - read} without a usable one` : ''}`);
}
