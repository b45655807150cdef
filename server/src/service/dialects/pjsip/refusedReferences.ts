/**
 * A reference to an object Asterisk refuses (refused.ts): the object that names it is created all the
 * same, still naming it, and finds nothing when it needs it. The error is the refused object's; these
 * notes say what it costs the object naming it, from Asterisk's side. Observed on Asterisk 22
 * (test/fixtures/pjsip-oracle/refused-references):
 * - endpoint `auth=`: every request matched to the endpoint gets 500 ("Couldn't find auth ... Cannot
 *   authenticate"), with or without the right password, even when another auth of the list is fine;
 * - endpoint or registration `outbound_auth=`: a challenge from the far end finds no such auth to answer
 *   with ("Auth object ... could not be found"); a registration left with no usable auth gets the 401 as
 *   final and stops registering;
 * - endpoint or registration `transport=`: "Unable to retrieve PJSIP transport", and the request goes out
 *   through another transport that reaches the destination (observed: UDP for a refused TCP one);
 * - identify `endpoint=`: a request its match finds is refused as from no known endpoint ("points to
 *   endpoint ... but endpoint could not be found").
 * aors= is checkRefusedAors' (directionChecks.ts). A name that finds no object at all is checkReference's.
 */
import { valueOf, type PjsipModel, type PjsipObject, type PjsipReference } from './model';
import { refusedForItsLines } from './objectChecks';
import { quote, type Collector, type PjsipRuleId } from './ruleTable';

interface Consequence {
  readonly rule: PjsipRuleId;
  /** What the refusal costs `from`, after "Asterisk refuses <type> '<name>' (see the error in it)". */
  readonly text: (from: PjsipObject, reference: PjsipReference, model: PjsipModel) => string;
}

const listOf = (value: string | undefined): string[] => (value ?? '').split(',').map((part) => part.trim()).filter(Boolean);

/** Whether `name` is an auth Asterisk creates. */
const usableAuth = (model: PjsipModel, name: string): boolean => {
  const auth = model.get('auth', name);
  return auth !== undefined && !refusedForItsLines(auth);
};

const sendsThrough = (what: string, name: string): string =>
  `, so ${what} logs "Unable to retrieve PJSIP transport '${name}'" and goes out through another transport that reaches the address instead`;

/** Keyed `<type of the object naming it>.<option>`. */
const CONSEQUENCES: ReadonlyMap<string, Consequence> = new Map<string, Consequence>([
  [
    'endpoint.auth',
    {
      rule: 'pjsip-refused-auth',
      text: (from) => `: endpoint ${quote(from.name)} still names it in auth=, so Asterisk cannot challenge its requests and answers each of them with 500 (wrong or right password alike): ${quote(from.name)} can neither register nor call in`,
    },
  ],
  [
    'endpoint.outbound_auth',
    {
      rule: 'pjsip-refused-auth',
      text: (from, reference) => `: when endpoint ${quote(from.name)} challenges a request of ours (a call, a qualify), Asterisk finds no auth ${quote(reference.name)} to answer with ("Auth object '${reference.name}' could not be found")`,
    },
  ],
  [
    'registration.outbound_auth',
    {
      rule: 'pjsip-refused-auth',
      text: (from, reference, model) => {
        const stops = !listOf(valueOf(from, 'outbound_auth')).some((name) => usableAuth(model, name));
        return `: when the server challenges the REGISTER of registration ${quote(from.name)}, Asterisk finds no auth ${quote(reference.name)} to answer with${stops ? ', takes the 401 as final and stops registering' : ''}`;
      },
    },
  ],
  ['endpoint.transport', { rule: 'pjsip-refused-transport', text: (from, reference) => sendsThrough(`each request to endpoint ${quote(from.name)}`, reference.name) }],
  ['registration.transport', { rule: 'pjsip-refused-transport', text: (from, reference) => sendsThrough(`the REGISTER of registration ${quote(from.name)}`, reference.name) }],
  [
    'identify.endpoint',
    {
      rule: 'pjsip-refused-endpoint',
      text: (from, reference) => `: identify ${quote(from.name)} is created still naming it, and a request its match finds gets no endpoint ("points to endpoint '${reference.name}' but endpoint could not be found"): Asterisk refuses it as from no known endpoint`,
    },
  ],
]);

/**
 * Whether Asterisk refuses a transport, judged once per transport object: every phone names one of a few
 * (10k checks of the same lines otherwise). An edit makes a new object, so a kept answer never goes stale.
 */
const transportRefusals = new WeakMap<PjsipObject, boolean>();

export function refusedTarget(target: PjsipObject): boolean {
  if (target.type !== 'transport') return refusedForItsLines(target);
  let refused = transportRefusals.get(target);
  if (refused === undefined) transportRefusals.set(target, (refused = refusedForItsLines(target)));
  return refused;
}

/**
 * Each reference of `object` (an endpoint, registration or identify) to an object Asterisk refuses, on the
 * name. `isRefused`: how a target is judged (the endpoint check passes what its direction already knows of
 * its auths).
 */
export function checkRefusedReferences(out: Collector, model: PjsipModel, object: PjsipObject, isRefused: (target: PjsipObject) => boolean = refusedTarget): void {
  let selfRefused: boolean | undefined;
  for (const reference of model.referencesFrom(object)) {
    const consequence = CONSEQUENCES.get(`${object.type}.${reference.option}`);
    const entry = reference.line.source.entry;
    if (!consequence || !entry) continue;
    const target = model.get(reference.targetType, reference.name);
    if (!target || !isRefused(target)) continue;
    // A refused object naming a refused one: only its own error is real (asked only when needed: it costs a check of its lines).
    selfRefused ??= refusedForItsLines(object);
    if (selfRefused) return;
    out.add(consequence.rule, entry.uri, entry.line, reference.span, `Asterisk refuses ${reference.targetType} ${quote(reference.name)} (see the error in it)${consequence.text(object, reference, model)}.`);
  }
}
