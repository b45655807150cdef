/**
 * sip.conf templates as pjsip endpoint templates, where that keeps the file short and equivalent: when two
 * or more migrated endpoints come from sections that inherit from the same single sip template
 * (`[alice](office-phone)`), the endpoint options every one of them has, with the same values, are written
 * once in `[office-phone](!)` (type=endpoint) and each endpoint inherits them with `[alice](office-phone)`.
 *
 * Equivalent because res_sorcery_config copies a template's lines first and each endpoint then has no line
 * of a moved option of its own; options whose lines act together in order (allow/disallow; the
 * permit/deny/acl of one ACL) move together or not at all. Only endpoints: aors and auths carry names
 * that differ per endpoint. A section with several bases, or a base that is not a template, is expanded
 * as before.
 */
import type { Endpoint, Section } from '../model/types';
import { PjsipBlock, type NamePool } from './pjsipWriter';

export interface MigratedEndpoint {
  readonly endpoint: Endpoint;
  readonly block: PjsipBlock;
}

export interface SharedTemplate {
  readonly block: PjsipBlock;
  /** The comment that introduces it. */
  readonly intro: string;
  /** The endpoints that inherit it. */
  readonly heirs: readonly string[];
}

/** Options whose lines act together, in order. */
const GROUPS: Readonly<Record<string, string>> = {
  disallow: 'codecs',
  allow: 'codecs',
  permit: 'acl',
  deny: 'acl',
  acl: 'acl',
  contact_permit: 'contact_acl',
  contact_deny: 'contact_acl',
  contact_acl: 'contact_acl',
};
const groupOf = (option: string): string => GROUPS[option] ?? option;

function singleTemplateOf(section: Section): Section | undefined {
  const [base, ...others] = section.bases;
  return others.length === 0 && base?.header.isTemplate ? base : undefined;
}

/** Each option group's lines (text, in order) in one block. */
function linesByGroup(block: PjsipBlock): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const row of block.rows) {
    if (row.option === undefined) continue;
    const key = groupOf(row.option);
    groups.set(key, [...(groups.get(key) ?? []), row.text]);
  }
  return groups;
}

/**
 * Moves what the heirs of one sip template share into a pjsip template; returns each template by the heir
 * it must be written before (the first one, in source order).
 */
export function shareTemplates(migrated: readonly MigratedEndpoint[], pool: NamePool): Map<MigratedEndpoint, SharedTemplate> {
  const heirsOf = new Map<Section, MigratedEndpoint[]>();
  for (const item of migrated) {
    const template = singleTemplateOf(item.endpoint.section);
    if (template) heirsOf.set(template, [...(heirsOf.get(template) ?? []), item]);
  }
  const shared = new Map<MigratedEndpoint, SharedTemplate>();
  for (const [template, heirs] of heirsOf) {
    if (heirs.length < 2) continue;
    const groups = heirs.map((heir) => linesByGroup(heir.block));
    const common = new Set(
      [...groups[0]].filter(([key, lines]) => groups.every((other) => other.get(key)?.join('\n') === lines.join('\n'))).map(([key]) => key),
    );
    if (common.size === 0) continue;
    const name = pool.take('endpoint', template.name);
    const [first] = heirs;
    const templateBlock = new PjsipBlock(name, 'endpoint', true);
    templateBlock.rows = first.block.rows.filter((row) => row.option !== undefined && common.has(groupOf(row.option)));
    for (const heir of heirs) {
      heir.block.rows = heir.block.rows.filter((row) => row.option === undefined || !common.has(groupOf(row.option)));
      heir.block.parent = name;
    }
    const names = heirs.map((heir) => heir.block.name).join(', ');
    const intro = `; [${template.name}](!) was a sip.conf template of ${names}: what they share is written once here,\n; and each inherits it with (${name}).`;
    shared.set(first, { block: templateBlock, intro, heirs: heirs.map((heir) => heir.block.name) });
  }
  return shared;
}
