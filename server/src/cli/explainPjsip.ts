/**
 * `asterisk-conf explain pjsip.conf [name]`: for each endpoint, how a call to us is matched and challenged
 * and where it lands, how we call it and what we answer its challenges with; for each registration, where
 * we sign in and which endpoint takes the calls coming back (dialects/pjsip/direction.ts, the texts the
 * editor's hover shows). Objects Asterisk refuses say so, with check's message (refused.ts: the same judgement
 * as the rules'). Secrets are masked.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Analysis } from '../service/analysis';
import { endpointDirection, registrationDirection, renderEndpointDirection, renderRegistrationDirection } from '../service/dialects/pjsip/direction';
import type { PjsipModel, PjsipObject } from '../service/dialects/pjsip/model';
import { refusalsOf } from '../service/dialects/pjsip/refused';
import { validatePjsip } from '../service/dialects/pjsip/rules';
import { maskSecretsInText, maskUriPassword } from '../service/features/secretMask';
import { UsageError } from './workspace';

/** The hover's markdown as terminal text: no bold, names without backticks. */
function plain(markdown: string): string {
  return markdown.replace(/\*\*/g, '').replace(/`([^`]*)`/g, '$1');
}

function where(model: PjsipModel, uri: string, line: number): string {
  return `${uri === model.base.root.uri ? '' : `${path.basename(fileURLToPath(uri))} `}line ${line + 1}`;
}

/** The report's lines after the title; `wanted` limits it to the objects of that name. */
export function explainPjsip(analysis: Analysis, wanted: string | undefined, fileName: string): string[] {
  const model = analysis.pjsip;
  if (!model) return [];
  const endpoints = model.ofType('endpoint').filter((endpoint) => wanted === undefined || endpoint.name === wanted);
  const registrations = model.ofType('registration').filter((registration) => wanted === undefined || registration.name === wanted);
  if (wanted !== undefined && !endpoints.length && !registrations.length) throw new UsageError(`No endpoint or registration [${wanted}] in ${fileName}`);
  const issues = validatePjsip(model);
  const out: string[] = [];
  // The issues that make Asterisk refuse the object (refused.ts, as the checks judge it): an error it loads
  // silently (a reference that finds nothing) is check's to report, not a refusal.
  const notes = (object: PjsipObject) => {
    for (const issue of refusalsOf(object, issues)) out.push(`  note: ${maskSecretsInText('pjsip', issue.message)} (${issue.rule}, ${where(model, issue.uri, issue.line)})`);
  };
  if (endpoints.length) {
    const directions = endpoints.map((endpoint) => ({ endpoint, direction: endpointDirection(model, endpoint) }));
    const width = Math.max(8, ...endpoints.map((endpoint) => endpoint.name.length));
    out.push(`${'endpoint'.padEnd(width)}  direction`, `${'-'.repeat(width)}  ${'-'.repeat(12)}`);
    for (const { endpoint, direction } of directions) {
      const words = plain(renderEndpointDirection(direction).split('\n')[0]).slice(`endpoint ${endpoint.name} `.length);
      out.push(`${endpoint.name.padEnd(width)}  ${words}`);
    }
    for (const { endpoint, direction } of directions) {
      const shown = { ...direction, outbound: { ...direction.outbound, aors: direction.outbound.aors.map((aor) => ({ ...aor, contacts: aor.contacts.map(maskUriPassword) })) } };
      out.push('', `[${endpoint.name}]`, ...plain(renderEndpointDirection(shown)).split('\n').slice(1).map((line) => `  ${line}`));
      notes(endpoint);
    }
  }
  if (registrations.length) {
    out.push('', 'Registrations (we sign in to a remote server):');
    for (const registration of registrations) {
      const direction = registrationDirection(model, registration);
      const shown = {
        ...direction,
        ...(direction.serverUri !== undefined ? { serverUri: maskUriPassword(direction.serverUri) } : {}),
        ...(direction.clientUri !== undefined ? { clientUri: maskUriPassword(direction.clientUri) } : {}),
      };
      out.push('', `[${registration.name}]`, ...plain(renderRegistrationDirection(shown)).split('\n').map((line, index) => (index === 0 ? `  ${line.slice(`registration ${registration.name} `.length)}` : `  ${line}`)));
      notes(registration);
    }
  }
  if (!endpoints.length && !registrations.length) out.push('No endpoint and no registration: Asterisk neither takes nor makes calls with this file.');
  return out;
}
