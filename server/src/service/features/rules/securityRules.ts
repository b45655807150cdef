/**
 * Security: who can call in without a password, who can register as whom, and secrets that are easy
 * to guess. Messages never show a secret: they say why it is weak, not what it is.
 */
import type { OptionEntry } from '../../data/catalogTypes';
import type { Endpoint, Entry, Section } from '../../model/types';
import { BUILTIN_CONTEXT, insecureWords } from '../../model/endpoints';
import { generalSections, lastGeneralLine } from '../../model/general';
import { isFalseWord, isTrueWord, lastValue, sectionNameRange, valueRange, type RuleContext } from './ruleContext';
import { clip, quote } from '../../quote';
import { weakSecretReason } from './weakSecret';

// The judgement itself is shared with pjsip.conf's auth passwords (dialects/pjsip/rules.ts), which must
// not pull in the rule machinery of this file (an import cycle through lintRules.ts).
export { MIN_SECRET_LENGTH, weakSecretReason } from './weakSecret';

function reportWeak(context: RuleContext, entry: Entry, from: number, to: number, reason: string, who: string): void {
  context.report(
    'weak-secret',
    valueRange(entry, from, to),
    `This secret is weak (${reason}): SIP/IAX scanners try such passwords within minutes, and whoever guesses it ${who}. Use a long random secret.`,
    { reason },
  );
}

/**
 * The user-name fields of an endpoint, looked up once per endpoint (issue #19: 64,000 same-named sections
 * make one endpoint whose every secret line looked them up again in all its lines: quadratic).
 */
const userNames = new WeakMap<Endpoint, readonly string[]>();

function userNamesOf(endpoint: Endpoint): readonly string[] {
  let names = userNames.get(endpoint);
  if (!names) {
    names = ['defaultuser', 'username', 'fromuser'].map((key) => lastValue(endpoint, key)?.value ?? '');
    userNames.set(endpoint, names);
  }
  return names;
}

/** secret / remotesecret / auth= values (md5secret is a hash and dbsecret a database key: not checked). */
export function checkSecretEntry(context: RuleContext, section: Section, entry: Entry, option: OptionEntry, endpoint: Endpoint | undefined): void {
  if (option.name === 'md5secret' || option.name === 'dbsecret') return;
  const value = entry.node.value;
  const names = [section.name, ...(endpoint ? userNamesOf(endpoint) : [])];
  if (option.name === 'auth') {
    // user:secret@realm — split at the last @, then the first : (a # means an md5 hash).
    const at = value.lastIndexOf('@');
    const colon = value.indexOf(':');
    if (at < 0 || colon < 0 || colon > at) return;
    const secret = value.slice(colon + 1, at);
    const reason = secret ? weakSecretReason(secret, [value.slice(0, colon)]) : undefined;
    if (reason) reportWeak(context, entry, colon + 1, at, reason, 'can use our account at that realm');
    return;
  }
  if (value === '') return;
  const reason = weakSecretReason(value, names);
  if (!reason) return;
  const who = option.name === 'remotesecret' ? `can sign in as us at ${section.name}` : `can sign in as ${section.name} and call through its context`;
  reportWeak(context, entry, 0, value.length, reason, who);
}

export function checkSecurity(context: RuleContext): void {
  checkGeneralSecurity(context);
  for (const endpoint of context.analysis.model.endpoints) checkEndpointSecurity(context, endpoint);
  checkExecs(context);
}

/**
 * [general]'s guest, alwaysauthreject and autocreatepeer settings (the guest check reads every endpoint's
 * context), in each file that holds [general] or one of its `(+)` sections.
 */
export function checkGeneralSecurity(context: RuleContext): void {
  if (!context.profile.checks.security) return;
  const generals = generalSections(context.analysis.model);
  if (generals.some((section) => context.isHere(section.uri))) checkGeneral(context, generals);
}

/** insecure=invite on a dynamic peer: reads only the endpoint. */
export function checkEndpointSecurity(context: RuleContext, endpoint: Endpoint): void {
  if (!context.profile.checks.security || !context.isHere(endpoint.section.uri)) return;
  const outbound = endpoint.direction.outbound;
  // A dynamic peer has no inbound direction in the model (it is matched once registered): read insecure here.
  if (outbound?.location.kind !== 'dynamic') return;
  const insecure = lastValue(endpoint, 'insecure');
  if (!insecureWords(insecure?.value).includes('invite')) return;
  const entry = insecure?.source.entry;
  context.report(
    'insecure-invite-dynamic',
    entry && context.isHere(entry.uri) ? valueRange(entry) : sectionNameRange(endpoint.section),
    `insecure=invite on a host=dynamic peer: once ${clip(endpoint.section.name)} has registered, calls from its address are accepted without a password challenge — anyone behind the same address (or spoofing it) calls through its context. insecure=invite is meant for providers with a fixed host.`,
  );
}

export function checkExecs(context: RuleContext): void {
  for (const exec of context.analysis.model.execs) {
    if (!context.isHere(exec.uri)) continue;
    const node = context.analysis.document.lines[exec.line];
    if (node?.kind !== 'directive') continue;
    const end = node.argumentSpan?.end ?? node.nameSpan.end;
    context.report(
      'exec-present',
      { start: { line: exec.line, character: node.nameSpan.start }, end: { line: exec.line, character: end } },
      'Asterisk runs this program on every reload as its own user and reads its output as configuration — only when execincludes=yes in asterisk.conf; otherwise it logs a warning and skips the line. Prefer a generated file and #include.',
    );
  }
}

/** `generals`: [general] and its `[general](+)` sections (chan_sip reads them as one). */
function checkGeneral(context: RuleContext, generals: readonly Section[]): void {
  const model = context.analysis.model;
  const general = generals[0];
  const lastLine = (name: string) => lastGeneralLine(generals, name)?.entry;
  // Where the line is, in its own file (a `(+)` of an included file included): each file reports its lines.
  const rangeOf = (entry: Entry) => (context.isHere(entry.uri) ? valueRange(entry) : undefined);
  const allowguest = lastLine('allowguest');
  // chan_sip tests ast_true: only a yes word (or no line at all: the default) lets guests in.
  const guestsAllowed = !allowguest || isTrueWord(allowguest.node.value);
  if (guestsAllowed) {
    const contextEntry = lastLine('context');
    const guestContext = contextEntry?.node.value.trim() || BUILTIN_CONTEXT;
    // Only the first three names are shown: stop there instead of walking every endpoint.
    const wanted = guestContext.toLowerCase();
    const sharedWith: string[] = [];
    for (const endpoint of model.endpoints) {
      const inbound = endpoint.direction.inbound;
      if (!endpoint.bits.user || !inbound || inbound.context.source.kind === 'general' || inbound.context.value.toLowerCase() !== wanted) continue;
      sharedWith.push(endpoint.section.name);
      if (sharedWith.length === 3) break;
    }
    const reason = !contextEntry
      ? "Asterisk's built-in context 'default', which [general] never narrowed"
      : sharedWith.length
        ? `the context your authenticated devices use (${sharedWith.slice(0, 3).join(', ')})`
        : undefined;
    // No allowguest line (the default lets guests in): on [general]'s name, in its file.
    const range = allowguest ? rangeOf(allowguest) : context.isHere(general.uri) ? sectionNameRange(general) : undefined;
    if (reason && range) {
      context.report(
        'allowguest-permissive',
        range,
        `Guests are allowed (allowguest=${allowguest ? clip(allowguest.node.value) : 'yes, the default'}) and their calls enter ${quote(guestContext)}, ${reason}: anyone on the internet can call into it without a password — if it can dial out, that is toll fraud. Set allowguest=no, or give [general] a context that only answers.`,
        { context: guestContext },
      );
    }
  }
  const alwaysauthreject = lastLine('alwaysauthreject');
  const alwaysauthrejectRange = alwaysauthreject && rangeOf(alwaysauthreject);
  if (alwaysauthreject && alwaysauthrejectRange && isFalseWord(alwaysauthreject.node.value)) {
    context.report(
      'alwaysauthreject-off',
      alwaysauthrejectRange,
      'With alwaysauthreject=no chan_sip answers differently for unknown and for known user names, so a scanner learns which accounts exist before it guesses their passwords. Leave it at yes (the default).',
    );
  }
  const autocreate = lastLine('autocreatepeer');
  const autocreateRange = autocreate && rangeOf(autocreate);
  if (autocreate && autocreateRange && !isFalseWord(autocreate.node.value) && autocreate.node.value.trim() !== '') {
    context.report(
      'autocreatepeer',
      autocreateRange,
      `autocreatepeer=${clip(autocreate.node.value)} makes chan_sip create a peer for any device that REGISTERs, without a password: anyone can register under any name and receive its calls. Use it only behind a proxy that authenticates.`,
    );
  }
}
