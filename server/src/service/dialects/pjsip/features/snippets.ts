/**
 * Skeletons of the three pjsip setups people write most, offered by completion between sections. Each
 * is the set of objects one real thing needs, and its comments say which way calls and challenges go,
 * seen from Asterisk's side — that is what gets mixed up in pjsip.conf (`auth` challenges callers,
 * `outbound_auth` answers the far end's challenges). Written for this project, not taken from Asterisk's
 * sample file. The shape and the context placeholder are the sip skeletons' (features/snippets.ts).
 */
import type { SectionSkeleton } from '../../../features/snippets';

const PHONE: SectionSkeleton = {
  label: 'phone that registers to us',
  detail: 'endpoint + auth + aor: it registers to us, calls us, and we call it where it registered',
  documentation:
    'A desk phone or softphone. It **registers to us** to say where it is: the aor keeps that address, and we **call it** there. ' +
    'Its calls **to us** are matched by its name and **challenged** with the auth (`auth=`): the phone must know that password. They start in the endpoint\'s context.',
  body: [
    '; ${1:alice}: a phone. It registers to us to say where it is (the aor keeps the',
    '; address, and we call it there). Its calls to us are matched by its name and',
    '; challenged with the auth below (auth=), then start in the context below.',
    '[${1:alice}]',
    'type=endpoint',
    'context=${CONTEXT}',
    'auth=${1:alice}',
    'aors=${1:alice}',
    'disallow=all',
    'allow=ulaw',
    '; The password the phone must prove, both when it registers and when it calls us.',
    '[${1:alice}]',
    'type=auth',
    'auth_type=userpass',
    'username=${1:alice}',
    'password=${2:change-this-password}',
    '; Where we call it: the address it registered from (one device at a time).',
    '[${1:alice}]',
    'type=aor',
    'max_contacts=1',
    'remove_existing=yes',
    '$0',
  ].join('\n'),
  contextTabStop: 3,
  contextName: 'phones',
};

const PROVIDER: SectionSkeleton = {
  label: 'provider trunk (we register to it)',
  detail: 'registration + outbound_auth + endpoint + aor + identify: we sign in to the provider; its calls are matched by address',
  documentation:
    'A SIP provider. We **register to it** (the registration) so that it knows where to send calls, and we **answer its challenges** with the credentials it gave us (`outbound_auth=`, never `auth=`). ' +
    'We **call it** at its address (the aor). Its calls **to us** are recognised by its address (the identify), are not challenged, and start in the endpoint\'s context.',
  body: [
    '; ${1:provider}: a SIP provider. We sign in to it (registration) so that it knows',
    '; where to send our calls, answering its challenges with the account it gave us',
    '; (outbound_auth, not auth: it challenges us, we do not challenge it).',
    '[${1:provider}-account]',
    'type=auth',
    'auth_type=userpass',
    'username=${2:account}',
    'password=${3:password-from-provider}',
    '[${1:provider}]',
    'type=registration',
    'server_uri=sip:${4:sip.example.com}',
    'client_uri=sip:${2:account}@${4:sip.example.com}',
    'outbound_auth=${1:provider}-account',
    '; We call the provider at its address; the same account answers its challenges.',
    '; Its calls to us start in the context below.',
    '[${1:provider}]',
    'type=endpoint',
    'context=${CONTEXT}',
    'outbound_auth=${1:provider}-account',
    'aors=${1:provider}',
    'disallow=all',
    'allow=ulaw',
    '[${1:provider}]',
    'type=aor',
    'contact=sip:${4:sip.example.com}',
    '; Calls coming from the provider\'s address belong to this endpoint.',
    '[${1:provider}]',
    'type=identify',
    'endpoint=${1:provider}',
    'match=${4:sip.example.com}',
    '$0',
  ].join('\n'),
  contextTabStop: 5,
  contextName: 'from-provider',
};

const TRUNK_BY_IP: SectionSkeleton = {
  label: 'trunk matched by IP',
  detail: 'endpoint + aor with a static contact + identify: no registration, no password either way',
  documentation:
    'Another PBX or a provider at a fixed address. Nobody registers: we **call it** at its static contact (the aor), and its calls **to us** are recognised by its address (the identify). ' +
    'They are **let in without a password**, so give it a context that reaches only what it may reach.',
  body: [
    '; ${1:otherpbx}: a box at a fixed address. Nobody registers: we call it at the',
    '; contact below, and calls from its address come in by the identify, without a',
    '; password. Keep the context to what that box may reach.',
    '[${1:otherpbx}]',
    'type=endpoint',
    'context=${CONTEXT}',
    'aors=${1:otherpbx}',
    'disallow=all',
    'allow=ulaw',
    '[${1:otherpbx}]',
    'type=aor',
    'contact=sip:${2:192.0.2.20}',
    '[${1:otherpbx}]',
    'type=identify',
    'endpoint=${1:otherpbx}',
    'match=${2:192.0.2.20}',
    '$0',
  ].join('\n'),
  contextTabStop: 3,
  contextName: 'from-otherpbx',
};

export const PJSIP_SKELETONS: readonly SectionSkeleton[] = [PHONE, PROVIDER, TRUNK_BY_IP];
