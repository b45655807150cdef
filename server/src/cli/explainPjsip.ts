/**
 * `asterisk-conf explain pjsip.conf [name]`: for each endpoint, how a call to us is matched and challenged
 * and where it lands, how we call it and what we answer its challenges with; for each registration, where
 * we sign in and which endpoint takes the calls coming back (dialects/pjsip/direction.ts, the texts the
 * editor's hover shows). Objects Asterisk refuses say so, with check's message (refused.ts: the same judgement
 * as the rules'), and get no direction: Asterisk does not create them. Secrets are masked.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Analysis } from '../service/analysis';
import { endpointDirection, registrationDirection, renderEndpointDirection, renderRegistrationDirection } from '../service/dialects/pjsip/direction';
import type { PjsipModel } from '../service/dialects/pjsip/model';
import { refusalsOf } from '../service/dialects/pjsip/refused';
import { validatePjsip } from '../service/dialects/pjsip/rules';
import type { PjsipIssue } from '../service/dialects/pjsip/ruleTable';
import { maskSecretsInText, maskUriPassword } from '../service/features/secretMask';
import { UsageError } from './workspace';

/** What the table and a refused registration say instead of a direction. */
const NOT_CREATED = 'not created (Asterisk refuses it)';

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
  const notes = (refusals: readonly PjsipIssue[]) => {
    for (const issue of refusals) out.push(`  note: ${maskSecretsInText('pjsip', issue.message)} (${issue.rule}, ${where(model, issue.uri, issue.line)})`);
  };
  if (endpoints.length) {
    const rows = endpoints.map((endpoint) => {
      const refusals = refusalsOf(endpoint, issues);
      // A refused endpoint has no direction: Asterisk does not create it (the notes say why).
      return { endpoint, refusals, direction: refusals.length ? undefined : endpointDirection(model, endpoint) };
    });
    const width = Math.max(8, ...endpoints.map((endpoint) => endpoint.name.length));
    out.push(`${'endpoint'.padEnd(width)}  direction`, `${'-'.repeat(width)}  ${'-'.repeat(12)}`);
    for (const { endpoint, direction } of rows) {
      const words = direction ? plain(renderEndpointDirection(direction).split('\n')[0]).slice(`endpoint ${endpoint.name} `.length) : NOT_CREATED;
      out.push(`${endpoint.name.padEnd(width)}  ${words}`);
    }
    for (const { endpoint, direction, refusals } of rows) {
      out.push('', `[${endpoint.name}]`);
      if (direction) {
        const shown = { ...direction, outbound: { ...direction.outbound, aors: direction.outbound.aors.map((aor) => ({ ...aor, contacts: aor.contacts.map(maskUriPassword) })) } };
        out.push(...plain(renderEndpointDirection(shown)).split('\n').slice(1).map((line) => `  ${line}`));
      } else out.push('  Asterisk does not create this endpoint: no request is matched to it and it calls nothing.');
      notes(refusals);
    }
  }
  if (registrations.length) {
    out.push('', 'Registrations (we sign in to a remote server):');
    for (const registration of registrations) {
      const refusals = refusalsOf(registration, issues);
      if (refusals.length) {
        out.push('', `[${registration.name}]`, `  ${NOT_CREATED}: Asterisk never sends its REGISTER.`);
        notes(refusals);
        continue;
      }
      const direction = registrationDirection(model, registration);
      const shown = {
        ...direction,
        ...(direction.serverUri !== undefined ? { serverUri: maskUriPassword(direction.serverUri) } : {}),
        ...(direction.clientUri !== undefined ? { clientUri: maskUriPassword(direction.clientUri) } : {}),
      };
      out.push('', `[${registration.name}]`, ...plain(renderRegistrationDirection(shown)).split('\n').map((line, index) => (index === 0 ? `  ${line.slice(`registration ${registration.name} `.length)}` : `  ${line}`)));
    }
  }
  if (!endpoints.length && !registrations.length) out.push('No endpoint and no registration: Asterisk neither takes nor makes calls with this file.');
  return out;
}
