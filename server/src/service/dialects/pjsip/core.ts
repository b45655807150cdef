/**
 * pjsip.conf (chan_pjsip) and the files it includes: pjsip.conf, pjsip_*.conf, pjsip.*.conf (FreePBX's
 * pjsip.endpoint.conf, pjsip.aor.conf ...), read as Asterisk reads them.
 */
import { pjsipSecrets } from './secrets';
import type { DialectCore } from '../dialect';
import { patchModel } from '../../model/patchModel';
import { buildPjsipModel, pjsipModelOf } from './model';
import { patchPjsipModel } from './patchPjsip';

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
  // The base is the shared model of the include tree read as generic sections, so the tree is read once.
  // A keystroke patches it (patchModel.ts) and the pjsip model with it (patchPjsip.ts); anything else
  // rebuilds both, reusing the previous version's unchanged sections.
  buildModels: (root, options) => {
    const previous = options.previous;
    const previousPjsip = previous?.pjsip && previous.pjsip.base === previous.model ? previous.pjsip : undefined;
    const patched = previousPjsip && options.changedLines ? patchModel(previousPjsip.base, root.document, options.changedLines, 'generic') : undefined;
    if (patched && previousPjsip) {
      const pjsip = patchPjsipModel(previousPjsip, patched) ?? pjsipModelOf(patched);
      return { model: patched, pjsip };
    }
    const pjsip = buildPjsipModel(root, { host: options.host, ...(previousPjsip ? { previous: previousPjsip.base } : {}) });
    return { model: pjsip.base, pjsip };
  },
};
