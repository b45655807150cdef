/**
 * "Convert sip.conf to pjsip.conf" in the editor: the source action that offers it on a sip.conf (or a file
 * it includes), and the answer of the `asterisk/convertToPjsip` request the client's command sends. The
 * migration runs on the analysis's model, so includes, templates and `(+)` are resolved as for the
 * diagnostics; the client opens the text as a new untitled document and never writes a file.
 */
import { CodeActionKind, type CodeAction, type CodeActionContext } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import { migrateSipConf } from '../migrate/sipToPjsip';
import { channelProfile } from '../dialects/channel';

/** The client-side command the source action runs (registered in client/src/convertToPjsip.ts). */
export const CONVERT_TO_PJSIP_COMMAND = 'asterisk.convertToPjsip';
export const CONVERT_TO_PJSIP_KIND = `${CodeActionKind.Source}.convertToPjsip`;
export const CONVERT_TO_PJSIP_REQUEST = 'asterisk/convertToPjsip';

export interface ConvertedLine {
  readonly section: string;
  readonly option: string;
  readonly uri: string;
  /** 0-based, when the line is written in a file. */
  readonly line?: number;
  readonly reason: string;
}

export interface ConvertToPjsipResult {
  /** The root file migrated (the sip.conf that includes the document, or the document itself). */
  readonly rootUri: string;
  readonly text: string;
  /** The sip.conf sections that became endpoints, in source order. */
  readonly endpoints: readonly string[];
  readonly unmapped: readonly ConvertedLine[];
}

/** Whether `kind` is asked for by `only` (absent: everything; `source` asks for every source action). */
function wanted(kind: string, only: readonly string[] | undefined): boolean {
  return !only || only.some((prefix) => kind === prefix || kind.startsWith(`${prefix}.`));
}

export function getConvertToPjsipActions(analysis: Analysis, context: CodeActionContext): CodeAction[] {
  if (!channelProfile(analysis.dialect)?.convertsToPjsip || !wanted(CONVERT_TO_PJSIP_KIND, context.only)) return [];
  const title = 'Convert sip.conf to pjsip.conf (opens a new document)';
  return [{ title, kind: CONVERT_TO_PJSIP_KIND, command: { title, command: CONVERT_TO_PJSIP_COMMAND, arguments: [analysis.uri] } }];
}

/** The migration of the document's include tree; null for a document that is not sip. */
export function convertToPjsip(analysis: Analysis): ConvertToPjsipResult | null {
  if (!channelProfile(analysis.dialect)?.convertsToPjsip) return null;
  const result = migrateSipConf(analysis.model);
  return { rootUri: analysis.model.root.uri, text: result.text, endpoints: result.endpoints, unmapped: result.unmapped };
}
