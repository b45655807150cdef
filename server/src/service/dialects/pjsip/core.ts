/**
 * pjsip.conf (chan_pjsip) and the files it includes: pjsip.conf, pjsip_*.conf, pjsip.*.conf (FreePBX's
 * pjsip.endpoint.conf, pjsip.aor.conf ...), read as Asterisk reads them.
 */
import { pjsipSecrets } from './secrets';
import type { DialectCore } from '../dialect';
import { buildPjsipModel } from './model';

export const pjsipCore: DialectCore = {
  id: 'pjsip',
  languageId: 'asterisk-pjsip',
  rootFileName: 'pjsip.conf',
  secrets: pjsipSecrets,
  // pjsip_wizard.conf is another dialect (res_pjsip_config_wizard's `type=wizard`), read on its own by
  // Asterisk: it stays a generic .conf until it has its module (package.json gives it the language asterisk).
  matchesFileName: (baseName) => /^pjsip([_.].*)?\.conf$/.test(baseName) && baseName !== 'pjsip_wizard.conf',
  // [general] is not special in pjsip.conf: a second one is just another section.
  parseChecksOff: new Set(['duplicate-general']),
  channelChecks: false,
  // The pjsip model is rebuilt for every version (no reuse of the previous one yet); its base is the
  // shared model of the include tree, read as generic sections, so the tree is read once.
  buildModels: (root, options) => {
    const pjsip = buildPjsipModel(root, { host: options.host });
    return { model: pjsip.base, pjsip };
  },
};
