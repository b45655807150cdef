/**
 * Property test of the migration: for generated sip.confs (types, templates, hosts, secrets, codecs, NAT,
 * ACLs, register lines, unknown options, hostile values) it never throws, its output parses line by line,
 * every endpoint of the source is an endpoint of the result, and validatePjsip reports no error.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseConfig } from '../../../server/src/service/parser/configDocument';
import { buildModel } from '../../../server/src/service/model/buildModel';
import { migrateSipConf } from '../../../server/src/service/migrate/sipToPjsip';
import { buildPjsipModel } from '../../../server/src/service/dialects/pjsip/model';
import { validatePjsip } from '../../../server/src/service/dialects/pjsip/rules';
import { fuzzParameters } from '../../support/fuzzArbitraries';
import { rootFile } from '../../support/memoryHost';

const name = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,10}$/);
const ip = fc.tuple(fc.integer({ min: 1, max: 223 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 254 })).map((parts) => parts.join('.'));
const secret = fc.stringMatching(/^[A-Za-z0-9!#%&*+.:@_-]{1,16}$/);
/** Printable text without a line break: what a user may write as a value. */
const anyValue = fc.string({ maxLength: 20 }).map((text) => text.replace(/[\r\n\0]/g, ' ').trim());

const option: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('type=friend', 'type=peer', 'type=user', 'type=Friend', 'host=dynamic', 'insecure=port,invite', 'insecure=invite', 'insecure=no'),
  ip.map((address) => `host=${address}`),
  fc.integer({ min: 1, max: 65535 }).map((port) => `port=${port}`),
  secret.map((value) => `secret=${value}`),
  secret.map((value) => `remotesecret=${value}`),
  name.map((value) => `defaultuser=${value}`),
  name.map((value) => `fromuser=${value}`),
  name.map((value) => `context=${value}`),
  fc.constantFrom('disallow=all', 'allow=ulaw', 'allow=alaw', 'allow=g722', 'allow=gsm', 'disallow=gsm', 'allow=all', 'allow=ulaw,alaw:20'),
  fc.constantFrom('dtmfmode=rfc2833', 'dtmfmode=info', 'dtmfmode=inband', 'dtmfmode=auto', 'dtmfmode=shortinfo'),
  fc.constantFrom('nat=yes', 'nat=no', 'nat=force_rport,comedia', 'nat=auto_force_rport', 'directmedia=no', 'directmedia=nonat', 'canreinvite=update,nonat'),
  fc.constantFrom('qualify=yes', 'qualify=no', 'qualify=2500', 'qualifyfreq=30', 'session-timers=originate', 'sendrpid=pai', 'transport=tcp,udp'),
  fc.constantFrom('permit=10.0.0.0/8', 'deny=0.0.0.0/0', 'contactpermit=192.168.0.0/16', 'setvar=FOO=bar', 'mailbox=100@default'),
  anyValue.map((value) => `callerid=${value}`),
  fc.tuple(fc.constantFrom('call-limit', 'useragent', 'videosupport', 'weird_option'), anyValue).map(([key, value]) => `${key}=${value}`),
);

const register = fc
  .tuple(fc.constantFrom('', 'tcp://', 'udp://'), name, fc.option(secret, { nil: undefined }), fc.oneof(ip, name), fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }), fc.option(name, { nil: undefined }))
  .map(([transport, user, password, host, port, extension]) => `register => ${transport}${user}${password ? `:${password.replace(/[:@]/g, '')}` : ''}@${host}${port ? `:${port}` : ''}${extension ? `/${extension}` : ''}`);

const section = fc.tuple(name, fc.constantFrom('', '(!)', '(tpl)', '(+)'), fc.array(option, { maxLength: 8 }));

const sipConf = fc
  .tuple(fc.array(fc.oneof(register, fc.constantFrom('tcpenable=yes', 'bindport=5062', 'context=public', 'allow=g722', 'srvlookup=yes')), { maxLength: 4 }), fc.array(section, { maxLength: 6 }))
  .map(([general, sections]) => {
    const withTemplate = sections.some(([, suffix]) => suffix === '(!)') ? sections : [['tpl', '(!)', ['type=friend', 'host=dynamic']] as const, ...sections];
    return ['[general]', ...general, ...withTemplate.flatMap(([title, suffix, lines]) => [`[${title}]${suffix}`, ...lines])].join('\n') + '\n';
  });

describe('migrate sip.conf → pjsip.conf: properties over generated sip.confs', () => {
  it('never throws; the output parses; every source endpoint is an endpoint; validatePjsip reports no error', () => {
    fc.assert(
      fc.property(sipConf, (text) => {
        const model = buildModel(rootFile('sip.conf', text), 'sip');
        const result = migrateSipConf(model);
        const document = parseConfig(result.text);
        assert.deepEqual(document.lines.filter((line) => line.kind === 'invalid' || line.kind === 'directive'), []);
        const pjsip = buildPjsipModel(rootFile('pjsip.conf', result.text));
        const endpoints = new Set(pjsip.ofType('endpoint').map((endpoint) => endpoint.name));
        for (const endpoint of model.endpoints) {
          if (endpoint.bits.user || endpoint.bits.peer) assert.ok(endpoints.has(endpoint.section.name), `[${endpoint.section.name}] missing`);
          else assert.ok(result.unmapped.some((item) => item.section === endpoint.section.name && item.option === 'type'));
        }
        assert.deepEqual(validatePjsip(pjsip).filter((issue) => issue.severity === 'error').map((issue) => `${issue.rule} line ${issue.line + 1}: ${issue.message}`), []);
      }),
      fuzzParameters(300),
    );
  });
});
