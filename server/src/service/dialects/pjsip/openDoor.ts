/**
 * How calls reach an endpoint without a password, for pjsip-open-by-address: the identifies naming it by
 * address (`match`) or by header (`match_header`), when it has no `auth`. Observed on Asterisk 22
 * (test/fixtures/pjsip-oracle/identify-header): a request carrying the header is matched to the
 * endpoint, whatever its identify_by says, and let in unchallenged. A header is written by the sender:
 * anyone who can reach our SIP port can send it, so a match by header is at least as open as a match by
 * address (which at least needs the address, or a spoofed one).
 */
import type { EndpointDirection } from './direction';

export interface OpenDoor {
  /** `match` entries of the identifies (addresses, networks, host names). */
  readonly addresses: readonly string[];
  /** `match_header` values (`Name: value`). */
  readonly headers: readonly string[];
}

/** The ways in without a password, or undefined when the endpoint challenges (auth=) or no identify names it. */
export function openDoor(direction: EndpointDirection): OpenDoor | undefined {
  if (direction.inbound.challengedWith.length) return undefined;
  const addresses = direction.inbound.identifies.flatMap((identify) => identify.match);
  const headers = direction.inbound.identifies.flatMap((identify) => identify.header ?? []);
  return addresses.length || headers.length ? { addresses, headers } : undefined;
}

/** The start of the message (who gets in) and its end (who can abuse it), in our words. */
export function openDoorText(door: OpenDoor): { readonly calls: string; readonly anyone: string } {
  const from = door.addresses.length ? `from ${door.addresses.join(', ')}` : '';
  const carrying = door.headers.length ? `carrying the header ${door.headers.map((header) => `'${header}'`).join(' or ')}` : '';
  const calls = `Calls ${[from, carrying].filter(Boolean).join(' or ')}`;
  const anyone = door.headers.length
    ? 'A header is written by the caller: anyone who can reach this SIP port can send it (at least as open as a match by address) and calls out at your cost'
    : 'Anyone at (or spoofing) that address calls out at your cost';
  return { calls, anyone };
}
