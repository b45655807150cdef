/**
 * Snippets offered by completion: the `register =>` statement in the grammar of each dialect, and
 * skeletons of the sections people write most. The texts belong to each channel driver
 * (dialects/<dialect>/snippets.ts, offered through its profile: `registerSnippet`, `skeletons`); this file
 * holds their shape and fills a skeleton's context placeholder.
 */
export interface SectionSkeleton {
  /** Short label shown in the list. */
  readonly label: string;
  /** One line saying what the skeleton sets up. */
  readonly detail: string;
  /** Markdown shown beside the item: the direction of each part. */
  readonly documentation: string;
  /** Snippet text; `${CONTEXT}` is replaced by a context placeholder (a choice when the dialplan is known). */
  readonly body: string;
  /** The tab stop of the context placeholder, and the name suggested when no dialplan is known. */
  readonly contextTabStop: number;
  readonly contextName: string;
}

/** Escapes text for a snippet choice (`${1|a,b|}`), where `,`, `|`, `$`, `}` and `\` are special. */
function escapeChoice(text: string): string {
  return text.replace(/[\\,|$}]/g, (character) => `\\${character}`);
}

/** The skeleton's text with its context placeholder filled: a choice of known contexts, or a name to type. */
export function skeletonText(skeleton: SectionSkeleton, contexts: readonly string[]): string {
  const tabStop = skeleton.contextTabStop;
  const choices = contexts.slice(0, 20).map(escapeChoice);
  const placeholder = choices.length > 0 ? `\${${tabStop}|${choices.join(',')}|}` : `\${${tabStop}:${skeleton.contextName}}`;
  return skeleton.body.split('${CONTEXT}').join(placeholder);
}
