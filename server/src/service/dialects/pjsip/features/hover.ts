/**
 * Hover in pjsip.conf (issue #16): on an endpoint (its header or its `type=` line) the direction from
 * Asterisk's side — how a call to us is matched, challenged and where it lands, how we call it and what
 * answers its challenges; on a registration what we sign in to and where the calls coming back land; on
 * an option its documentation for the object's type (the one renderer); on an enum value its meaning; on
 * a reference (`aors=alice`) what the named object is. Secrets are masked (features/secretMask.ts displayPjsipValue).
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import type { KeyValueNode, Span } from '../../../parser/nodes';
import { valueColumnAt } from '../../../features/locate';
import { escapeProse, inlineCode } from '../../../features/markdown';
import { MAX_SYMBOL_TEXT } from '../../../limits';
import { clip } from '../../../quote';
import { chanSipAdvice } from '../chanSipKeys';
import { endpointDirection, registrationDirection, renderEndpointDirection, renderRegistrationDirection } from '../direction';
import { linesOf, valueOf, type PjsipModel, type PjsipObject } from '../model';
import { refusedForItsLines } from '../objectChecks';
import { lookupObjectType } from '../objectTypes';
import type { PjsipOptionEntry } from '../types';
import type { PjsipFeatureContext } from './featureContext';
import { listWordAt } from '../../../features/locate';
import { locatePjsip, ownerOf, referenceAt, type PjsipTarget, type SectionOwner } from './locate';
import { renderPjsipOptionDocumentation, renderPjsipValueDocumentation } from './optionDocs';
import { displayPjsipValue } from '../../../features/secretMask';

/** More names than this in one list make a hover nobody reads. */
const MAX_LISTED = 10;

export function doPjsipHover(context: PjsipFeatureContext, position: Position): Hover | null {
  const target = locatePjsip(context, position);
  if (!target) return null;
  switch (target.kind) {
    case 'sectionName':
      return sectionHover(context, target);
    case 'headerOption':
      return headerOptionHover(context, target);
    case 'key':
      return keyHover(context, target);
    case 'value':
      return valueHover(context, target);
    default:
      return null;
  }
}

function hoverOf(parts: readonly (string | undefined)[], line: number, span: Span): Hover {
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.filter((part): part is string => !!part).join('\n\n') },
    range: { start: { line, character: span.start }, end: { line, character: span.end } },
  };
}

function code(text: string): string {
  return inlineCode(clip(text, MAX_SYMBOL_TEXT));
}

function names(objects: readonly string[]): string {
  const shown = objects.slice(0, MAX_LISTED).map(code);
  if (objects.length > MAX_LISTED) shown.push(`and ${objects.length - MAX_LISTED} more`);
  return shown.join(', ');
}

/** The first sentence of an object type's description (the hover of a section names its type first). */
function typeSummary(type: string): string | undefined {
  const description = lookupObjectType(type)?.description;
  if (!description) return undefined;
  const end = description.search(/\.(\s|$)/);
  return end < 0 ? description : description.slice(0, end + 1);
}

/** The direction texts are one fact per line; markdown would run single line breaks together. */
export function hardBreaks(lines: string): string {
  return lines.split('\n').join('  \n');
}

/** A refused object (an error in its lines): not created, and what that means for those naming it. */
function refusedText(model: PjsipModel, object: PjsipObject): string {
  const users = [...new Set(model.referencesTo(object).map((use) => `${use.from.type} ${use.from.name} (${use.option})`))];
  const cost = object.type === 'endpoint' ? 'no request is matched to it and Asterisk calls nothing through it' : 'the objects naming it find nothing when they need it';
  return [`**${object.type} ${code(object.name)}**: Asterisk refuses this ${object.type} (an error in it): it is not created, so ${cost}.`, ...(users.length ? [`Named by ${names(users)}`] : [])].join('\n\n');
}

/**
 * What an object is and does, from Asterisk's side: the direction of an endpoint or a registration, the
 * reach of an aor, the uses of an auth (never its password), the match of an identify, the bind of a
 * transport, and which objects name it.
 */
export function describePjsipObject(model: PjsipModel, object: PjsipObject): string {
  // A refused object has no direction, reach or uses: it does not exist once Asterisk has loaded the file.
  if (object.type !== 'aor' && refusedForItsLines(object)) return refusedText(model, object);
  if (object.type === 'endpoint') return hardBreaks(renderEndpointDirection(endpointDirection(model, object)));
  if (object.type === 'registration') return hardBreaks(renderRegistrationDirection(registrationDirection(model, object)));
  const lines = [`**${object.type} ${code(object.name)}**: ${typeSummary(object.type) ?? ''}`];
  const value = (name: string): string | undefined => {
    const text = valueOf(object, name)?.trim();
    return text ? displayPjsipValue(object.type, name, text) : undefined;
  };
  switch (object.type) {
    case 'aor': {
      if (refusedForItsLines(object)) {
        lines.push('Asterisk refuses this aor (an error in it): it does not exist once loaded, and the endpoints naming it load without it.');
        break;
      }
      const contacts = linesOf(object, 'contact').map((line) => line.value.trim()).filter(Boolean);
      const max = value('max_contacts') ?? '0';
      if (contacts.length) lines.push(`⇒ we call ${names(contacts)}`);
      lines.push(max === '0' ? (contacts.length ? '⇐ no device may register to it (max_contacts=0)' : 'No contact and max_contacts=0: nothing registers, nothing to call') : `⇐ up to ${code(max)} device(s) may register to it`);
      break;
    }
    case 'auth': {
      const username = value('username');
      lines.push(`User name ${username ? code(username) : '(none)'}, auth_type ${code(value('auth_type') ?? 'userpass')}`);
      const uses = model.referencesTo(object);
      const challenges = uses.filter((use) => use.option === 'auth').map((use) => `${use.from.type} ${use.from.name}`);
      const answers = uses.filter((use) => use.option !== 'auth').map((use) => `${use.from.type} ${use.from.name}`);
      if (challenges.length) lines.push(`⇐ challenges the calls of ${names(challenges)} (auth=)`);
      if (answers.length) lines.push(`⇒ answers the challenges of ${names(answers)} (outbound_auth=)`);
      if (!challenges.length && !answers.length) lines.push('No endpoint or registration uses it.');
      break;
    }
    case 'identify': {
      const matches = linesOf(object, 'match').flatMap((line) => line.value.split(',').map((part) => part.trim()).filter(Boolean));
      const endpoint = value('endpoint');
      lines.push(`⇐ calls from ${matches.length ? names(matches) : '(no match)'} go to endpoint ${endpoint ? code(endpoint) : '(none)'}`);
      break;
    }
    case 'transport':
      lines.push(`${code(value('protocol') ?? 'udp')} on ${code(value('bind') ?? '(no bind)')}`);
      break;
    default:
      break;
  }
  const users = model.referencesTo(object).map((use) => `${use.from.type} ${use.from.name} (${use.option})`);
  if (users.length && object.type !== 'auth') lines.push(`Named by ${names([...new Set(users)])}`);
  return lines.join('\n\n');
}

function ownerTitle(owner: SectionOwner): string | undefined {
  if (owner.template) return owner.type ? `template of \`type=${owner.type}\` objects: never an object itself; its lines are copied into every section that names it in parentheses.` : 'template: never an object itself; its lines are copied into every section that names it in parentheses.';
  if (owner.untyped?.reason === 'missing') return 'No `type=`: Asterisk makes no object of this section and says nothing.';
  if (owner.untyped?.reason === 'unknown') return `${code(`type=${owner.untyped.typeLine?.value ?? ''}`)} is no pjsip object type: Asterisk drops this section silently.`;
  if (owner.untyped?.reason === 'not-from-file') return 'Asterisk keeps objects of this type itself and does not read this section.';
  return undefined;
}

function sectionHover(context: PjsipFeatureContext, target: Extract<PjsipTarget, { kind: 'sectionName' }>): Hover | null {
  const { owner, node, line } = target;
  const span = node.nameSpan;
  if (owner.object) {
    const adds = owner.object.section !== target.section ? `Adds its lines to the ${owner.object.type} ${code(owner.object.name)} defined at line ${owner.object.section.headerLine + 1}.` : undefined;
    return hoverOf([adds, describePjsipObject(context.model, owner.object)], line, span);
  }
  const title = ownerTitle(owner);
  return title ? hoverOf([`**[${escapeProse(clip(node.name, MAX_SYMBOL_TEXT))}]**: ${title}`], line, span) : null;
}

function headerOptionHover(context: PjsipFeatureContext, target: Extract<PjsipTarget, { kind: 'headerOption' }>): Hover | null {
  const { option, line, section } = target;
  switch (option.kind) {
    case 'inherit': {
      // The base a `(name)` stands for: the section of that name defined above (template or not).
      const index = section?.header.options?.filter((candidate) => candidate.kind === 'inherit').findIndex((candidate) => candidate.span.start === option.span.start) ?? -1;
      const base = section && index >= 0 ? section.bases[index] : undefined;
      if (!base) return null;
      const title = ownerTitle(ownerOf(context.model, base)) ?? 'a section whose lines are copied first.';
      const where = base.uri === context.uri ? `line ${base.headerLine + 1}` : `line ${base.headerLine + 1} of ${escapeProse(base.uri.slice(base.uri.lastIndexOf('/') + 1))}`;
      return hoverOf([`**[${escapeProse(clip(base.name, MAX_SYMBOL_TEXT))}]** (${where}): ${title}`, 'Its lines come first here; lines written in this section come after them.'], line, option.span);
    }
    case 'template':
      return hoverOf(['`!` makes this section a template: never an object itself; sections that name it in parentheses get its lines first.'], line, option.span);
    case 'append':
      return hoverOf(['`+` adds these lines to the first section of this name defined earlier (or the first whose lines match the filter after `+`).'], line, option.span);
    default:
      return null;
  }
}

/** The direction of the endpoint or registration a line belongs to, for its `type=` key and value. */
function directionOfOwner(context: PjsipFeatureContext, owner: SectionOwner): string | undefined {
  const object = owner.object;
  if (object?.type === 'endpoint' || object?.type === 'registration') return describePjsipObject(context.model, object);
  return undefined;
}

function keyHover(context: PjsipFeatureContext, target: Extract<PjsipTarget, { kind: 'key' }>): Hover | null {
  const { owner, node, option, line } = target;
  if (!owner.type) return null;
  if (!option) {
    const advice = chanSipAdvice(owner.type, node.key);
    const text = advice
      ? `${code(node.key)} is a chan_sip option; a pjsip ${owner.type} does not have it and Asterisk refuses to create the object. ${advice.advice}`
      : `${code(node.key)} is not an option of a pjsip ${owner.type}: Asterisk refuses to create the object.`;
    return hoverOf([text], line, node.keySpan);
  }
  const direction = option.name === 'type' ? directionOfOwner(context, owner) : undefined;
  return hoverOf([`**${option.name}**`, direction, renderPjsipOptionDocumentation(option).value], line, node.keySpan);
}

function spanOf(node: KeyValueNode, start: number, end: number): Span {
  const from = valueColumnAt(node, start);
  return { start: from, end: end > start ? valueColumnAt(node, end - 1) + 1 : from };
}

function valueHover(context: PjsipFeatureContext, target: Extract<PjsipTarget, { kind: 'value' }>): Hover | null {
  const { owner, node, option, line, valueOffset } = target;
  if (option?.kind === 'objectType') {
    const type = lookupObjectType(node.value);
    const text = type?.fromFile ? type.description : type ? ownerTitle(owner) : `${code(node.value)} is no pjsip object type (they are written exactly, in lower case): Asterisk drops this section silently.`;
    return hoverOf([`**type** = ${code(node.value)}`, directionOfOwner(context, owner), text], line, node.valueSpan);
  }
  if (!owner.type || !option) return null;
  const shown = displayPjsipValue(owner.type, option.name, node.value, context.settings.revealSecretsInHover);
  const header = `**${option.name}** = ${code(shown)}`;
  if (option.references) return referenceHover(context, target, option) ?? hoverOf([header, renderPjsipOptionDocumentation(option).value], line, node.valueSpan);
  if (option.values?.length && !option.secret) {
    const word = option.kind === 'enumList' ? listWordAt(node.value, valueOffset) : { text: node.value.trim(), start: 0, end: node.value.length };
    const known = option.values.find((candidate) => candidate.value.toLowerCase() === word.text.toLowerCase());
    if (known) return hoverOf([renderPjsipValueDocumentation(option, known).value], line, option.kind === 'enumList' ? spanOf(node, word.start, word.end) : node.valueSpan);
  }
  return hoverOf([header, renderPjsipOptionDocumentation(option).value], line, node.valueSpan);
}

/** On a name in `aors=`, `auth=`, `endpoint=` ...: the object it names, or why there is none. */
function referenceHover(context: PjsipFeatureContext, target: Extract<PjsipTarget, { kind: 'value' }>, option: PjsipOptionEntry): Hover | null {
  const { node, line, valueOffset } = target;
  const word = option.kind === 'referenceList' ? listWordAt(node.value, valueOffset) : { text: node.value.trim(), start: node.value.length - node.value.trimStart().length, end: node.value.trimEnd().length };
  if (!word.text) return null;
  const span = spanOf(node, word.start, word.end);
  const reference = referenceAt(context.model, context.uri, line, span.start);
  const wanted = option.references!;
  const object = reference?.target ?? context.model.get(wanted, word.text);
  if (object) return hoverOf([describePjsipObject(context.model, object)], line, span);
  const others = context.model.named(word.text).map((other) => other.type);
  const text = others.length
    ? `${code(word.text)} is ${others.map((type) => `a ${type}`).join(' and ')}, not a ${wanted}: Asterisk finds no ${wanted} here.`
    : `No ${wanted} named ${code(word.text)}: Asterisk loads this silently and finds nothing.`;
  return hoverOf([`**${option.name}**`, text], line, span);
}
