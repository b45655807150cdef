/** The pjsip check over every transport: a UDP transport binding what an earlier one binds. */
import { valueOf, type PjsipModel, type PjsipObject } from './model';
import { quote, type Collector } from './ruleTable';

/** `address:port` of a bind value, with Asterisk's default port 5060 when none is written. */
function bindOf(value: string): { host: string; port: string } | undefined {
  const trimmed = value.trim();
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(trimmed);
  return match ? { host: match[1].toLowerCase(), port: match[2] ?? '5060' } : undefined;
}

const WILDCARDS = new Set(['0.0.0.0', '[::]']);
const isIpv6 = (host: string): boolean => host.startsWith('[') || host.includes(':');

/**
 * Observed in Asterisk 22: a UDP transport whose port an earlier UDP transport binds on the same
 * address, or with either on the wildcard address of the same family, is not started ("Address already
 * in use") and not created (0.0.0.0 and [::] on one port both start); the earlier one in the file wins.
 * TCP and TLS transports on one port both started, so only UDP is checked.
 */
export function checkTransports(out: Collector, model: PjsipModel): void {
  const bound: { transport: PjsipObject; host: string; port: string }[] = [];
  for (const transport of model.ofType('transport')) {
    if ((valueOf(transport, 'protocol') ?? 'udp').trim().toLowerCase() !== 'udp') continue;
    const bind = bindOf(valueOf(transport, 'bind') ?? '');
    if (!bind) continue;
    // A wildcard covers only its own address family: 0.0.0.0 and [::] on one port both start (observed).
    const earlier = bound.find((other) => other.port === bind.port && isIpv6(other.host) === isIpv6(bind.host) && (other.host === bind.host || WILDCARDS.has(other.host) || WILDCARDS.has(bind.host)));
    if (earlier) {
      out.atHeader(
        'pjsip-transport-bind-conflict',
        transport.section,
        `transport ${quote(transport.name)} binds UDP ${bind.host}:${bind.port}, which transport ${quote(earlier.transport.name)} already binds: Asterisk cannot start it.`,
      );
      continue;
    }
    bound.push({ transport, ...bind });
  }
}
