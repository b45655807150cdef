/**
 * The pjsip checks of who calls whom (direction.ts): registrations whose provider's calls match no
 * endpoint, the facts the registrations tell the endpoint checks, and the endpoint checks themselves
 * (no aors, an aor Asterisk refuses, auth= where outbound_auth= is meant, an open door to a context that
 * dials out), with the auths and transports they name that Asterisk refuses (refusedReferences.ts).
 */
import { dialOutFrom, type DialplanIndex } from '../../model/dialplan';
import { endpointDirection, registrationDirection, type EndpointDirection } from './direction';
import { lastLine, valueOf, type PjsipModel, type PjsipObject } from './model';
import { filled } from './objectChecks';
import { openDoor, openDoorText } from './openDoor';
import { checkRefusedReferences, refusedTarget } from './refusedReferences';
import { quote, type Collector } from './ruleTable';

/** `extensions.conf:9` for a dialplan line (1-based, the file's base name). */
function placeOf(uri: string, line: number): string {
  return `${uri.slice(uri.lastIndexOf('/') + 1)}:${line + 1}`;
}

/**
 * An endpoint let in by address without a password is the normal way to take a provider's calls; it is a
 * hole only when its context can dial out (toll fraud from a spoofed or shared address). A match by
 * header is judged the same way, as at least as open (openDoor.ts). With no
 * extensions.conf known nothing is said: a warning on every provider trunk would be noise.
 */
function checkOpenByAddress(out: Collector, endpoint: PjsipObject, direction: ReturnType<typeof endpointDirection>, dialplan: DialplanIndex | undefined): void {
  const door = dialplan && openDoor(direction);
  if (!dialplan || !door) return;
  const context = direction.inbound.context.value;
  const found = dialOutFrom(dialplan, context);
  if (!found) return;
  const { calls, anyone } = openDoorText(door);
  const via = found.via.length ? ` (through include => ${found.via.map(quote).join(' => ')})` : '';
  // The dial string is not quoted: an IAX2/SIP dial string may hold a password.
  out.atHeader(
    'pjsip-open-by-address',
    endpoint.section,
    `${calls} reach endpoint ${quote(endpoint.name)} without a password and land in context ${quote(context)}, which can dial any number out: extension ${found.line.pattern} of ${quote(found.line.context)} at ${placeOf(found.line.uri, found.line.line)} dials it${via}. ${anyone}: give it a context that only reaches your own extensions, or add auth=.`,
  );
}

/** What the registrations tell the endpoint checks: the auths we answer with, and the endpoints we register to. */
export interface RegistrationFacts {
  readonly auths: ReadonlyMap<string, string>;
  readonly registeredTo: ReadonlyMap<string, string>;
  /** Both, as text: the endpoint checks cached under other facts are run again. */
  readonly signature: string;
}

export function checkRegistrations(out: Collector, model: PjsipModel): RegistrationFacts {
  // Auths we answer with when we register: an endpoint that challenges with one of them is the provider.
  const auths = new Map<string, string>();
  const registeredTo = new Map<string, string>();
  for (const registration of model.ofType('registration')) {
    for (const name of (valueOf(registration, 'outbound_auth') ?? '').split(',').map((part) => part.trim()).filter(Boolean)) auths.set(name, registration.name);
    const direction = registrationDirection(model, registration);
    const endpoint = direction.callsLandAt && model.get('endpoint', direction.callsLandAt.endpoint);
    if (endpoint) registeredTo.set(endpoint.name, registration.name);
    checkRefusedReferences(out, model, registration);
    if (direction.serverUri && !direction.callsLandAt) {
      out.atHeader(
        'pjsip-registration-calls-unmatched',
        registration.section,
        `Calls the server of registration ${quote(registration.name)} sends back match no endpoint: no identify matches the host of its server_uri, and it has no line=yes with endpoint=. Asterisk rejects them (or gives them to an anonymous endpoint).`,
      );
    }
  }
  return { auths, registeredTo, signature: JSON.stringify([[...auths], [...registeredTo]]) };
}

/**
 * An endpoint's `aors=` names whose aor Asterisk refuses (an error in its lines: the direction's `refused`,
 * refused.ts). Asterisk 22 creates the endpoint all the same and says nothing about it: the name finds no
 * aor, so a device registering to it gets 404 Not Found and there is no contact of it to call (observed:
 * test/fixtures/pjsip-oracle/refused-aor). The error is the aor's; this says what it costs the endpoint. A
 * name that finds no aor at all is checkReference's.
 */
export function checkRefusedAors(out: Collector, model: PjsipModel, endpoint: PjsipObject, direction: EndpointDirection): void {
  const aors = direction.outbound.aors;
  if (!aors.some((aor) => aor.refused)) return;
  const refused = new Set(aors.filter((aor) => aor.refused).map((aor) => aor.name));
  const usable = aors.some((aor) => aor.exists && !aor.refused);
  for (const reference of model.referencesFrom(endpoint)) {
    const entry = reference.line.source.entry;
    if (reference.option !== 'aors' || !refused.has(reference.name) || !entry) continue;
    out.add(
      'pjsip-refused-aor',
      entry.uri,
      entry.line,
      reference.span,
      `Asterisk refuses aor ${quote(reference.name)} (see the error in it), and endpoint ${quote(endpoint.name)} loads without it: a device registering to ${quote(reference.name)} gets 404 Not Found, and there is nothing to call through it${usable ? '' : '. The endpoint has no other aor: Asterisk cannot call it at all'}.`,
    );
  }
}

export function checkEndpoint(out: Collector, model: PjsipModel, endpoint: PjsipObject, registrations: RegistrationFacts, dialplan: DialplanIndex | undefined): void {
  const direction = endpointDirection(model, endpoint);
  if (!filled(endpoint, 'aors')) {
    out.atHeader('pjsip-endpoint-without-aors', endpoint.section, `endpoint ${quote(endpoint.name)} has no aors: it can call us, but Asterisk can never call it.`);
  }
  checkRefusedAors(out, model, endpoint, direction);
  // Its auths' refusals are in the direction already (judged once per auth); transports once per transport.
  const authRefused = (name: string): boolean => direction.inbound.challengedWith.some((auth) => auth.name === name && auth.refused) || direction.outbound.answersWith.some((auth) => auth.name === name && auth.refused);
  checkRefusedReferences(out, model, endpoint, (target) => (target.type === 'auth' ? authRefused(target.name) : refusedTarget(target)));
  const authLine = lastLine(endpoint.lines, 'auth');
  const authEntry = authLine?.source.entry;
  if (authEntry && !filled(endpoint, 'outbound_auth')) {
    const names = direction.inbound.challengedWith.map((auth) => auth.name);
    const viaRegistration = names.map((name) => registrations.auths.get(name)).find(Boolean) ?? registrations.registeredTo.get(endpoint.name);
    if (viaRegistration) {
      out.atKey(
        'pjsip-auth-instead-of-outbound-auth',
        authEntry,
        `We register to ${quote(endpoint.name)} (registration ${quote(viaRegistration)}), so it is the one that challenges us: auth= makes Asterisk challenge its calls instead, and nothing answers its challenges. Write outbound_auth=.`,
      );
    }
  }
  checkOpenByAddress(out, endpoint, direction, dialplan);
}
