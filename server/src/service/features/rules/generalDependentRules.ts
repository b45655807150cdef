/**
 * chan_sip checks that compare a device with [general] (issue #15 B5): a transport whose listener
 * [general] did not enable, and a device whose nat gives another force_rport than [general] (Asterisk's
 * security warning at load). The section cache keys these on `sipGeneralFacts`, the only [general]
 * facts they read, so editing anything else in [general] does not check every section again.
 */
import { clip } from '../../quote';
import type { Endpoint, Entry, Section } from '../../model/types';
import { generalSections } from '../../model/general';
import { isFalseWord, isTrueWord, keyRange, sectionNameRange, valueRange, type RuleContext } from './ruleContext';

/** [general] with its `[general](+)` additions, as chan_sip reads it (model/general.ts). */
export { generalSections };

/** The last line of [general] named one of `names` (lower case). */
function lastOf(generals: readonly Section[], names: readonly string[]): Entry | undefined {
  for (let section = generals.length - 1; section >= 0; section--) {
    const { entries } = generals[section];
    for (let index = entries.length - 1; index >= 0; index--) {
      if (names.includes(entries[index].node.key.toLowerCase())) return entries[index];
    }
  }
  return undefined;
}

export type NatFlag = 'Yes' | 'No' | 'Auto';

/**
 * force_rport and comedia after a run of nat lines, as sip_parse_nat_option sets them on flags that start
 * cleared (a device's own flags, and [general]'s once it has a nat line): a no word clears both and stops,
 * yes sets both and stops, force_rport / comedia set theirs unless its auto_ word came first, and an
 * auto_ word makes its flag automatic. Written as `sip show peer` prints them.
 */
export function natFlagsOf(values: readonly string[]): { forceRport: NatFlag; comedia: NatFlag } {
  let forceRport: NatFlag = 'No';
  let comedia: NatFlag = 'No';
  for (const value of values) {
    for (const raw of value.split(',')) {
      const word = raw.trim().toLowerCase();
      if (isFalseWord(word)) {
        forceRport = 'No';
        comedia = 'No';
        break;
      }
      if (word === 'yes') {
        forceRport = 'Yes';
        comedia = 'Yes';
        break;
      }
      if (word === 'force_rport' && forceRport !== 'Auto') forceRport = 'Yes';
      else if (word === 'auto_force_rport') forceRport = 'Auto';
      else if (word === 'comedia' && comedia !== 'Auto') comedia = 'Yes';
      else if (word === 'auto_comedia') comedia = 'Auto';
    }
  }
  return { forceRport, comedia };
}

/** Whether the nat lines leave force_rport on (automatic counts as off: it is decided per request). */
export function forceRportOf(values: readonly string[]): boolean {
  return natFlagsOf(values).forceRport === 'Yes';
}

export interface SipGeneralFacts {
  /** force_rport of [general] (the default auto_force_rport leaves it off). */
  readonly forceRport: boolean;
  /** tcpenable: on for any value but a no word (chan_sip tests ast_false). */
  readonly tcp: boolean;
  /** tlsenable / sslenable: on only for a yes word (ast_true). */
  readonly tls: boolean;
}

/** `generals`: generalSections(model), [general] with its `(+)` additions. */
export function sipGeneralFacts(generals: readonly Section[]): SipGeneralFacts {
  const natLines = generals.flatMap((general) => general.entries.filter((entry) => entry.node.key.toLowerCase() === 'nat').map((entry) => entry.node.value));
  const tcp = lastOf(generals, ['tcpenable']);
  const tls = lastOf(generals, ['tlsenable', 'sslenable']);
  return { forceRport: forceRportOf(natLines), tcp: tcp !== undefined && !isFalseWord(tcp.node.value), tls: tls !== undefined && isTrueWord(tls.node.value) };
}

/** The facts as one string: what the section cache compares. */
export function sipGeneralKey(generals: readonly Section[]): string {
  const facts = sipGeneralFacts(generals);
  return `${facts.forceRport ? 1 : 0}${facts.tcp ? 1 : 0}${facts.tls ? 1 : 0}`;
}

/** One comma item of a transport line that names tcp or tls while [general] has not enabled it. */
export function checkTransportItem(context: RuleContext, section: Section, entry: Entry, item: { text: string; start: number; end: number }): void {
  if (!context.profile.checks.againstGeneral) return;
  const prefix = item.text.slice(0, 3).toLowerCase();
  if (prefix !== 'tcp' && prefix !== 'tls') return;
  const facts = sipGeneralFacts(generalSections(context.analysis.model));
  if (prefix === 'tcp' ? facts.tcp : facts.tls) return;
  const written = item.text.slice(0, 3);
  const log =
    section.kind === 'general'
      ? `WARNING "Cannot use '${prefix}' transport with ${prefix}enable=no. Removing from available transports." and drops it from the default transports (udp when nothing is left)`
      : `WARNING "'${clip(written)}' is not a valid transport type when ${written}enable=no. If no other is specified, the defaults from general will be used." and drops it from this device's transports`;
  context.report('transport-not-enabled', valueRange(entry, item.start, item.end), `${prefix} is off in [general] (${prefix}enable is absent or a no word there): chan_sip logs ${log}. Set ${prefix}enable=yes in [general], or remove ${prefix} here.`, {
    transport: prefix,
  });
}

/**
 * A device whose nat gives another force_rport than [general]: when chan_sip loads it logs a block of
 * WARNING lines (display_nat_warning) because replies to unknown names then go to another port than
 * replies to this device, which tells a scanner the name exists.
 */
export function checkNatAgainstGeneral(context: RuleContext, endpoint: Endpoint): void {
  if (!context.profile.checks.againstGeneral || !context.isHere(endpoint.section.uri)) return;
  const lines = (endpoint.options.get('nat') ?? []).filter((value) => value.source.kind === 'own' || value.source.kind === 'template');
  if (lines.length === 0) return;
  const device = forceRportOf(lines.map((value) => value.value));
  const general = sipGeneralFacts(generalSections(context.analysis.model)).forceRport;
  if (device === general) return;
  const yesNo = (on: boolean) => (on ? 'yes' : 'no');
  // A nat line in a template serves many devices: each device's warning goes on its own header.
  // Short (issue #18: at FreePBX scale it is most of a publish): the values once, no data (no quick fix reads it).
  const last = lines[lines.length - 1];
  const entry = last.source.kind === 'own' ? last.source.entry : undefined;
  const range = entry && context.isHere(entry.uri) ? keyRange(entry) : sectionNameRange(endpoint.section);
  context.report(
    'nat-differs-from-general',
    range,
    `This nat gives force_rport=${yesNo(device)} while [general] gives ${yesNo(general)}: when chan_sip loads it logs WARNING "!!! PLEASE NOTE: Setting 'nat' for a peer/user that differs from the  global setting can make ...". Replies to unknown names then leave on another port than replies to ${clip(endpoint.section.name)}, so a scanner learns that the name exists. Set nat in [general] and not per device.`,
  );
}
