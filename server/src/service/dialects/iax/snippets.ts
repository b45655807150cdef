/**
 * iax.conf (chan_iax2)'s snippets, offered by completion through its profile: the `register =>` statement with tab stops,
 * following chan_iax2's parse (it splits at the first `@`), and skeletons of the sections people write most. Every skeleton carries
 * comments that say which way calls and registrations flow, seen from Asterisk's side, because that is what
 * gets confused. The texts are written for this project (none comes from Asterisk's sample files).
 */
import type { SectionSkeleton } from '../../features/snippets';

export const IAX_REGISTER_SNIPPET = 'register => ${1:user}:${2:secret}@${3:host}';

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

/** The skeletons, in the order completion offers them. */
export const IAX_SKELETONS: readonly SectionSkeleton[] = [IAX_PHONE, IAX_TRUNK];
