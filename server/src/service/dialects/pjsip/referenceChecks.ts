/**
 * The pjsip checks of a unit that read the objects it names or is named by: a reference that finds
 * nothing (or an object of another type), an aor nobody can reach, an auth used both ways, a weak
 * password (never equal to a user's name). They run again when one of those objects changed (phases.ts).
 */
import { closestCandidates } from '../../features/codeActionEdits';
import { weakSecretReason } from '../../features/rules/weakSecret';
import { lastLine, valueOf, type PjsipModel, type PjsipObject, type PjsipReference } from './model';
import { filled, refusedForItsLines } from './objectChecks';
import { quote, type Collector, type PjsipRuleId } from './ruleTable';
import { parseCount } from './values';

/** `an aor`, `an endpoint`, `a transport`. */
const withArticle = (word: string): string => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;

export function checkReference(out: Collector, model: PjsipModel, reference: PjsipReference): void {
  if (reference.target) return;
  const entry = reference.line.source.entry;
  if (!entry) return;
  const others = model.named(reference.name).filter((object) => object.type !== reference.targetType);
  const at = (id: PjsipRuleId, text: string, candidates?: readonly string[]): void => out.add(id, entry.uri, entry.line, reference.span, text, candidates);
  if (others.length) {
    at(
      'pjsip-wrong-reference-type',
      `${reference.option} needs ${withArticle(reference.targetType)}; ${quote(reference.name)} is ${others.map((object) => withArticle(object.type)).join(' and ')}. Asterisk loads this silently and finds no ${reference.targetType}.`,
    );
    return;
  }
  const candidates = closestCandidates(reference.name, model.ofType(reference.targetType).map((object) => object.name)).map((candidate) => candidate.text);
  at('pjsip-missing-reference', `No ${reference.targetType} named ${quote(reference.name)} (${reference.from.type} ${quote(reference.from.name)}, ${reference.option}). Asterisk loads this silently and finds nothing.`, candidates);
}

/**
 * Weak passwords, judged as chan_sip's secrets are (features/rules/weakSecret.ts): never equal to the
 * auth's name, its username or the name of an object that uses it. The message says why, never what.
 */
export function checkPassword(out: Collector, model: PjsipModel, auth: PjsipObject): void {
  {
    const authType = (valueOf(auth, 'auth_type') ?? 'userpass').trim().toLowerCase();
    if (authType !== 'userpass' && authType !== 'digest') return;
    const line = lastLine(auth.lines, 'password');
    const entry = line?.source.entry;
    // An empty password is pjsip-auth-without-password's (unless password_digest stands in).
    if (!line || !entry || line.value === '') return;
    const users = model.referencesTo(auth);
    const reason = weakSecretReason(line.value, [auth.name, valueOf(auth, 'username') ?? '', ...users.map((reference) => reference.from.name)]);
    if (!reason) return;
    const callers = users.filter((reference) => reference.option === 'auth').map((reference) => quote(reference.from.name));
    const ours = users.filter((reference) => reference.option !== 'auth').map((reference) => quote(reference.from.name));
    const who = callers.length
      ? `can call in as ${callers.join(', ')} and dial whatever its context allows`
      : ours.length
        ? `can use our account at the far end of ${ours.join(', ')}`
        : 'can use it wherever it is used';
    out.atValue(
      'pjsip-weak-password',
      entry,
      `The password of auth ${quote(auth.name)} is weak (${reason}): SIP scanners try such passwords within minutes, and whoever guesses it ${who}. Use a long random password.`,
    );
  }
}

export function checkAorReach(out: Collector, model: PjsipModel, aor: PjsipObject): void {
  if (filled(aor, 'contact') || (parseCount(valueOf(aor, 'max_contacts')) ?? 0) > 0 || refusedForItsLines(aor)) return;
  const users = model.referencesTo(aor).map((reference) => reference.from.name);
  out.atHeader(
    'pjsip-aor-unreachable',
    aor.section,
    `aor ${quote(aor.name)} has max_contacts=0 and no contact: no device can register to it and Asterisk has nothing to call${users.length ? ` for ${users.map(quote).join(', ')}` : ''}.`,
  );
}

export function checkAuthBothWays(out: Collector, model: PjsipModel, auth: PjsipObject): void {
  let inbound: PjsipReference | undefined;
  let outbound: PjsipReference | undefined;
  for (const reference of model.referencesTo(auth)) {
    if (reference.option === 'auth') inbound = reference;
    else outbound = reference;
  }
  if (!inbound || !outbound) return;
  out.atHeader(
    'pjsip-auth-both-ways',
    auth.section,
    `auth ${quote(auth.name)} challenges callers (auth= of ${inbound.from.type} ${quote(inbound.from.name)}) and answers challenges (outbound_auth= of ${outbound.from.type} ${quote(outbound.from.name)}). Use two auth objects, one per direction.`,
  );
}
