/**
 * The devices `explain` must not describe as working: the ones a diagnostic says the channel driver
 * deletes at load. chan_sip deletes a peer, user or friend whose permit/deny (or contactpermit/
 * contactdeny) holds an entry acl.c cannot read (observed on Asterisk 20: "Bad ACL entry in
 * configuration line N : ... Deleting peer", and the device is absent from `sip show peers` and `sip
 * show users`; test/fixtures/oracle/broken-acl). chan_iax2 only drops the entry and keeps the device.
 * The same table drives the oracle test's expectations (test/oracle/ourSide.ts).
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { FileDialect } from '../service/dialect';
import type { Endpoint } from '../service/model/types';

/** Rule ids whose diagnostic on one of a device's lines means the driver deletes the device. */
export const DROPS_DEVICE: Readonly<Record<FileDialect, readonly string[]>> = { sip: ['bad-acl'], iax: [], pjsip: [], generic: [] };

export interface PlacedDiagnostic {
  readonly uri: string;
  readonly diagnostic: Diagnostic;
}

/** The diagnostic that makes the driver delete `endpoint` (on its header, or an own or template line), if any. */
export function droppedBy(endpoint: Endpoint, dialect: FileDialect, diagnostics: readonly PlacedDiagnostic[]): PlacedDiagnostic | undefined {
  const rules = DROPS_DEVICE[dialect];
  if (!rules.length) return undefined;
  const lines = new Set<string>([`${endpoint.section.uri}:${endpoint.section.headerLine}`]);
  for (const values of endpoint.options.values()) {
    for (const value of values) {
      // [general] lines are not the device's: chan_sip reads them once, not per device.
      if ((value.source.kind === 'own' || value.source.kind === 'template') && value.source.entry) lines.add(`${value.source.entry.uri}:${value.source.entry.line}`);
    }
  }
  return diagnostics.find(({ uri, diagnostic }) => rules.includes(String(diagnostic.code)) && lines.has(`${uri}:${diagnostic.range.start.line}`));
}
