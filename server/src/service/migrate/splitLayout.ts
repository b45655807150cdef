/**
 * `migrate --split`: the migration in FreePBX's layout, one file per pjsip object type
 * (pjsip.transports.conf, pjsip.endpoint.conf, pjsip.aor.conf, pjsip.auth.conf, pjsip.identify.conf,
 * pjsip.registration.conf) and a pjsip.conf that #includes them. The same pieces as the single file, in the
 * same order within each file, so the objects Asterisk loads are the same. Every file is written, even
 * with no object in it: a missing #include file makes Asterisk refuse pjsip.conf.
 */
import type { PieceFile } from './pjsipWriter';
import type { MigrationResult } from './sipToPjsip';

export interface SplitFile {
  /** A file name in the output folder. */
  readonly name: string;
  readonly text: string;
}

/** The included files, in #include order, and what each holds. */
export const SPLIT_FILES: readonly { readonly file: Exclude<PieceFile, 'main'>; readonly name: string; readonly holds: string }[] = [
  { file: 'transports', name: 'pjsip.transports.conf', holds: 'the transports (what chan_sip listened on)' },
  { file: 'endpoint', name: 'pjsip.endpoint.conf', holds: 'the endpoints, one per sip.conf user/peer/friend, with what each section was' },
  { file: 'aor', name: 'pjsip.aor.conf', holds: 'the aors: where we call each endpoint' },
  { file: 'auth', name: 'pjsip.auth.conf', holds: 'the auths: the passwords that challenge calls (<name>-auth) and answer challenges (<name>-outauth)' },
  { file: 'identify', name: 'pjsip.identify.conf', holds: 'the identifies: endpoints matched by source address' },
  { file: 'registration', name: 'pjsip.registration.conf', holds: 'the registrations: the register => lines of sip.conf' },
];

export const SPLIT_ROOT = 'pjsip.conf';

export function splitLayout(result: MigrationResult): SplitFile[] {
  const [header, ...rest] = result.pieces.filter((piece) => piece.file === 'main');
  const includes = [
    '; The objects are in one file per type (the layout FreePBX uses), included here:',
    ...SPLIT_FILES.map((split) => `#include ${split.name}`),
  ].join('\n');
  const root: SplitFile = { name: SPLIT_ROOT, text: `${[header?.text ?? '', includes, ...rest.map((piece) => piece.text)].join('\n\n')}\n` };
  const included = SPLIT_FILES.map(({ file, name, holds }) => {
    const pieces = result.pieces.filter((piece) => piece.file === file).map((piece) => piece.text);
    const intro = `; ${name}: ${holds}. Migrated from sip.conf by asterisk-conf; included by ${SPLIT_ROOT}.`;
    return { name, text: `${[intro, ...(pieces.length ? pieces : ['; (none)'])].join('\n\n')}\n` };
  });
  return [root, ...included];
}
