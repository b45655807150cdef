/**
 * Fixes that add a missing option line right after the section header: `context=` for a user without
 * one, a generated `secret=` for a dynamic peer anyone could register as, `type=` for a section Asterisk
 * ignores. Titles never show a secret (features.md).
 */
import type { CodeAction } from 'vscode-languageserver-types';
import { lookupOption } from '../data/catalog';
import type { Analysis } from '../analysis';
import type { Section } from '../model/types';
import { addOptionLinesEdit, keyValueAt, quickFix, sectionOf, type Fixer } from './codeActionEdits';
import { isChannelDialect } from '../data/catalogTypes';

/** No 0/O/o, 1/l/I/i look-alikes, and nothing Asterisk's parser treats specially (`;`, `,`, `=`, quotes). */
export const SECRET_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789';
export const SECRET_LENGTH = 24;

export function generateSecret(random: () => number, length = SECRET_LENGTH): string {
  let secret = '';
  for (let index = 0; index < length; index++) {
    const pick = Math.floor(random() * SECRET_ALPHABET.length);
    secret += SECRET_ALPHABET[Math.min(SECRET_ALPHABET.length - 1, Math.max(0, pick))];
  }
  return secret;
}

const MAX_OFFERED_CONTEXTS = 5;

export const fixAddContext: Fixer = (analysis, diagnostic) => {
  const section = sectionOf(analysis, diagnostic);
  if (!section) return [];
  const contexts = analysis.dialplan ? [...analysis.dialplan.contexts.values()].slice(0, MAX_OFFERED_CONTEXTS).map((context) => context.name) : [];
  if (contexts.length === 0) {
    const placeholder = `from-${section.name}`;
    return [
      quickFix(
        analysis,
        `Add context=${placeholder} (its calls enter this context; define it in extensions.conf)`,
        [addOptionLinesEdit(analysis, section, [['context', placeholder]])],
        diagnostic,
        true,
      ),
    ];
  }
  return contexts.map((context) =>
    quickFix(
      analysis,
      `Add context=${context} (its calls enter the dialplan there)`,
      [addOptionLinesEdit(analysis, section, [['context', context]])],
      diagnostic,
      contexts.length === 1,
    ),
  );
};

export const fixAddSecret: Fixer = (analysis, diagnostic, environment) => {
  const section = sectionOf(analysis, diagnostic);
  if (!section) return [];
  const secret = generateSecret(environment.random);
  return [
    quickFix(
      analysis,
      `Add secret= with a generated ${SECRET_LENGTH}-character secret (the device must register with it)`,
      [addOptionLinesEdit(analysis, section, [['secret', secret]])],
      diagnostic,
      true,
    ),
  ];
};

/** Replaces a weak secret's value by a generated one (never preferred: the device must be updated too). */
export const fixReplaceWeakSecret: Fixer = (analysis, diagnostic, environment) => {
  const line = diagnostic.range.start.line;
  const node = keyValueAt(analysis, line);
  if (!node || node.key.toLowerCase() !== 'secret' || node.valueColumns) return [];
  const range = { start: { line, character: node.valueSpan.start }, end: { line, character: node.valueSpan.end } };
  return [
    quickFix(
      analysis,
      `Replace with a generated ${SECRET_LENGTH}-character secret (update the device too)`,
      [{ range, newText: generateSecret(environment.random) }],
      diagnostic,
    ),
  ];
};

const TYPES = [
  ['friend', 'it calls us and we call it: both directions'],
  ['peer', 'we call it: outbound'],
  ['user', 'it calls us: inbound'],
] as const;

/** The type the section's own options point to, by the direction the catalog gives them. */
function typeSuggestedBy(analysis: Analysis, section: Section): string | undefined {
  if (!isChannelDialect(analysis.dialect)) return undefined;
  let inbound = false;
  let outbound = false;
  for (const entry of section.entries) {
    const option = lookupOption(analysis.dialect, entry.node.key);
    if (option?.direction === 'inbound') inbound = true;
    if (option?.direction === 'outbound') outbound = true;
  }
  if (inbound && outbound) return 'friend';
  if (inbound) return 'user';
  if (outbound) return 'peer';
  return undefined;
}

export const fixAddType: Fixer = (analysis, diagnostic) => {
  const section = sectionOf(analysis, diagnostic);
  if (!section) return [];
  const suggested = typeSuggestedBy(analysis, section);
  return TYPES.map(([type, meaning]): CodeAction =>
    quickFix(analysis, `Add type=${type} (${meaning})`, [addOptionLinesEdit(analysis, section, [['type', type]])], diagnostic, type === suggested),
  );
};
