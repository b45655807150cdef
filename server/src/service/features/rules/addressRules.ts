/**
 * Options that take a numeric address (issue #15 B4): chan_sip's externaddr / bindaddr / udpbindaddr /
 * tcpbindaddr / tlsbindaddr / rtpbindaddr / media_address and chan_iax2's bindaddr are parsed with
 * ast_parse_arg(PARSE_ADDR), i.e. getaddrinfo with AI_NUMERICHOST: a host name is never looked up, the
 * line is logged and not applied. Only sip externhost resolves names.
 */
import { quote } from '../../quote';
import type { OptionEntry } from '../../data/catalogTypes';
import type { Entry, Section } from '../../model/types';
import { valueRange, type RuleContext } from './ruleContext';

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const PORT = /^\d{1,5}$/;

function isIpv6(text: string): boolean {
  if (!/^[0-9a-f:.]+$/i.test(text) || !text.includes(':')) return false;
  const doubles = text.match(/::/g)?.length ?? 0;
  if (doubles > 1 || text.includes(':::')) return false;
  const groups = text.split(':');
  const last = groups[groups.length - 1];
  const tailIsV4 = last.includes('.');
  if (tailIsV4 && !IPV4.test(last)) return false;
  const hexGroups = tailIsV4 ? groups.slice(0, -1) : groups;
  if (hexGroups.some((group) => group.length > 4 || group.includes('.'))) return false;
  const count = hexGroups.filter((group) => group !== '').length + (tailIsV4 ? 2 : 0);
  return doubles === 1 ? count < 8 : count === 8;
}

/**
 * `address[:port]` as ast_sockaddr_parse reads it with the port optional: a dotted IPv4 address, an
 * IPv6 address in brackets (or bare, without a port), and a numeric port of at most 65535.
 */
export function isNumericAddress(text: string): boolean {
  let host = text;
  let port: string | undefined;
  if (text.startsWith('[')) {
    const close = text.indexOf(']');
    if (close < 0) return false;
    host = text.slice(1, close);
    const rest = text.slice(close + 1);
    if (rest !== '') {
      if (!rest.startsWith(':')) return false;
      port = rest.slice(1);
    }
    if (!isIpv6(host)) return false;
  } else if ((text.match(/:/g)?.length ?? 0) > 1) {
    return isIpv6(text);
  } else {
    const colon = text.indexOf(':');
    if (colon >= 0) {
      host = text.slice(0, colon);
      port = text.slice(colon + 1);
    }
    if (!IPV4.test(host)) return false;
  }
  return port === undefined || (PORT.test(port) && Number(port) <= 65535);
}

/** A value that reads as a host name (letters, digits, dots and dashes, one letter at least), not a broken address. */
function looksLikeHostName(text: string): boolean {
  const host = text.replace(/:\d+$/, '');
  return /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.?$/i.test(host) && /[a-z]/i.test(host);
}

export function checkAddress(context: RuleContext, section: Section, entry: Entry, option: OptionEntry): void {
  const value = entry.node.value.trim();
  if (value === '' || isNumericAddress(value)) return;
  const hostName = looksLikeHostName(value);
  // externaddr has a twin that does resolve names: offer it (only in [general], where both are read).
  const renameTo = hostName && context.profile.externhostTwin && option.name === 'externaddr' && section.kind === 'general' ? 'externhost' : undefined;
  const what = hostName ? 'a host name, but this option takes a numeric IP address[:port] and never looks names up' : 'not a numeric IP address[:port]';
  const advice = renameTo ? ` To follow a name, write externhost=${value} (looked up at load and every externrefresh seconds).` : '';
  context.report('address-not-numeric', valueRange(entry), `${quote(value)} is ${what}: ${context.profile.addressConsequence(entry, option)}.${advice}`, renameTo ? { renameTo } : undefined);
}
