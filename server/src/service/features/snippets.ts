/**
 * Snippets offered by completion: the `register =>` statement in the grammar of each dialect, and
 * skeletons of the three sections people write most. Every skeleton carries comments that say which
 * way calls and registrations flow, seen from Asterisk's side, because that is what gets confused.
 * The texts are written for this project (none comes from Asterisk's sample files).
 */
import type { Dialect } from '../data/catalogTypes';

/** The register statement with tab stops, following each driver's parse (SIP splits at the last `@`, IAX at the first). */
export const REGISTER_SNIPPETS: Record<Dialect, string> = {
  sip: 'register => ${1:user}:${2:secret}@${3:host}/${4:extension}',
  iax: 'register => ${1:user}:${2:secret}@${3:host}',
};

export interface SectionSkeleton {
  /** Short label shown in the list. */
  readonly label: string;
  /** One line saying what the skeleton sets up. */
  readonly detail: string;
  /** Markdown shown beside the item: the direction of each part. */
  readonly documentation: string;
  /** Snippet text; `${CONTEXT}` is replaced by a context placeholder (a choice when the dialplan is known). */
  readonly body: string;
  /** The tab stop of the context placeholder, and the name suggested when no dialplan is known. */
  readonly contextTabStop: number;
  readonly contextName: string;
}

const SIP_PHONE: SectionSkeleton = {
  label: 'phone that registers to us',
  detail: 'type=friend, host=dynamic: it calls us and we call it where it registered',
  documentation:
    'A desk phone or softphone. It **registers to us** (host=dynamic) to tell us where it is, proving who it is with the secret. ' +
    'Its calls come **in** and enter the dialplan at its context; we call it **out** at the address it registered from.',
  body: [
    '; ${1:phone100}: a phone. It REGISTERs to us to say where it is (host=dynamic), and the',
    '; secret is what stops anyone else from registering in its name.',
    '; Its calls come in to us and start in the dialplan at the context below;',
    '; Dial(SIP/${1:phone100}) calls it out at the address it registered from.',
    '[${1:phone100}]',
    'type=friend',
    'host=dynamic',
    'secret=${2:secret}',
    'context=${CONTEXT}',
    '$0',
  ].join('\n'),
  contextTabStop: 3,
  contextName: 'phones',
};

const SIP_PROVIDER: SectionSkeleton = {
  label: 'provider trunk',
  detail: 'type=peer with host and credentials, plus the register statement it needs',
  documentation:
    'A SIP provider. We **call it** (a peer: its host, signing in with defaultuser / remotesecret). ' +
    'Its calls **to us** are matched to it by address and enter the dialplan at its context; ' +
    'for it to know where we are, a `register =>` line in `[general]` signs us in to it.',
  body: [
    '; ${1:provider}: a SIP provider.',
    '; For it to send us calls it must know where we are: add to [general]',
    ';   register => ${3:account}:secret@${2:sip.provider.example}/${3:account}',
    '; Outbound: Dial(SIP/${1:provider}/number) goes to its host; we sign in as defaultuser',
    '; with remotesecret when it challenges us, and present fromuser as the caller.',
    '; Inbound: its calls are matched to this peer by address (insecure=port,invite skips',
    '; the port check and the challenge) and start in the dialplan at the context below.',
    '[${1:provider}]',
    'type=peer',
    'host=${2:sip.provider.example}',
    'defaultuser=${3:account}',
    'remotesecret=${4:secret}',
    'fromuser=${3:account}',
    'insecure=port,invite',
    'context=${CONTEXT}',
    '$0',
  ].join('\n'),
  contextTabStop: 5,
  contextName: 'from-provider',
};

const IAX_PHONE: SectionSkeleton = {
  label: 'phone that registers to us',
  detail: 'type=friend, host=dynamic: it calls us and we call it where it registered',
  documentation:
    'An IAX phone or softphone. It **registers to us** (host=dynamic), proving who it is with the secret. ' +
    'Its calls come **in** at its context; we call it **out** at the address it registered from.',
  body: [
    '; ${1:phone100}: an IAX phone. It REGISTERs to us to say where it is (host=dynamic);',
    '; the secret is what stops anyone else from registering in its name.',
    '; Its calls come in and start in the dialplan at the context below;',
    '; Dial(IAX2/${1:phone100}) calls it out at the address it registered from.',
    '[${1:phone100}]',
    'type=friend',
    'host=dynamic',
    'secret=${2:secret}',
    'context=${CONTEXT}',
    '$0',
  ].join('\n'),
  contextTabStop: 3,
  contextName: 'phones',
};

const IAX_TRUNK: SectionSkeleton = {
  label: 'IAX trunk to another Asterisk',
  detail: 'a user for their calls in, a peer for our calls out, and the register line',
  documentation:
    'Two Asterisk boxes linked over IAX. A **user** receives their calls (they sign in with its name and secret; ' +
    'the calls enter our dialplan at its context). A **peer** places our calls to them (their host, signing in with ' +
    'the user name and secret they defined for us). The register line tells them where we are when our address changes.',
  body: [
    '; Trunk to ${1:otherbox}, another Asterisk.',
    '; Inbound: their calls arrive as this user. Their peer for us must say username=${1:otherbox}',
    '; and the same secret; the calls start in our dialplan at the context below.',
    '[${1:otherbox}]',
    'type=user',
    'secret=${2:their-secret}',
    'auth=md5',
    'context=${CONTEXT}',
    '',
    '; Outbound: Dial(IAX2/${1:otherbox}-out/number) goes to their host; we sign in as the',
    '; user they defined for us.',
    '[${1:otherbox}-out]',
    'type=peer',
    'host=${4:otherbox.example.com}',
    'username=${5:ourname}',
    'secret=${6:our-secret}',
    'trunk=yes',
    '; If our address changes, tell them where we are: add to [general]',
    ';   register => ${5:ourname}:our-secret@${4:otherbox.example.com}',
    '$0',
  ].join('\n'),
  contextTabStop: 3,
  contextName: 'from-otherbox',
};

export const SECTION_SKELETONS: Record<Dialect, readonly SectionSkeleton[]> = {
  sip: [SIP_PHONE, SIP_PROVIDER],
  iax: [IAX_PHONE, IAX_TRUNK],
};

/** Escapes text for a snippet choice (`${1|a,b|}`), where `,`, `|`, `$`, `}` and `\` are special. */
function escapeChoice(text: string): string {
  return text.replace(/[\\,|$}]/g, (character) => `\\${character}`);
}

/** The skeleton's text with its context placeholder filled: a choice of known contexts, or a name to type. */
export function skeletonText(skeleton: SectionSkeleton, contexts: readonly string[]): string {
  const tabStop = skeleton.contextTabStop;
  const choices = contexts.slice(0, 20).map(escapeChoice);
  const placeholder = choices.length > 0 ? `\${${tabStop}|${choices.join(',')}|}` : `\${${tabStop}:${skeleton.contextName}}`;
  return skeleton.body.split('${CONTEXT}').join(placeholder);
}
