/**
 * The object types of pjsip.conf. A section is an object; its `type=` line says which kind, and the same
 * section name may be used once per type (`[acme] type=endpoint` and `[acme] type=aor` are two objects).
 * Every description says, from Asterisk's side, which way of calling or authenticating the object serves.
 * Ground truth: pjsip-facts.md §1-2 and runs of real Asterisk 22; the texts are this project's own.
 */
import type { PjsipObjectType, PjsipObjectTypeEntry } from './types';

export const pjsipObjectTypes: readonly PjsipObjectTypeEntry[] = [
  {
    name: 'endpoint',
    direction: 'both',
    fromFile: true,
    description:
      'A party that calls us or that we call: its codecs, media and call settings, the dialplan context its calls enter (`context`), the auth objects that challenge its calls to us (`auth`) and answer its challenges when we call it (`outbound_auth`), and the aors that say where it can be reached (`aors`).',
  },
  {
    name: 'aor',
    direction: 'both',
    fromFile: true,
    description:
      'Address of record: where Asterisk sends calls for an endpoint. Either fixed addresses (`contact`) or the addresses that devices register to it (up to `max_contacts`). A device registering to us must name an aor that allows at least one contact.',
  },
  {
    name: 'auth',
    direction: 'both',
    fromFile: true,
    description:
      'A set of credentials. Named in an endpoint\'s `auth`, Asterisk challenges calls and registrations coming to us and expects these credentials; named in `outbound_auth` (endpoint, registration, outbound-publish), Asterisk sends them when the far end challenges us. Keep the two uses in separate objects.',
  },
  {
    name: 'identify',
    direction: 'inbound',
    fromFile: true,
    description:
      'Matches requests that come to us to an endpoint by the sender\'s address (`match`) or a header, instead of by user name. The usual way to recognise a provider\'s calls; such calls are not challenged unless the endpoint has `auth`.',
  },
  {
    name: 'registration',
    direction: 'outbound',
    fromFile: true,
    description:
      'Asterisk signs in to another server (`server_uri`) as `client_uri`, answering its challenges with `outbound_auth`, so that the server sends us calls for that account. Calls that then come back still need an endpoint that matches them (an identify, or `line` with `endpoint`).',
  },
  {
    name: 'transport',
    direction: 'both',
    fromFile: true,
    description:
      'A listening socket for SIP (UDP, TCP, TLS, WebSocket): protocol, bound address, NAT addresses and TLS files. Used for both directions; an endpoint or registration may pin one with `transport`.',
  },
  {
    name: 'global',
    direction: 'none',
    fromFile: true,
    singleton: true,
    description: 'Settings for the whole SIP stack: user agent, how requests are matched to endpoints, keep-alives, defaults for outgoing requests.',
  },
  {
    name: 'system',
    direction: 'none',
    fromFile: true,
    // Not flagged singleton: two system objects loaded silently, three were rejected (observed in Asterisk 22).
    description: 'Low-level settings of the SIP stack: SIP timers, header compaction and the worker thread pool. Write only one.',
  },
  {
    name: 'acl',
    direction: 'inbound',
    fromFile: true,
    description:
      'An address filter applied to every request that comes to us (`permit`, `deny`, `acl`) and to the addresses devices register (`contact_permit`, `contact_deny`, `contact_acl`), whatever the endpoint.',
  },
  {
    name: 'contact',
    direction: 'outbound',
    fromFile: false,
    description:
      'One address where an aor can be reached. Asterisk creates these itself, from an aor\'s `contact` lines and from registrations, and keeps them in its internal database; a `type=contact` section in pjsip.conf is not loaded (observed: no contact appears).',
  },
  {
    name: 'domain_alias',
    direction: 'inbound',
    fromFile: true,
    description: 'Makes the section\'s name another name of the domain given in `domain`, so that requests addressed to the alias are treated as addressed to that domain.',
  },
  {
    name: 'phoneprov',
    direction: 'none',
    fromFile: true,
    anyOption: true,
    description:
      'Provisioning data for a phone (res_phoneprov): which endpoint, the phone\'s MAC address and profile. Any other option is passed to the provisioning templates as a variable.',
  },
  {
    name: 'resource_list',
    direction: 'inbound',
    fromFile: true,
    description: 'A list that devices can subscribe to as a whole (RFC 4662), getting the state of every resource in it through one subscription.',
  },
  {
    name: 'outbound-publish',
    direction: 'outbound',
    fromFile: true,
    description:
      'Asterisk sends PUBLISH requests with some state (presence, device or mailbox state) to another server; it answers that server\'s challenges with `outbound_auth`.',
  },
  {
    name: 'inbound-publication',
    direction: 'inbound',
    fromFile: true,
    prefixedOption: {
      prefix: 'event_',
      description: '`event_<package>=<name>`: accept publications of this event package and hand them to the named handler (for Asterisk state: an asterisk-publication object).',
    },
    description: 'Accepts PUBLISH requests from one endpoint (`endpoint`) for the event packages listed as `event_<package>` options.',
  },
  {
    name: 'asterisk-publication',
    direction: 'both',
    fromFile: true,
    description:
      'Shares device and mailbox state between Asterisk servers: what we publish goes out through an outbound-publish object, what another Asterisk publishes to us comes in through an inbound-publication.',
  },
  {
    name: 'subscription_persistence',
    direction: 'none',
    fromFile: false,
    description:
      'Subscriptions Asterisk saves in its internal database so that they survive a restart. Written by Asterisk, not by an administrator; not read from pjsip.conf.',
  },
];

const byName = new Map<string, PjsipObjectTypeEntry>(pjsipObjectTypes.map((entry) => [entry.name, entry]));

/** The object type of a `type=` value; Asterisk compares it exactly (lower case, `-` and `_` as written). */
export function lookupObjectType(value: string): PjsipObjectTypeEntry | undefined {
  return byName.get(value.trim());
}

export function isPjsipObjectType(value: string): value is PjsipObjectType {
  return byName.has(value);
}
