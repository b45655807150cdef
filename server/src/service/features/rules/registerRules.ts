/**
 * `register =>` statements: us signing in to a remote box and telling it where we are. Only [general]
 * reads them; each problem of the dialect's grammar is reported on the part that fails.
 */
import type { Range } from 'vscode-languageserver-types';
import type { Endpoint, RegisterStatement } from '../../model/types';
import type { RegisterPart } from '../../model/registerStatement';
import { driverName, keyRange, valueRange, type RuleContext } from './ruleContext';
import { clip } from '../../quote';

function partRange(statement: RegisterStatement, start: number, end: number): Range {
  return valueRange(statement.entry, start, end);
}

/** The hosts (lower-cased) an endpoint names: what register-no-peer looks a register's host up in. */
export function hostsOf(endpoint: Endpoint): string[] {
  const hosts: string[] = [];
  const location = endpoint.direction.outbound?.location;
  if (location?.kind === 'static') hosts.push(location.host.value.trim().toLowerCase());
  // A host set on a user still names the box (a user is matched by name, not host, but says who it is).
  const host = endpoint.options.get('host');
  if (host?.length) hosts.push(host[host.length - 1].value.trim().toLowerCase());
  return hosts.slice(); // kept per endpoint: without the spare room push left
}

/** Every endpoint's hosts, for a one-off check (the incremental validation keeps its own index). */
export function peerHostsOf(endpoints: readonly Endpoint[]): Set<string> {
  const hosts = new Set<string>();
  for (const endpoint of endpoints) for (const host of hostsOf(endpoint)) hosts.add(host);
  return hosts;
}

/** `peerHosts` is only read when a [general] register statement can be checked against it. */
export function checkRegisters(context: RuleContext, peerHosts: () => ReadonlySet<string> | ReadonlyMap<string, number> = () => peerHostsOf(context.analysis.model.endpoints)): void {
  const model = context.analysis.model;
  const seen = new Map<string, RegisterStatement>();
  let hosts: ReadonlySet<string> | ReadonlyMap<string, number> | undefined;
  const hostIndex = () => (hosts ??= peerHosts());
  for (const statement of model.registers) {
    const here = context.isHere(statement.entry.uri);
    if (statement.section.kind !== 'general') {
      if (here) {
        context.report(
          'register-outside-general',
          keyRange(statement.entry),
          `${driverName(context.dialect)} reads register lines only in [general]: in [${clip(statement.section.name)}] this line is ignored and Asterisk never signs in to this host. Move it to [general].`,
          { section: statement.section.name },
        );
      }
      continue;
    }
    const value = statement.entry.node.value;
    const first = seen.get(value);
    if (!first) seen.set(value, statement);
    if (!here) continue;
    for (const problem of statement.parsed.problems) {
      const range = partRange(statement, problem.span.start, problem.span.end);
      if (problem.code === 'register-iax-sip-syntax') context.report('register-iax-sip-syntax', range, problem.message, { problem: problem.code });
      else context.report('register-malformed', range, problem.message, { problem: problem.code });
    }
    if (first) {
      const consequence = context.profile.duplicateRegister;
      context.report('register-duplicate', valueRange(statement.entry), `The same register statement is already on line ${first.entry.line + 1}: ${consequence}. Remove one.`, {
        firstLine: first.entry.line,
        firstUri: first.entry.uri,
      });
      continue;
    }
    checkPeerForRegister(context, statement, hostIndex);
  }
}

function checkPeerForRegister(context: RuleContext, statement: RegisterStatement, peerHosts: () => ReadonlySet<string> | ReadonlyMap<string, number>): void {
  const parsed = statement.parsed;
  if (!parsed.accepted || !parsed.host || parsed.problems.length) return;
  const host: RegisterPart = parsed.host;
  if (peerHosts().has(host.text.trim().toLowerCase())) return;
  // A SIP line may name the peer whose settings it uses (`peer?`): that peer matches the provider's calls.
  if ('peer' in parsed && parsed.peer && context.analysis.model.endpointsByKey.has(parsed.peer.text.toLowerCase())) return;
  const matcher = context.profile.registerMatcher;
  context.report(
    'register-no-peer',
    partRange(statement, host.span.start, host.span.end),
    `We register to ${clip(host.text)}, but no section here has host=${clip(host.text)}: its calls to us need ${matcher}; without one they fall to the [general] context or are rejected.`,
    { host: host.text },
  );
}
