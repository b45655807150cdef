/** What holds a password in pjsip.conf (dialects/secrets.ts), stated by the pjsip core. */
import { CHANNEL_SECRETS, type DialectSecrets } from '../secrets';
import { pjsipOptions } from './options';

export const pjsipSecrets: DialectSecrets = {
  // The catalog's secret options, whatever the object type, and chan_sip's (a sip.conf line pasted into pjsip.conf).
  options: [...new Set([...pjsipOptions.filter((option) => option.secret).map((option) => option.name), ...CHANNEL_SECRETS.options])],
  // auth= of an endpoint names auth objects.
  authNamesObjects: true,
};
