/**
 * The one renderer of option documentation (STYLE.md rule 6): hover and completion both show an option
 * or one of its values through these two functions, so the two can never drift apart. Everything shown
 * comes from the catalog record; nothing here knows about a particular option.
 */
import { MarkupKind, type MarkupContent } from 'vscode-languageserver-types';
import type { Direction, EnumValue, OptionEntry, SectionScope, ValueKind } from '../data/catalogTypes';
import { channelProfile } from '../dialects/channel';
import type { FileDialect } from '../dialect';

/** Which way the option acts, always told from Asterisk's side (the project's central idea). */
const DIRECTION_TEXT: Record<Direction, string | undefined> = {
  inbound: '**Inbound**: acts on calls and registrations that come to us (the user side).',
  outbound: '**Outbound**: acts on calls we place and registrations we send (the peer side).',
  both: '**Both directions**: acts on calls that come to us and on calls we place.',
  none: undefined,
};

const VALUE_KIND_TEXT: Record<ValueKind, string> = {
  bool: '`yes` or `no`',
  enum: 'one of the listed words',
  enumList: 'a comma-separated list of the listed words',
  int: 'a whole number',
  codecList: 'codec names separated by commas (`all` for every codec)',
  acl: 'addresses with optional masks, `address[/mask]`, several separated by commas',
  aclName: 'the name of an ACL defined in acl.conf',
  host: 'a host name or IP address',
  hostPort: 'a host name or IP address, optionally followed by `:port`',
  addr: 'an IP address, optionally followed by `:port`',
  port: 'a port number (1-65535)',
  context: 'the name of a context in extensions.conf',
  register: 'a registration line (see the format below)',
  auth: '`user:secret@realm` or `user#md5secret@realm`',
  tos: 'a DiffServ name (such as `ef`, `cs3`, `af41`) or a number',
  cos: 'a priority from 0 to 7',
  path: 'a file or directory path',
  secret: 'a password (never shown by this extension)',
  text: 'free text',
};

function scopeText(scope: SectionScope, dialect: FileDialect): string {
  switch (scope) {
    case 'general':
      return '`[general]`';
    case 'device':
      return 'device sections (`type=user`, `peer` or `friend`)';
    case 'user':
      return channelProfile(dialect)?.splitsDeviceScopes ? 'users (`type=user` or `friend`)' : 'users';
    case 'peer':
      return channelProfile(dialect)?.splitsDeviceScopes ? 'peers (`type=peer` or `friend`)' : 'peers';
    case 'authentication':
      return '`[authentication]`';
    case 'callnumberlimits':
      return '`[callnumberlimits]`';
  }
}

function valueKindText(option: OptionEntry, dialect: FileDialect): string {
  let text = VALUE_KIND_TEXT[option.kind];
  if (option.kind === 'int') {
    if (option.alsoAllowed?.length) text += `: ${option.alsoAllowed.join(', ')}, or`;
    if (option.min !== undefined && option.max !== undefined) text += ` from ${option.min} to ${option.max}`;
    else if (option.min !== undefined) text += `, at least ${option.min}`;
    else if (option.max !== undefined) text += `, at most ${option.max}`;
  }
  if (option.unit && (option.kind === 'int' || option.kind === 'enum')) text += ` (${option.unit})`;
  const profile = channelProfile(dialect);
  if (option.kind === 'register' && profile) text = profile.registerFormat;
  if (option.kind === 'host' && option.name === 'host') text += ', or `dynamic`';
  return text;
}

/** The replacement, written as an option name in code when it is one word, as prose otherwise. */
function replacementText(replacement: string): string {
  return /^[\w,!-]+$/.test(replacement) ? `\`${replacement}\`` : replacement;
}

/** An alias, flagged when Asterisk reads it only for compatibility. */
function aliasText(option: OptionEntry, alias: string): string {
  const replacement = option.deprecatedAliases?.[alias.toLowerCase()];
  return replacement ? `\`${alias}\` (deprecated: write ${replacementText(replacement)})` : `\`${alias}\``;
}

function valueLine(value: EnumValue): string {
  const deprecated = value.deprecatedBy ? ` *(deprecated: use ${replacementText(value.deprecatedBy)})*` : '';
  return `- \`${value.value}\`: ${value.description}${deprecated}`;
}

/** What the renderer reads of any catalog's option: sip/iax `OptionEntry`, pjsip `PjsipOptionEntry`. */
export type DocumentedOption = Pick<OptionEntry, 'name' | 'description' | 'direction' | 'values' | 'default' | 'deprecatedBy' | 'repeatable' | 'accumulates'> & {
  readonly kind: string;
};

/** The catalog-specific lines of an option's documentation, worded by its dialect. */
export interface OptionDocFacts {
  /** What the value is, when the option has no listed values. */
  readonly valueText: string;
  /** Where the option is valid, shown right after the default. */
  readonly validIn?: string;
  /** Further facts (aliases, versions, ...), one per line, after the repetition notes. */
  readonly notes?: readonly string[];
}

/** Markdown documentation of any catalog's option: what it does, its direction, its values, default, then the dialect's facts. */
export function renderDocumentation(option: DocumentedOption, extra: OptionDocFacts): MarkupContent {
  const parts: string[] = [];
  if (option.deprecatedBy) parts.push(`**Deprecated**: use ${replacementText(option.deprecatedBy)} instead.`);
  parts.push(option.description);
  const direction = DIRECTION_TEXT[option.direction];
  if (direction) parts.push(direction);
  if (option.values && option.values.length > 0) {
    const intro = option.kind === 'enumList' ? 'Values (several, separated by commas):' : 'Values:';
    parts.push([intro, ...option.values.map(valueLine)].join('\n'));
  } else {
    parts.push(`Value: ${extra.valueText}.`);
  }
  const facts: string[] = [];
  if (option.default !== undefined && option.kind !== 'secret') facts.push(`Default: \`${option.default}\``);
  if (extra.validIn) facts.push(`Valid in: ${extra.validIn}`);
  if (option.repeatable) facts.push('May be given several times; every line counts.');
  if (option.accumulates) facts.push(`Several lines add up: ${option.accumulates.note}`);
  facts.push(...(extra.notes ?? []));
  if (facts.length > 0) parts.push(facts.join('  \n'));
  return { kind: MarkupKind.Markdown, value: parts.join('\n\n') };
}

/** Markdown documentation of an option: what it does, its direction, its values, default, sections, deprecation. */
export function renderOptionDocumentation(option: OptionEntry, dialect: FileDialect): MarkupContent {
  const notes: string[] = [];
  if (option.aliases && option.aliases.length > 0) notes.push(`Also written: ${option.aliases.map((alias) => aliasText(option, alias)).join(', ')}`);
  if (option.realtimeOnly) notes.push('Only honoured for realtime entries; ignored in a file.');
  const validIn = option.sections.length > 0 ? option.sections.map((scope) => scopeText(scope, dialect)).join(', ') : undefined;
  return renderDocumentation(option, { valueText: valueKindText(option, dialect), ...(validIn ? { validIn } : {}), notes });
}

/** Markdown documentation of one value of an enumerated option, with the option it belongs to. */
// `_dialect` keeps the signature symmetric with renderOptionDocumentation; value texts are dialect-specific already.
export function renderValueDocumentation(option: DocumentedOption, value: EnumValue, _dialect: FileDialect): MarkupContent {
  const parts: string[] = [`\`${option.name}=${value.value}\``];
  if (value.deprecatedBy) parts.push(`**Deprecated**: use ${replacementText(value.deprecatedBy)} instead.`);
  parts.push(value.description);
  // For an option acting both ways (type=, ...) each value's own text says which way it goes.
  const direction = option.direction === 'both' ? undefined : DIRECTION_TEXT[option.direction];
  if (direction) parts.push(direction);
  if (option.default !== undefined && option.kind !== 'secret') {
    parts.push(option.default === value.value ? 'This is the default.' : `Default: \`${option.default}\``);
  }
  return { kind: MarkupKind.Markdown, value: parts.join('\n\n') };
}
