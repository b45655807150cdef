/**
 * pjsip.conf option documentation through the project's one renderer (features/optionDocs.ts): this
 * file only words what is pjsip's own — the value kinds, the object type an option belongs to, the
 * object type a reference names, the unit and the Asterisk version that brought the option in. Hover
 * and completion both call these two functions, so they show the same text.
 */
import type { MarkupContent } from 'vscode-languageserver-types';
import type { EnumValue } from '../../../data/catalogTypes';
import { renderDocumentation, renderValueDocumentation } from '../../../features/optionDocs';
import type { PjsipOptionEntry, PjsipValueKind } from '../types';

const KIND_TEXT: Readonly<Record<PjsipValueKind, string>> = {
  bool: '`yes` or `no`',
  enum: 'one of the listed words',
  enumList: 'a comma-separated list of the listed words',
  int: 'a whole number',
  decimal: 'a number (a fraction is allowed)',
  duration: 'a whole number',
  codecList: 'codec names separated by commas (`all` for every codec)',
  codecPrefs: '`prefer: …, operation: …, keep: …, transcode: …`, each part one of its words',
  acl: 'addresses with optional masks, `address[/mask]`, several separated by commas',
  aclName: 'the name of an ACL defined in acl.conf',
  address: 'an IP address or host name, optionally followed by `:port`',
  addressList: 'addresses or networks (`address[/mask]`), separated by commas',
  uri: 'a SIP URI such as `sip:user@host:port` (an address, not the name of an object)',
  reference: 'the name of an object',
  referenceList: 'names of objects, separated by commas',
  context: 'the name of a context in extensions.conf',
  path: 'a file or directory path',
  secret: 'a credential (never shown by this extension)',
  tos: 'a DiffServ name (such as `ef`, `cs3`, `af41`) or a number',
  cos: 'a priority from 0 to 7',
  group: 'group numbers and ranges, such as `1,3-5`',
  variable: '`name=value`',
  list: 'a comma-separated list',
  objectType: 'the kind of object this section is',
  text: 'free text',
};

const UNIT_TEXT: Readonly<Record<'s' | 'ms', string>> = { s: 'seconds', ms: 'milliseconds' };

function valueText(option: PjsipOptionEntry): string {
  let text = KIND_TEXT[option.kind];
  if (option.references) text += option.kind === 'referenceList' ? ` (each a \`type=${option.references}\` object)` : ` (a \`type=${option.references}\` object)`;
  if (option.unit) text += ` (${UNIT_TEXT[option.unit]})`;
  return text;
}

/** The entry as the renderer sees it: a secret never shows a default, whatever its kind. */
function rendered(option: PjsipOptionEntry): PjsipOptionEntry {
  return option.secret ? { ...option, kind: 'secret' } : option;
}

export function renderPjsipOptionDocumentation(option: PjsipOptionEntry): MarkupContent {
  const notes = option.since ? [`Since Asterisk ${option.since}`] : [];
  return renderDocumentation(rendered(option), { valueText: valueText(option), validIn: `\`type=${option.objectType}\` objects`, notes });
}

export function renderPjsipValueDocumentation(option: PjsipOptionEntry, value: EnumValue): MarkupContent {
  return renderValueDocumentation(rendered(option), value, 'generic');
}
