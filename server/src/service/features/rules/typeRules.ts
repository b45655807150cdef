/**
 * The `type` of a device section and the sections themselves: missing or unknown types, a child that
 * tries to narrow its template's type, sections defined twice, and chan_sip's removal in Asterisk 21.
 */
import type { EffectiveValue, Endpoint, IgnoredSection } from '../../model/types';
import { driverName, sectionNameRange, valueRange, type RuleContext } from './ruleContext';
import { profileOf } from '../../dialects/channel';
import { clip, quote } from '../../quote';

const TYPES: ReadonlySet<string> = new Set(['user', 'peer', 'friend']);

/**
 * The type line the driver validates: the first one (a template's comes first) — except iax on
 * Asterisk 23+, where `ast_variable_retrieve` returns the last match (asterisk-facts.md §0, §3.2).
 */
export function validatedType(endpoint: Endpoint, dialect: RuleContext['dialect'], version: number): EffectiveValue | undefined {
  const lines = endpoint.options.get('type');
  if (!lines || lines.length === 0) return undefined;
  return profileOf(dialect).validatedTypeLine(version) === 'last' ? lines[lines.length - 1] : lines[0];
}

function typeWordsOf(value: string): { user: boolean; peer: boolean } {
  const word = value.trim().toLowerCase();
  return { user: word === 'user' || word === 'friend', peer: word === 'peer' || word === 'friend' };
}

export function checkTypes(context: RuleContext): void {
  for (const endpoint of context.analysis.model.endpoints) checkEndpointType(context, endpoint);
  checkDuplicateSections(context);
  checkChanSipRemoved(context);
}

/** missing-type, unknown-type and type-narrowing of one endpoint: they read nothing but the endpoint. */
export function checkEndpointType(context: RuleContext, endpoint: Endpoint): void {
  const { dialect, version } = context;
  const section = endpoint.section;
  for (const ignored of endpoint.ignored ?? []) checkIgnoredDefinition(context, ignored);
  const type = validatedType(endpoint, dialect, version);
  if (!type) {
    if (context.isHere(section.uri)) {
      context.report(
        'missing-type',
        sectionNameRange(section),
        `[${clip(section.name)}] has no type (neither its own nor from a template): ${driverName(dialect)} logs "Section ${quote(section.name)} lacks type" and ignores the whole section — it can neither call us nor be called. Add type=user (it calls us), peer (we call it) or friend (both).`,
      );
    }
    return;
  }
  if (!TYPES.has(type.value.trim().toLowerCase())) {
    const entry = type.source.entry;
    const range = entry && context.isHere(entry.uri) ? valueRange(entry) : context.isHere(section.uri) ? sectionNameRange(section) : undefined;
    if (range) {
      context.report(
        'unknown-type',
        range,
        `${quote(type.value)} is not a type: ${driverName(dialect)} logs "Unknown type ${quote(type.value)} for ${quote(section.name)}" and ignores the section. Use user (it calls us), peer (we call it) or friend (both).`,
        { value: type.value, expected: ['user', 'peer', 'friend'] },
      );
    }
    return;
  }
  checkNarrowing(context, endpoint, type);
}

/** A second definition of a name (not `(+)`) without a valid type: the driver skips it, lines and all. */
function checkIgnoredDefinition(context: RuleContext, ignored: IgnoredSection): void {
  const { section, type } = ignored;
  const driver = driverName(context.dialect);
  const skipped = `its lines are not added to the other [${section.name}]. Add a type, or write [${section.name}](+) to add to the first one.`;
  if (!type) {
    if (!context.isHere(section.uri)) return;
    context.report(
      'missing-type',
      sectionNameRange(section),
      `This [${section.name}] is read as a definition of its own, and it has no type (neither its own nor from a template): ${driver} logs "Section '${section.name}' lacks type" and skips it — ${skipped}`,
    );
    return;
  }
  const entry = type.source.entry;
  const range = entry && context.isHere(entry.uri) ? valueRange(entry) : context.isHere(section.uri) ? sectionNameRange(section) : undefined;
  if (!range) return;
  context.report(
    'unknown-type',
    range,
    `'${type.value}' is not a type: ${driver} logs "Unknown type '${type.value}' for '${section.name}'" and skips this [${section.name}] — ${skipped}`,
    { value: type.value, expected: ['user', 'peer', 'friend'] },
  );
}

/** A template says friend, the child says peer: which one Asterisk keeps depends on the driver. */
function checkNarrowing(context: RuleContext, endpoint: Endpoint, validated: EffectiveValue): void {
  const lines = endpoint.options.get('type') ?? [];
  const template = lines.find((line) => line.source.kind === 'template');
  if (!template) return;
  const templateName = clip(template.source.section?.name ?? 'its template');
  const name = clip(endpoint.section.name);
  for (const own of lines) {
    if (own.source.kind !== 'own' || !own.source.entry || !context.isHere(own.source.entry.uri)) continue;
    const wanted = typeWordsOf(own.value);
    if (context.profile.device.typeLines === 'all') {
      const result = endpoint.bits;
      if (wanted.user === result.user && wanted.peer === result.peer) continue;
      const resultWord = result.user && result.peer ? 'friend' : result.user ? 'user' : 'peer';
      context.report(
        'type-narrowing',
        valueRange(own.source.entry),
        `[${templateName}] already gives type=${template.value}; chan_sip combines every type line, so ${name} stays a ${resultWord}, not a ${own.value.trim().toLowerCase()}. To narrow it, take type out of the template and set it in each section.`,
        { templateType: template.value, result: resultWord },
      );
    } else if (own !== validated) {
      context.report(
        'type-narrowing',
        valueRange(own.source.entry),
        `[${templateName}] already gives type=${template.value}; chan_iax2 (Asterisk ${context.version}) reads only the first type line, so ${name} stays a ${validated.value.trim().toLowerCase()} and this line is ignored (Asterisk 23+ reads the last one).`,
        { templateType: template.value, result: validated.value.trim().toLowerCase() },
      );
    }
  }
}

/** Sections defined twice: reads only the headers (name, line, file, append flag) of each group. */
export function checkDuplicateSections(context: RuleContext): void {
  const driver = driverName(context.dialect);
  for (const group of context.analysis.model.sectionsByKey.values()) {
    if (group.length < 2) continue;
    const first = group[0];
    // A second [general] has its own parse rule (duplicate-general): the driver ignores it instead.
    if (first.kind === 'general') continue;
    // chan_iax2 keeps users and peers apart: a definition adds only to the earlier ones of its own kind.
    const applied =
      context.profile.device.typeLines === 'definitions'
        ? 'applied on top of the earlier definitions of the same kind (users and peers are separate objects: a peer definition adds nothing to an earlier user, and the other way round; a friend is both)'
        : "applied on top of the first one (a merge that keeps the first one's values unless overwritten)";
    for (const section of group.slice(1)) {
      if (section.header.isAppend || !context.isHere(section.uri)) continue;
      context.report(
        'duplicate-section',
        sectionNameRange(section),
        `[${clip(section.name)}] is already defined on line ${first.headerLine + 1}${first.uri === section.uri ? '' : ' of another file'}: ${driver} reads this one as a definition of its own — with a type (its own or a template's) it is ${applied}, without one it is skipped. Write [${section.name}](+) to add to the first one, or rename one of them.`,
        { firstLine: first.headerLine, firstUri: first.uri },
      );
    }
  }
}

export function checkChanSipRemoved(context: RuleContext): void {
  const removedSince = context.profile.checks.removedSince;
  if (removedSince === undefined || context.version < removedSince) return;
  const { model, uri } = context.analysis;
  const anchor = model.general && context.isHere(model.general.uri) ? model.general : model.root.uri === uri ? model.sections.find((section) => section.uri === uri) : undefined;
  if (!anchor) return;
  context.report(
    'chan-sip-removed',
    sectionNameRange(anchor),
    `chan_sip was removed in Asterisk 21 (deprecated since 17): Asterisk ${context.version} does not read sip.conf at all. Move these devices to chan_pjsip (pjsip.conf), or set asterisk.asteriskVersion to the version you run.`,
  );
}
