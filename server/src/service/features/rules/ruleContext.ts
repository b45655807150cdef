/**
 * What every semantic check shares: the analysis, a `report` that applies the user's severity, and
 * range helpers. Checks report only on lines of `analysis.uri`: the model may span the whole include
 * tree, but a diagnostic belongs to the file it points into.
 */
import { DiagnosticTag, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { Analysis } from '../../analysis';
import type { Dialect } from '../../data/catalogTypes';
import type { FileDialect } from '../../dialect';
import { channelProfile, profileOf, type ChannelProfile } from '../../dialects/channel';
import { SEMANTIC_RULES, type SemanticRuleId } from '../../lintRules';
import type { Endpoint, EffectiveValue, Entry, Section } from '../../model/types';
import { valueColumnAt } from '../locate';
import { toDiagnosticSeverity, DIAGNOSTIC_SOURCE } from '../severity';

export interface RuleContext {
  readonly analysis: Analysis;
  readonly dialect: Dialect;
  /** What the dialect's driver does (dialects/channel.ts): the checks ask it instead of testing the dialect. */
  readonly profile: ChannelProfile;
  /** Target Asterisk major version (settings.asteriskVersion). */
  readonly version: number;
  /** True when `uri` is the document being validated. */
  isHere(uri: string): boolean;
  report(ruleId: SemanticRuleId, range: Range, message: string, data?: Record<string, unknown>): void;
}

/** A context whose reports go to `sink`, which the caller may swap: each cached unit collects its own list. */
export interface CollectingRuleContext extends RuleContext {
  sink: Diagnostic[];
}

/** settings.asteriskVersion, or 20 when the setting is not a number. */
export function targetVersion(analysis: Analysis): number {
  return Number.isFinite(analysis.settings.asteriskVersion) ? analysis.settings.asteriskVersion : 20;
}

/**
 * `dialect`: the file's; one without a channel driver (pjsip.conf, any other .conf), where only the
 * file-wide checks that need no profile run, gets sip.conf's profile.
 */
export function createRuleContext(analysis: Analysis, dialect: FileDialect, out: Diagnostic[]): CollectingRuleContext {
  const profile = channelProfile(dialect) ?? profileOf('sip');
  const uri = analysis.uri;
  const lint = analysis.settings.lint;
  const context: CollectingRuleContext = {
    analysis,
    dialect: profile.id,
    profile,
    version: targetVersion(analysis),
    sink: out,
    isHere: (candidate) => candidate === uri,
    report(ruleId, range, message, data) {
      const rule = SEMANTIC_RULES[ruleId];
      const severity = toDiagnosticSeverity(lint[ruleId], rule.defaultSeverity);
      if (severity === undefined) return;
      const tags = 'deprecated' in rule && rule.deprecated ? { tags: [DiagnosticTag.Deprecated] } : {};
      context.sink.push({ range, severity, code: ruleId, source: DIAGNOSTIC_SOURCE, message: rule.message(message), ...tags, ...(data ? { data } : {}) });
    },
  };
  return context;
}

function rangeOn(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

export function keyRange(entry: Entry): Range {
  return rangeOn(entry.line, entry.node.keySpan.start, entry.node.keySpan.end);
}

/** The value, or the part `[from, to)` of it (indices into `node.value`, mapped through `\;` escapes). */
export function valueRange(entry: Entry, from = 0, to = entry.node.value.length): Range {
  const node = entry.node;
  if (node.value.length === 0) return rangeOn(entry.line, node.valueSpan.start, node.valueSpan.end);
  const start = valueColumnAt(node, from);
  const end = to >= node.value.length ? node.valueSpan.end : valueColumnAt(node, to);
  return rangeOn(entry.line, start, Math.max(start, end));
}

/** The section name inside `[ ]`: where endpoint-level problems are reported. */
export function sectionNameRange(section: Section): Range {
  const span = section.header.nameSpan;
  return rangeOn(section.headerLine, span.start, span.end);
}

/** `ast_true` / `ast_false` words (main/utils.c). */
export const TRUE_WORDS: ReadonlySet<string> = new Set(['yes', 'true', 'y', 't', '1', 'on']);
export const FALSE_WORDS: ReadonlySet<string> = new Set(['no', 'false', 'n', 'f', '0', 'off']);

export function isTrueWord(value: string): boolean {
  return TRUE_WORDS.has(value.trim().toLowerCase());
}

export function isFalseWord(value: string): boolean {
  return FALSE_WORDS.has(value.trim().toLowerCase());
}

/** The value a scalar option ends up with (the driver reads every line; the last one wins). */
export function lastValue(endpoint: Endpoint, name: string): EffectiveValue | undefined {
  const list = endpoint.options.get(name);
  return list && list.length ? list[list.length - 1] : undefined;
}

/** The last `name=` line written in a section itself (e.g. a [general] setting). */
export function lastEntry(section: Section | undefined, name: string): Entry | undefined {
  if (!section) return undefined;
  for (let index = section.entries.length - 1; index >= 0; index--) {
    if (section.entries[index].node.key.toLowerCase() === name) return section.entries[index];
  }
  return undefined;
}

/** "user (it calls us)", "peer (we call it)", "friend (it calls us and we call it)". */
export function roleOf(endpoint: Endpoint): string {
  if (endpoint.bits.user && endpoint.bits.peer) return 'a friend (it calls us and we call it)';
  if (endpoint.bits.user) return 'a user (it calls us)';
  return 'a peer (we call it)';
}

export function driverName(dialect: Dialect): string {
  return profileOf(dialect).driver;
}
