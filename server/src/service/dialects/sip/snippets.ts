/**
 * sip.conf (chan_sip)'s snippets, offered by completion through its profile: the `register =>` statement with tab stops,
 * following chan_sip's parse (it splits at the last `@`), and skeletons of the sections people write most. Every skeleton carries
 * comments that say which way calls and registrations flow, seen from Asterisk's side, because that is what
 * gets confused. The texts are written for this project (none comes from Asterisk's sample files).
 */
import type { SectionSkeleton } from '../../features/snippets';

export const SIP_REGISTER_SNIPPET = 'register => ${1:user}:${2:secret}@${3:host}/${4:extension}';

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

/** The skeletons, in the order completion offers them. */
export const SIP_SKELETONS: readonly SectionSkeleton[] = [SIP_PHONE, SIP_PROVIDER];
