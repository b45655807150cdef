/**
 * Direction, seen from Asterisk's side (the seed): a user calls us and needs a context; a peer is
 * called and needs a host (or host=dynamic plus a secret, as it must REGISTER); options that act only
 * in the direction a section does not have are dead weight.
 */
import { findContext } from '../../model/dialplan';
import type { Endpoint, Entry, Section } from '../../model/types';
import { lookupOption } from '../../data/catalog';
import type { OptionEntry } from '../../data/catalogTypes';
import { driverName, keyRange, roleOf, sectionNameRange, valueRange, type RuleContext } from './ruleContext';
import { clip, quote } from '../../quote';

export function checkDirections(context: RuleContext): void {
  const model = context.analysis.model;
  for (const endpoint of model.endpoints) checkEndpointDirection(context, endpoint);
  for (const section of model.sections) checkSectionDirections(context, section, model.endpointsByKey.get(section.key));
}

/** The context and host an endpoint needs for its direction: reads only the endpoint. */
export function checkEndpointDirection(context: RuleContext, endpoint: Endpoint): void {
  if (!context.isHere(endpoint.section.uri)) return;
  checkContextPresent(context, endpoint);
  checkLocation(context, endpoint);
}

/** Options of one section that act only in the direction its endpoint (the one for its name) lacks. */
export function checkSectionDirections(context: RuleContext, section: Section, endpoint: Endpoint | undefined): void {
  if (section.kind !== 'endpoint' || !endpoint || !(endpoint.bits.user || endpoint.bits.peer)) return;
  // A friend has both directions, and chan_sip's peer-only list (one device scope) matters only for a pure user: nothing to find.
  if ((endpoint.bits.user && endpoint.bits.peer) || (!context.profile.splitsDeviceScopes && !endpoint.bits.user)) return;
  for (const entry of section.entries) {
    if (context.isHere(entry.uri)) checkOptionDirection(context, endpoint, entry);
  }
}

function checkContextPresent(context: RuleContext, endpoint: Endpoint): void {
  const inbound = endpoint.direction.inbound;
  if (!endpoint.bits.user || !inbound) return;
  const source = inbound.context.source.kind;
  // A [general] context the driver does not read (chan_iax2, asterisk-facts.md §3.3) stays on the default's source.
  if (source !== 'default') return;
  const unread = !!inbound.context.source.entry;
  const name = clip(endpoint.section.name);
  const where = unread ? `the context in [general] is not read by ${context.profile.driver}` : 'not its own, not from a template, not in [general]';
  context.report(
    'user-without-context',
    sectionNameRange(endpoint.section),
    `${name} is ${roleOf(endpoint)} but has no context (${where}): its calls enter Asterisk's built-in context 'default' — anyone who gets in as ${name} reaches whatever that dialplan allows. Add context=<the context for its calls>.`,
  );
}

function checkLocation(context: RuleContext, endpoint: Endpoint): void {
  const outbound = endpoint.direction.outbound;
  if (!endpoint.bits.peer || !outbound) return;
  const name = clip(endpoint.section.name);
  const technology = context.profile.technology;
  if (outbound.location.kind === 'missing') {
    context.report(
      'peer-without-host',
      sectionNameRange(endpoint.section),
      `${name} is ${roleOf(endpoint)} but has no host (neither its own nor from a template): Asterisk has nowhere to send calls to it, so Dial(${technology}/${name}) fails. Set host=<address>, or host=dynamic if it registers to us.`,
    );
  } else if (outbound.location.kind === 'dynamic' && outbound.location.protectedBy.length === 0) {
    const protection = context.profile.direction.registrationSecrets;
    // Only a user side without a password of its own lets the registrant call in as well (chan_iax2 may
    // have built the user from another definition, with its own secret).
    const alsoUser = endpoint.bits.user && endpoint.direction.inbound?.authenticatedBy.includes('none') ? `, and — as it is also a user — place calls into its context` : '';
    context.report(
      'dynamic-without-secret',
      sectionNameRange(endpoint.section),
      `${name} is host=dynamic without ${protection}: ${driverName(context.dialect)} accepts its REGISTER without a password challenge, so anyone who can reach us can register as ${name}, receive its calls${alsoUser}. Add a secret.`,
    );
  }
}

function checkOptionDirection(context: RuleContext, endpoint: Endpoint, entry: Entry): void {
  const option = lookupOption(context.dialect, entry.node.key);
  if (!option) return;
  const name = clip(endpoint.section.name);
  const key = entry.node.key;
  if (!context.profile.splitsDeviceScopes) {
    if (!endpoint.bits.user || endpoint.bits.peer || !context.profile.device.peerOnlyOptions.has(option.name)) return;
    context.report(
      'wrong-direction-option',
      keyRange(entry),
      `${clip(key)} is about calling ${name} (outbound: a peer's side), but ${name} is a user: it only calls us — Asterisk never calls it nor accepts its REGISTER — so ${key} has no effect. Use type=friend if we must call it too.`,
      { belongsTo: 'peer' },
    );
    return;
  }
  const belongsTo = iaxSide(option);
  if (!belongsTo) return;
  if (belongsTo === 'peer' && endpoint.bits.user && !endpoint.bits.peer) {
    context.report(
      'wrong-direction-option',
      keyRange(entry),
      `${clip(key)} only acts on a peer (where we send calls: outbound), but ${name} is a user (it calls us): chan_iax2 builds no peer for it and ignores ${key}. Use type=friend, or move it to a peer section.`,
      { belongsTo },
    );
  } else if (belongsTo === 'user' && endpoint.bits.peer && !endpoint.bits.user) {
    context.report(
      'wrong-direction-option',
      keyRange(entry),
      `${clip(key)} only acts on a user (calls it sends us: inbound), but ${name} is a peer (we call it): chan_iax2 builds no user for it and ignores ${key}. Use type=friend, or move it to a user section.`,
      { belongsTo },
    );
  }
}

/** iax has separate user and peer builders: an option only one of them reads belongs to that side. */
function iaxSide(option: OptionEntry): 'user' | 'peer' | undefined {
  const user = option.sections.includes('user');
  const peer = option.sections.includes('peer');
  if (user && !peer) return 'user';
  if (peer && !user) return 'peer';
  return undefined;
}

/** Context-valued options (regcontext is created by Asterisk itself, so it need not exist). */
export function checkContextValue(context: RuleContext, section: Section, entry: Entry, option: OptionEntry, endpoint: Endpoint | undefined): void {
  const dialplan = context.analysis.dialplan;
  if (!dialplan || option.kind !== 'context' || option.name === 'regcontext') return;
  const value = entry.node.value.trim();
  if (value === '' || value.includes('$')) return;
  // iax users may list several contexts, one per line; each must exist.
  if (findContext(dialplan, value)) return;
  const who =
    section.kind === 'general'
      ? 'guest calls and every device without its own context'
      : endpoint && section.kind === 'endpoint'
        ? `calls from ${clip(section.name)} (${roleOf(endpoint)})`
        : `calls from every section that inherits [${clip(section.name)}]`;
  const what = option.name === 'context' ? `${who} enter it, find no extension and are rejected` : `Asterisk finds nothing there for ${option.name}`;
  context.report('unknown-context', valueRange(entry), `extensions.conf defines no context ${quote(value)}: ${what}.`, { context: value });
}
