/**
 * `migrate --endpoint NAME`: what one sip.conf endpoint becomes in pjsip.conf — its endpoint (and the pjsip
 * template it inherits), aor, auths, identify, the realm auths and registrations that answer or deliver
 * for it — cut out of the whole migration, so it reads exactly as in the full file.
 */
import type { MigrationResult, UnmappedItem } from './sipToPjsip';

export interface EndpointPreview {
  /** The name as the sip.conf writes it. */
  readonly name: string;
  readonly text: string;
  /** What of this endpoint was not carried over. */
  readonly unmapped: readonly UnmappedItem[];
  /** The pjsip objects (and the template) in `text`, in order. */
  readonly objects: readonly PreviewObject[];
}

export interface PreviewObject {
  readonly type: string;
  readonly name: string;
  readonly isTemplate: boolean;
}

const OBJECT_HEADER = /^\[([^\]\n]+)\](\([^)\n]*\))?\ntype=(\w+)$/gm;

/** Undefined when no migrated endpoint has that name (Asterisk compares section names case-insensitively). */
export function previewEndpoint(result: MigrationResult, wanted: string): EndpointPreview | undefined {
  const name = result.endpoints.find((endpoint) => endpoint.toLowerCase() === wanted.toLowerCase());
  if (name === undefined) return undefined;
  const pieces = result.pieces.filter((piece) => piece.sections?.includes(name)).map((piece) => piece.text);
  const intro = `; What [${name}] of sip.conf becomes in pjsip.conf (asterisk-conf migrate --endpoint; the full file has the transports too).`;
  const text = `${[intro, ...pieces].join('\n\n')}\n`;
  const objects = [...text.matchAll(OBJECT_HEADER)].map((match) => ({ type: match[3], name: match[1], isTemplate: match[2] === '(!)' }));
  return { name, text, unmapped: result.unmapped.filter((item) => item.section === name), objects };
}
