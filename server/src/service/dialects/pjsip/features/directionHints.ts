/**
 * Direction at a glance in pjsip.conf, as features/directionHints.ts does for sip.conf: an inlay hint
 * (or a title-only code lens) at the end of each endpoint header (`⇐ calls us`, `⇒ we call`, `⇄ both`)
 * and each registration header (`⇒ we register to <server_uri>`). The server picks hints or lenses by
 * `asterisk.directionHints`, like it does for sip.
 */
import type { CodeLens, InlayHint, Range } from 'vscode-languageserver-types';
import { MAX_SYMBOL_TEXT } from '../../../limits';
import { clip } from '../../../quote';
import { endpointDirection, registrationDirection, renderEndpointDirection, renderRegistrationDirection, type Arrow } from '../direction';
import type { PjsipModel, PjsipObject } from '../model';
import type { PjsipFeatureContext } from './featureContext';
import { codeLensesOf, inlayHintsOf, type GlanceLabel } from '../../../features/directionHints';

const ARROW_LABEL: Readonly<Record<Arrow, string>> = { '⇐': '⇐ calls us', '⇒': '⇒ we call', '⇄': '⇄ both' };

/** The short label of an endpoint or a registration, or undefined for other objects (and endpoints with no way in or out). */
export function pjsipDirectionLabel(model: PjsipModel, object: PjsipObject): string | undefined {
  if (object.type === 'endpoint') {
    const arrow = endpointDirection(model, object).arrow;
    return arrow ? ARROW_LABEL[arrow] : undefined;
  }
  if (object.type === 'registration') {
    const server = registrationDirection(model, object).serverUri;
    return `⇒ we register to ${server ? clip(server.trim(), MAX_SYMBOL_TEXT) : '(no server_uri)'}`;
  }
  return undefined;
}

/** Plain text of the direction (markdown code marks dropped): a tooltip is not rendered as markdown. */
function tooltipOf(model: PjsipModel, object: PjsipObject): string {
  const text = object.type === 'endpoint' ? renderEndpointDirection(endpointDirection(model, object)) : renderRegistrationDirection(registrationDirection(model, object));
  return text.replace(/\*\*|`/g, '');
}

function glanceLabels(context: PjsipFeatureContext, fromLine: number, toLine: number): GlanceLabel[] {
  const { model, uri } = context;
  const labels: GlanceLabel[] = [];
  for (const type of ['endpoint', 'registration'] as const) {
    for (const object of model.ofType(type)) {
      const { section } = object;
      if (section.uri !== uri || section.headerLine < fromLine || section.headerLine > toLine) continue;
      const text = pjsipDirectionLabel(model, object);
      if (!text) continue;
      labels.push({ line: section.headerLine, column: section.header.headerSpan.end, text, tooltip: () => tooltipOf(model, object) });
    }
  }
  return labels.sort((a, b) => a.line - b.line);
}

export function getPjsipInlayHints(context: PjsipFeatureContext, range: Range): InlayHint[] {
  return inlayHintsOf(context.document.lineCount, range, (fromLine, toLine) => glanceLabels(context, fromLine, toLine));
}

/** Title-only lenses (a command with an empty id shows as plain text), without tooltips, as for sip. */
export function getPjsipCodeLenses(context: PjsipFeatureContext): CodeLens[] {
  return codeLensesOf(glanceLabels(context, 0, context.document.lineCount - 1));
}
