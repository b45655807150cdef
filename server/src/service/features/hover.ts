/**
 * Hover (issue #4): an endpoint's direction in plain words, its effective options with where each came
 * from, register statements part by part, option docs from the catalog (through the one renderer
 * completion also uses), and what an `#include` resolved to. Everything is read from the model.
 */
import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import { migrateSipConf, type MigrationResult } from '../migrate/sipToPjsip';
import { previewEndpoint } from '../migrate/endpointPreview';
import { isChannelDialect, type Dialect, type OptionEntry } from '../data/catalogTypes';
import { channelProfile, profileOf } from '../dialects/channel';
import type { DirectiveNode, KeyValueNode, SectionHeaderNode, Span } from '../parser/nodes';
import type { ConfigModel, Endpoint, Entry, RegisterStatement, Section } from '../model/types';
import { listWordAt, locate, valueColumnAt, type Target } from './locate';
import { renderOptionDocumentation, renderValueDocumentation } from './optionDocs';
import { escapeMarkdown, escapeProse, inlineCode } from './markdown';
import { maskSecretsInText } from './secretMask';
import {
  describeEndpoint,
  describeOptionForEndpoint,
  describeRegister,
  describeSource,
  displayValue,
  fileName,
  isSecretOption,
} from './directionText';
import { MAX_SYMBOL_TEXT } from '../limits';
import { clip } from '../quote';

/** More rows than this make a hover nobody reads; the rest is summarised. */
const MAX_TABLE_ROWS = 80;
const MAX_LISTED_SECTIONS = 20;

export function doHover(analysis: Analysis, position: Position): Hover | null {
  const target = locate(analysis, position);
  if (!target) return null;
  switch (target.kind) {
    case 'sectionName':
      return sectionHover(analysis, target.line, target.node, target.section);
    case 'headerOption':
      return headerOptionHover(analysis, target);
    case 'key':
      return keyHover(analysis, target.line, target.node, target.section, target.option);
    case 'value':
      return valueHover(analysis, target.line, target.node, target.section, target.option, target.valueOffset);
    case 'directive':
      return target.inArgument || target.node.name === 'exec' ? directiveHover(analysis, target.line, target.node) : null;
    default:
      return null;
  }
}

function markdown(parts: readonly (string | undefined)[], line: number, span: Span): Hover {
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.filter((part): part is string => !!part).join('\n\n') },
    range: rangeOf(line, span),
  };
}

function rangeOf(line: number, span: Span): Range {
  return { start: { line, character: span.start }, end: { line, character: span.end } };
}

/** Inline code that survives backticks in the text. */
function code(text: string): string {
  return inlineCode(text);
}

/** A table cell: text from the config is data, never markup (and pipes or line breaks would break the table). */
function cell(text: string): string {
  return escapeMarkdown(text);
}

function catalogDialect(analysis: Analysis): Dialect | undefined {
  return isChannelDialect(analysis.dialect) ? analysis.dialect : undefined;
}

function driverName(dialect: Dialect): string {
  return profileOf(dialect).driver;
}

function endpointOf(analysis: Analysis, section: Section | undefined): Endpoint | undefined {
  if (!section || section.kind !== 'endpoint') return undefined;
  return analysis.model.endpointsByKey.get(section.key);
}

// ---------------------------------------------------------------------------------------------------------
// Section headers

function sectionHover(analysis: Analysis, line: number, node: SectionHeaderNode, section: Section | undefined): Hover | null {
  const dialect = catalogDialect(analysis);
  if (!dialect || !section) return null;
  const span = node.nameSpan;
  switch (section.kind) {
    case 'general':
      return markdown([`**[${escapeProse(section.name)}]**`, profileOf(dialect).generalText], line, span);
    case 'authentication':
      return markdown([
        `**[${escapeProse(section.name)}]**`,
        'Credentials Asterisk answers digest challenges with when it calls out: each `auth = user:secret@realm` (or `user#md5secret@realm`) line serves the realm it names, for every peer (outbound only).',
      ], line, span);
    case 'callnumberlimits':
      return markdown([
        `**[${escapeProse(section.name)}]**`,
        'Limits how many call numbers one address range may hold: each line is `address[/mask] = limit`. No type= is needed here.',
      ], line, span);
    case 'template':
      return markdown([`**[${escapeProse(section.name)}]\\(!)**: template`, templateText(analysis, section)], line, span);
    case 'endpoint': {
      const endpoint = endpointOf(analysis, section);
      if (!endpoint) return null;
      return markdown(endpointHoverParts(analysis, endpoint), line, span);
    }
  }
}

function sectionList(sections: readonly Section[]): string {
  const names = sections.slice(0, MAX_LISTED_SECTIONS).map((section) => `[${escapeProse(section.name)}]`);
  if (sections.length > MAX_LISTED_SECTIONS) names.push(`and ${sections.length - MAX_LISTED_SECTIONS} more`);
  return names.join(', ');
}

function templateText(analysis: Analysis, template: Section): string {
  const heirs = analysis.model.sections.filter((section) => section.bases.includes(template));
  const intro = 'Asterisk never loads a template as a device; its lines are copied into every section that names it in parentheses, before that section\'s own lines.';
  if (!heirs.length) return `${intro}\n\nNo section inherits it yet.`;
  return `${intro}\n\nInherited by ${heirs.length === 1 ? 'one section' : `${heirs.length} sections`}: ${sectionList(heirs)}.`;
}

function endpointHoverParts(analysis: Analysis, endpoint: Endpoint): (string | undefined)[] {
  const description = describeEndpoint(endpoint, analysis.dialect, { revealSecrets: analysis.settings.revealSecretsInHover });
  const type = endpoint.type ? `type=${escapeProse(clip(endpoint.type.value))}` : 'no type';
  const title = `**[${escapeProse(clip(endpoint.section.name))}]**: ${type}${description.label ? ` (${description.label})` : ''}`;
  if (!description.label) return [title, `${escapeProse(description.summary)}.`, effectiveOptionsTable(analysis, endpoint)];
  const lines: string[] = [];
  const inboundFirst = endpoint.bits.user;
  const inbound = `**Inbound**: ${escapeProse(description.inbound ?? '')}.`;
  const outbound = `**Outbound**: ${escapeProse(description.outbound ?? '')}.`;
  lines.push(inboundFirst ? inbound : outbound, inboundFirst ? outbound : inbound);
  return [title, lines.join('  \n'), ...description.notes.map(escapeProse), pjsipPreview(analysis, endpoint), effectiveOptionsTable(analysis, endpoint)];
}

/** The migration of a model, once per model (a model is rebuilt on every edit; 3000 endpoints take ~0.1 s). */
const migrations = new WeakMap<ConfigModel, MigrationResult>();

/** sip.conf only: the pjsip objects the migration turns this endpoint into (see migrate/endpointPreview.ts). */
function pjsipPreview(analysis: Analysis, endpoint: Endpoint): string | undefined {
  if (!channelProfile(analysis.dialect)?.convertsToPjsip) return undefined;
  let migration = migrations.get(analysis.model);
  if (!migration) migrations.set(analysis.model, (migration = migrateSipConf(analysis.model)));
  const preview = previewEndpoint(migration, endpoint.section.name);
  if (!preview || !preview.objects.length) return undefined;
  const objects = preview.objects.map((object) => `${object.isTemplate ? 'template' : object.type} ${code(clip(object.name))}`);
  return `**In pjsip.conf** (*Asterisk: Convert sip.conf to pjsip.conf*): ${objects.join(', ')}.`;
}

function effectiveOptionsTable(analysis: Analysis, endpoint: Endpoint): string {
  const rows: string[] = [];
  let total = 0;
  for (const [name, values] of endpoint.options) {
    for (const value of values) {
      total++;
      if (rows.length >= MAX_TABLE_ROWS) continue;
      const shown = clip(displayValue(name, value.value, analysis.settings.revealSecretsInHover, analysis.dialect), MAX_SYMBOL_TEXT);
      rows.push(`| ${cell(name)} | ${cell(shown)} | ${cell(describeSource(value.source, analysis.uri))} |`);
    }
  }
  if (!rows.length) return 'No options are set.';
  const more = total > rows.length ? `\n\n…and ${total - rows.length} more lines.` : '';
  return ['| Option | Value | From |', '| --- | --- | --- |', ...rows].join('\n') + more;
}

// ---------------------------------------------------------------------------------------------------------
// Header options: (!), (+), (base)

function headerOptionHover(analysis: Analysis, target: Extract<Target, { kind: 'headerOption' }>): Hover | null {
  const { option, line } = target;
  if (option.span.end <= option.span.start) return null;
  switch (option.kind) {
    case 'template':
      return markdown(['`!` makes this section a template: Asterisk never loads it as a device, sections that name it inherit its lines.'], line, option.span);
    case 'append':
      return markdown(['`+` adds these lines to the section of the same name defined earlier (not to a template).'], line, option.span);
    case 'inherit': {
      const base = target.section?.bases.find((candidate) => candidate?.key === option.text.toLowerCase());
      // The name is text from the header: it may hold `secret=...` (a misplaced line) or markup.
      if (!base) return markdown([`No section named ${code(`[${maskSecretsInText(analysis.dialect, option.text)}]`)} is defined earlier: Asterisk rejects the whole file.`], line, option.span);
      const where = base.uri === analysis.uri ? `line ${base.headerLine + 1}` : `line ${base.headerLine + 1} of ${fileName(base.uri)}`;
      const kind = base.kind === 'template' ? 'template' : 'section';
      return markdown([`Inherits ${kind} **[${escapeProse(base.name)}]** (${escapeProse(where)}): its lines are copied here first; this section's own lines come after and win.`], line, option.span);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Keys and values

function registerAt(analysis: Analysis, line: number): RegisterStatement | undefined {
  return analysis.model.registers.find((register) => register.entry.line === line && register.entry.uri === analysis.uri);
}

function entryAt(section: Section | undefined, uri: string, line: number): Entry | undefined {
  return section?.entries.find((entry) => entry.line === line && entry.uri === uri);
}

function optionNote(analysis: Analysis, endpoint: Endpoint | undefined, name: string, entry: Entry | undefined): string | undefined {
  if (!endpoint) return undefined;
  const note = describeOptionForEndpoint(endpoint, name, analysis.dialect, { entry, revealSecrets: analysis.settings.revealSecretsInHover });
  return note === undefined ? undefined : escapeProse(note);
}

function unknownKeyHover(analysis: Analysis, line: number, node: KeyValueNode, section: Section | undefined): Hover | null {
  const dialect = catalogDialect(analysis);
  if (!dialect || !section || section.kind === 'callnumberlimits' || section.kind === 'authentication') return null;
  return markdown([`${code(node.key)} is not an option ${driverName(dialect)} reads: it silently ignores this line.`], line, node.keySpan);
}

function keyHover(analysis: Analysis, line: number, node: KeyValueNode, section: Section | undefined, option: OptionEntry | undefined): Hover | null {
  const dialect = catalogDialect(analysis);
  if (!dialect) return null;
  if (!option) return unknownKeyHover(analysis, line, node, section);
  const register = option.name === 'register' ? registerAt(analysis, line) : undefined;
  const endpoint = endpointOf(analysis, section);
  const forEndpoint =
    option.name === 'type' && endpoint
      ? escapeProse(`For [${endpoint.section.name}]: ${describeEndpoint(endpoint, dialect).summary}.`)
      : optionNote(analysis, endpoint, option.name, entryAt(section, analysis.uri, line));
  return markdown([
    `**${option.name}**`,
    forEndpoint,
    register ? `${escapeProse(describeRegister(register, dialect, { revealSecrets: analysis.settings.revealSecretsInHover }).summary)}.` : undefined,
    renderOptionDocumentation(option, dialect).value,
  ], line, node.keySpan);
}


/** Columns of value[start, end): the end follows the last character, so an escape after it is not included. */
function valueSpanOf(node: KeyValueNode, start: number, end: number): Span {
  const from = valueColumnAt(node, start);
  return { start: from, end: end > start ? valueColumnAt(node, end - 1) + 1 : from };
}

function valueHover(
  analysis: Analysis,
  line: number,
  node: KeyValueNode,
  section: Section | undefined,
  option: OptionEntry | undefined,
  valueOffset: number,
): Hover | null {
  const dialect = catalogDialect(analysis);
  if (!dialect || !option) return null;
  const reveal = analysis.settings.revealSecretsInHover;
  if (option.kind === 'register') return registerHover(analysis, line, node, valueOffset);
  const endpoint = endpointOf(analysis, section);
  const entry = entryAt(section, analysis.uri, line);
  const note = optionNote(analysis, endpoint, option.name, entry);
  const shown = displayValue(option.name, node.value, reveal, analysis.dialect);
  const header = `**${option.name}** = ${code(shown)}`;

  if (option.name === 'type' && endpoint) {
    const description = describeEndpoint(endpoint, dialect, { revealSecrets: reveal });
    const typeValue = option.values?.find((candidate) => candidate.value === node.value.toLowerCase());
    const overridden = typeOverride(endpoint, entry);
    return markdown([
      `**[${escapeProse(endpoint.section.name)}]**: ${header}${description.label ? ` (${description.label})` : ''}`,
      `${escapeProse(description.summary)}.`,
      overridden && escapeProse(overridden),
      ...description.notes.map(escapeProse),
      typeValue ? renderValueDocumentation(option, typeValue, dialect).value : undefined,
    ], line, node.valueSpan);
  }

  if (option.values?.length && !isSecretOption(option.name)) {
    const word = option.kind === 'enumList' ? listWordAt(node.value, valueOffset) : { text: node.value, start: 0, end: node.value.length };
    const known = option.values.find((candidate) => candidate.value === word.text.toLowerCase());
    if (known) {
      const span = option.kind === 'enumList' ? valueSpanOf(node, word.start, word.end) : node.valueSpan;
      return markdown([note, renderValueDocumentation(option, known, dialect).value], line, span);
    }
  }
  return markdown([header, note, renderOptionDocumentation(option, dialect).value], line, node.valueSpan);
}

/** chan_sip ORs every type line and validates the first; say so when this line is not the one that decides. */
function typeOverride(endpoint: Endpoint, entry: Entry | undefined): string | undefined {
  const first = endpoint.type?.source.entry;
  if (!entry || !first || first === entry) return undefined;
  return `The type Asterisk checks is the first one it reads: type=${endpoint.type?.value} from ${describeSource(endpoint.type!.source, entry.uri)}.`;
}

function registerHover(analysis: Analysis, line: number, node: KeyValueNode, valueOffset: number): Hover | null {
  const register = registerAt(analysis, line);
  if (!register) return null;
  const description = describeRegister(register, analysis.dialect, { revealSecrets: analysis.settings.revealSecretsInHover });
  const summary = `${escapeProse(description.summary)}.`;
  const inGeneral = register.section.kind === 'general' ? undefined : 'Asterisk reads register lines only in [general]: this one is ignored.';
  // The part under the cursor; a position just after a part's last character still counts as that part.
  const part =
    description.parts.find((candidate) => valueOffset >= candidate.span.start && valueOffset < candidate.span.end) ??
    description.parts.find((candidate) => valueOffset === candidate.span.end && candidate.span.end > candidate.span.start);
  if (!part) {
    // A rejected line has no parts, so where its secret sits is unknown: show no value at all.
    const shown = register.parsed.accepted ? ` = ${code(displayValue('register', node.value, analysis.settings.revealSecretsInHover, analysis.dialect))}` : '';
    return markdown([`**register**${shown}`, summary, inGeneral], line, node.valueSpan);
  }
  const [label, ...rest] = part.description.split(': ');
  return markdown([
    `**${label}** ${code(part.text)}: ${rest.join(': ')}`,
    '---',
    summary,
    inGeneral,
  ], line, valueSpanOf(node, part.span.start, part.span.end));
}

// ---------------------------------------------------------------------------------------------------------
// Directives

const INCLUDE_PROBLEM_TEXT: Record<string, string> = {
  missing: 'the file does not exist',
  cycle: 'it includes itself (directly or through other files)',
  depth: 'includes are nested too deeply',
  'not-a-file': 'it is not a file',
  'too-large': 'the file is too large to read here',
  budget: 'the include tree is too large to check here',
  unreadable: 'the file cannot be read',
  'outside-workspace': 'the file is outside the trusted folders, so it was not read',
  'glob-no-match': 'the pattern matches no file',
  'not-a-config': 'it is not an Asterisk config, so it was not read',
};

function directiveHover(analysis: Analysis, line: number, node: DirectiveNode): Hover | null {
  const span = node.argumentSpan ?? node.nameSpan;
  if (node.name === 'exec') {
    return markdown([
      '**#exec**: never executed by this extension. Asterisk runs the command only when `execincludes = yes` is set in asterisk.conf `[options]`, and reads its output as configuration.',
    ], line, span);
  }
  if (node.name !== 'include' && node.name !== 'tryinclude') return null;
  const link = analysis.model.includes.find((candidate) => candidate.uri === analysis.uri && candidate.line === line);
  if (!link) return null;
  const files = link.targets.map((target) => `- ${escapeProse(`${fileName(target)} (${target})`)}`);
  const lines: string[] = [`**#${node.name}** ${code(node.argument ?? '')}`];
  if (link.problem) {
    const why = INCLUDE_PROBLEM_TEXT[link.problem] ?? link.problem;
    const optional = link.directive === 'tryinclude' && (link.problem === 'missing' || link.problem === 'glob-no-match');
    lines.push(
      optional
        ? `Nothing included: ${why}. #tryinclude accepts that silently.`
        : `Problem: ${why}${link.problemDetail ? ` (${escapeProse(link.problemDetail)})` : ''}.`,
    );
  }
  if (files.length) lines.push(`Includes ${files.length === 1 ? 'one file' : `${files.length} files`}:\n${files.join('\n')}`);
  else if (!link.problem) lines.push('Includes no file.');
  return markdown(lines, line, span);
}
