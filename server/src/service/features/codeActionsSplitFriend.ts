/**
 * The seed's "more granularity" advice as a refactoring: a `type=friend` section becomes a peer (we
 * call it) and a user (it calls us), each with the options of its direction (the catalog's
 * `direction`; options about no direction or both go to both).
 *
 * Naming: two sections of the same name merge in both drivers (asterisk-facts §1.6: the second one is
 * applied on top of the object the first built), so the user gets `<name>-in`. The peer keeps the
 * name, because what refers to a device by name is about calling it or its registration:
 * `Dial(SIP/name)`, the REGISTER's user name, mailbox subscriptions.
 */
import { CodeActionKind, type CodeAction, type Range } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import { sectionAtLine } from '../analysis';
import { lookupOption } from '../data/catalog';
import type { KeyValueNode } from '../parser/nodes';
import type { Section } from '../model/types';
import { lineBreakOf } from './codeActionEdits';
import { isChannelDialect } from '../data/catalogTypes';

type Side = 'peer' | 'user' | 'both';

/** What guards a REGISTER coming from a dynamic peer: it must stay with the peer too. */
const REGISTRATION_GUARDS: ReadonlySet<string> = new Set(['secret', 'md5secret', 'dbsecret', 'inkeys', 'permit', 'deny', 'acl', 'auth']);

function sideOf(analysis: Analysis, key: string, dynamic: boolean): Side {
  if (!isChannelDialect(analysis.dialect)) return 'both';
  const option = lookupOption(analysis.dialect, key);
  if (!option) return 'both';
  if (dynamic && REGISTRATION_GUARDS.has(option.name)) return 'both';
  // iax keeps user and peer options apart: an option only one of them parses goes there.
  const forUser = option.sections.includes('user');
  const forPeer = option.sections.includes('peer');
  if (forUser && !forPeer) return 'user';
  if (forPeer && !forUser) return 'peer';
  if (option.direction === 'inbound') return 'user';
  if (option.direction === 'outbound') return 'peer';
  return 'both';
}

function freeName(analysis: Analysis, base: string): string {
  for (let index = 1; ; index++) {
    const name = index === 1 ? `${base}-in` : `${base}-in${index}`;
    if (!analysis.model.sectionsByKey.has(name.toLowerCase())) return name;
  }
}

/** The friend section the range is in, when it can be split without touching anything else. */
function splittableFriend(analysis: Analysis, range: Range): Section | undefined {
  if (!isChannelDialect(analysis.dialect)) return undefined;
  const line = range.start.line;
  if (line < 0 || line >= analysis.document.lineCount) return undefined;
  const section = sectionAtLine(analysis, line);
  if (!section || section.kind !== 'endpoint' || section.header.isAppend) return undefined;
  // Offered where the decision is written: on the header or on the section's type line.
  const onType = section.entries.some((entry) => entry.line === line && entry.node.key.toLowerCase() === 'type');
  if (line !== section.headerLine && !onType) return undefined;
  const endpoint = analysis.model.endpointsByKey.get(section.key);
  if (endpoint?.section !== section || endpoint.type?.source.kind !== 'own' || endpoint.type.value.trim().toLowerCase() !== 'friend') return undefined;
  if ((analysis.model.sectionsByKey.get(section.key)?.length ?? 0) > 1) return undefined;
  if (section.entries.some((entry) => entry.uri !== analysis.uri)) return undefined;
  // A section that others inherit from would change under them.
  if (analysis.model.sections.some((other) => other.bases.includes(section))) return undefined;
  return section;
}

function withValue(text: string, node: KeyValueNode, value: string): string {
  return text.slice(0, node.valueSpan.start) + value + text.slice(node.valueSpan.end);
}

export function splitFriendActions(analysis: Analysis, range: Range): CodeAction[] {
  const section = splittableFriend(analysis, range);
  if (!section) return [];
  const { document } = analysis;
  const lastLine = section.entries.reduce((last, entry) => Math.max(last, entry.line), section.headerLine);
  const dynamic = section.entries.some((entry) => entry.node.key.toLowerCase() === 'host' && entry.node.value.trim().toLowerCase() === 'dynamic');
  const headerText = document.lineText(section.headerLine);
  const userName = freeName(analysis, section.name);
  const peerLines = [headerText];
  const userLines = [headerText.slice(0, section.header.nameSpan.start) + userName + headerText.slice(section.header.nameSpan.end)];
  let pending: string[] = [];
  for (let line = section.headerLine + 1; line <= lastLine; line++) {
    const node = document.line(line);
    const text = document.lineText(line);
    if (node.kind === 'directive') return [];
    if (node.kind !== 'keyValue') {
      pending.push(text);
      continue;
    }
    // Comments above a line travel with it.
    const isType = node.key.toLowerCase() === 'type';
    const side = isType ? 'both' : sideOf(analysis, node.key, dynamic);
    if (side !== 'user') peerLines.push(...pending, isType ? withValue(text, node, 'peer') : text);
    if (side !== 'peer') userLines.push(...pending, isType ? withValue(text, node, 'user') : text);
    pending = [];
  }
  const lineBreak = lineBreakOf(document);
  const newText = [...peerLines, '', ...userLines].join(lineBreak);
  const edit = { range: { start: { line: section.headerLine, character: 0 }, end: { line: lastLine, character: document.lineText(lastLine).length } }, newText };
  return [
    {
      title: `Split friend [${section.name}] into peer [${section.name}] (we call it) and user [${userName}] (it calls us); sections of one name would merge`,
      kind: CodeActionKind.RefactorRewrite,
      edit: { changes: { [analysis.uri]: [edit] } },
    },
  ];
}
