/**
 * The semantic rule table (issue #5): checks that need the model (endpoints, templates, [general],
 * the dialplan), next to the parse rules of rules.ts. Same shape and the same contract: the id is the
 * Diagnostic.code, the setting `asterisk.lint.<id>`, the suppression-comment name and what the quick
 * fixes switch on. The checks compose each message (they know the section and the direction); a
 * rule's `message` only supplies the fallback text.
 */
import { PARSE_RULES, type Rule } from './rules';
import { PJSIP_RULES } from './dialects/pjsip/rules';
import type { Severity } from './parser/nodes';

function rule(id: string, defaultSeverity: Severity, summary: string, extra: Partial<Pick<Rule, 'deprecated'>> = {}): Rule {
  return { id, defaultSeverity, summary, message: (text) => text ?? summary, ...extra };
}

export const SEMANTIC_RULES = {
  // ---- type and sections --------------------------------------------------------------------------
  'missing-type': rule('missing-type', 'error', 'A device section without `type` (own or inherited): Asterisk logs "lacks type" and ignores it.'),
  'unknown-type': rule('unknown-type', 'error', 'A `type` other than user, peer or friend: Asterisk ignores the section.'),
  'type-narrowing': rule('type-narrowing', 'warning', 'A section tries to narrow the type its template gives (sip: the types are combined; iax ≤ 22: the first one counts).'),
  'duplicate-section': rule('duplicate-section', 'warning', 'A section defined twice without `(+)`: merged into the first when it has a type of its own, skipped when not.'),
  'chan-sip-removed': rule('chan-sip-removed', 'information', 'sip.conf targets an Asterisk version (21+) without chan_sip.'),
  // ---- direction (the seed) ------------------------------------------------------------------------
  'user-without-context': rule('user-without-context', 'warning', "A user or friend with no context anywhere: its calls enter Asterisk's built-in 'default' context."),
  'unknown-context': rule('unknown-context', 'warning', 'A context that extensions.conf does not define.'),
  'peer-without-host': rule('peer-without-host', 'warning', 'A peer or friend without host: Asterisk has nowhere to send calls.'),
  'dynamic-without-secret': rule('dynamic-without-secret', 'warning', '`host=dynamic` without a secret (sip: md5secret; iax: inkeys): anyone can register as this peer.'),
  'wrong-direction-option': rule('wrong-direction-option', 'warning', 'An option that only acts in the direction the section does not have (a peer option on a user, ...).'),
  // ---- register statements -------------------------------------------------------------------------
  'register-outside-general': rule('register-outside-general', 'warning', 'A `register` line outside [general]: Asterisk ignores it.'),
  'register-malformed': rule('register-malformed', 'warning', "A register statement that breaks the dialect's grammar (each failing part is pointed at)."),
  'register-duplicate': rule('register-duplicate', 'warning', 'The same register statement twice.'),
  'register-iax-sip-syntax': rule('register-iax-sip-syntax', 'error', 'An IAX register using SIP-only parts (transport://, /extension, ~expiry).'),
  'register-no-peer': rule('register-no-peer', 'information', 'A register to a host that no peer of the file describes: calls from that provider need a peer/user to match them.'),
  // ---- options ------------------------------------------------------------------------------------
  'unknown-option': rule('unknown-option', 'warning', 'An option the channel driver does not know (it is silently ignored); suggests close names.'),
  'option-general-only': rule('option-general-only', 'warning', 'An option that only works in [general], written in a device section.'),
  'option-device-only': rule('option-device-only', 'warning', 'An option that only works in device sections, written in [general].'),
  'deprecated-option': rule('deprecated-option', 'warning', 'A deprecated option Asterisk logs about when it reads it (sip username, storesipcause=yes, cc_callback_macro); the message quotes the log line.', { deprecated: true }),
  'deprecated-alias': rule('deprecated-alias', 'hint', 'An old name or misspelling Asterisk still reads without a word (canreinvite, externip, ssl*, *expirey, ...): struck through, with a fix to the current name.', { deprecated: true }),
  'legacy-option': rule('legacy-option', 'information', 'An old option that still works but has no drop-in replacement (call-limit).'),
  'realtime-only-option': rule('realtime-only-option', 'warning', 'An option only read for realtime peers: ignored in a file.'),
  'no-effect-option': rule('no-effect-option', 'warning', 'An option shown in the sample files that Asterisk never reads (sip `template`, iax `keyrotate`).'),
  'duplicate-option': rule('duplicate-option', 'warning', 'An option set twice in one section: says which line wins, or, for options whose lines add up (sip nat, faxdetect, sendrpid; iax encryption), what they add up to.'),
  'append-without-separator': rule('append-without-separator', 'warning', '`+=` without a separator: Asterisk glues the text to the previous value (`allow+=g729` → `ulawg729`).'),
  // ---- values -------------------------------------------------------------------------------------
  'invalid-value': rule('invalid-value', 'warning', 'A value outside the option’s enumeration, not a number, or out of range.'),
  'silent-false': rule('silent-false', 'warning', 'A yes/no option with a word that is neither: Asterisk silently reads it as "no".'),
  'unknown-codec': rule('unknown-codec', 'warning', 'A codec name Asterisk does not know (`g723.1`, ...).'),
  'bad-acl': rule('bad-acl', 'error', 'A permit/deny/localnet/calltokenoptional entry that is not address[/mask] (a space after a comma included): chan_sip deletes the device, chan_iax2 drops the entry (calltokenoptional: refuses the configuration).'),
  'address-not-numeric': rule('address-not-numeric', 'warning', 'An address option (externaddr, bindaddr, udp/tcp/tlsbindaddr, ...) given a host name or a malformed address: Asterisk logs it and does not apply the line; externhost is the one that takes names.'),
  'transport-not-enabled': rule('transport-not-enabled', 'warning', 'sip `transport=tcp` / `tls` while [general] has no tcpenable / tlsenable: chan_sip logs it and drops that transport.'),
  'deprecated-value': rule('deprecated-value', 'warning', 'A deprecated value Asterisk logs about (nat=yes, insecure=very/yes, iax auth=plaintext); the message quotes the log line.', { deprecated: true }),
  'iax-encryption-no': rule('iax-encryption-no', 'warning', 'IAX `encryption=no` in a user/peer cannot undo encryption enabled in [general].'),
  // ---- security -----------------------------------------------------------------------------------
  'allowguest-permissive': rule('allowguest-permissive', 'warning', 'Guest calls allowed into a context that is not meant for strangers.'),
  'insecure-invite-dynamic': rule('insecure-invite-dynamic', 'warning', '`insecure=invite` on a host=dynamic peer: its calls are not challenged.'),
  'alwaysauthreject-off': rule('alwaysauthreject-off', 'warning', '`alwaysauthreject=no`: attackers can find valid user names.'),
  'nat-differs-from-general': rule('nat-differs-from-general', 'warning', "A sip device whose nat gives another force_rport than [general]: chan_sip warns at load that replies then reveal which device names exist."),
  'weak-secret': rule('weak-secret', 'warning', 'A short, name-like, digits-only or common password.'),
  'exec-present': rule('exec-present', 'warning', 'An `#exec` directive: runs a program on every reload (when enabled at all).'),
  autocreatepeer: rule('autocreatepeer', 'warning', '`autocreatepeer=yes`: any device that registers becomes a peer, unauthenticated.'),
  // ---- includes -----------------------------------------------------------------------------------
  'include-problem': rule('include-problem', 'error', 'An #include Asterisk cannot follow (missing file, no glob match, cycle, too deep): the whole file is refused.'),
  'include-not-followed': rule('include-not-followed', 'information', 'An include this tool did not open (too large, outside the workspace, not an Asterisk config, unreadable for #tryinclude, past the expansion budget).'),
  // ---- limits of this tool -------------------------------------------------------------------------
  'analysis-limit': rule('analysis-limit', 'information', 'A limit of this tool was reached (problems per file, template inheritance): what lies beyond it is not listed or not checked.'),
} as const satisfies Record<string, Rule>;

export type SemanticRuleId = keyof typeof SEMANTIC_RULES;

/**
 * Every rule, parse rules first, then the chan_sip / chan_iax2 rules, then pjsip.conf's (dialects/pjsip/
 * rules.ts), in table order (the README table and the settings are generated from this).
 */
export const ALL_RULES: readonly Rule[] = [...Object.values(PARSE_RULES), ...Object.values(SEMANTIC_RULES), ...Object.values(PJSIP_RULES)];

const byId: ReadonlyMap<string, Rule> = new Map(ALL_RULES.map((entry) => [entry.id, entry]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
