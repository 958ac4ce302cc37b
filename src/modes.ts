// The modes the action and its comment run in, each declared once as a list with its type derived from it: the settings
// table parses them (inputs/settings.ts), the front door and the comment stage (github/comments.ts) act on them.

/** What one step of the action does: gate models, publish a report's comment (fork-safe), or merge a matrix's shards. */
export const ACTION_MODES = ['gate', 'publish-comment', 'merge'] as const;
export type ActionMode = (typeof ACTION_MODES)[number];

/** When the sticky pull-request comment is written. */
export const COMMENT_MODES = ['always', 'on-change', 'on-regression', 'never'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

/** When the pack and report are uploaded to the current release. */
export const RELEASE_UPLOADS = ['auto', 'always', 'never'] as const;

/**
 * How the two sides of a comparison share the machine: both side processes stay up and rounds alternate between them, or
 * each round is a block of its own in a fresh process (bench/sides.ts); `auto` decides by the models' sizes.
 */
export const SIDE_RUN_MODES = ['alternating', 'blocks'] as const;
export type SideMode = (typeof SIDE_RUN_MODES)[number];
export const SIDE_MODES = ['auto', ...SIDE_RUN_MODES] as const;
export type SideModeSetting = (typeof SIDE_MODES)[number];
