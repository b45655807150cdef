/**
 * What holds a password in a dialect's files, for features/secretMask.ts (issue #16): a dialect core states
 * its own (`DialectCore.secrets`); one that states none has chan_sip's and chan_iax2's (also any other .conf).
 */

export interface DialectSecrets {
  /** Options whose whole value is (or locates) a password, lower case: masked, as are their near misses. */
  readonly options: readonly string[];
  /** Whether `auth=` names objects of the file (pjsip.conf's auth objects), so it holds no credential. */
  readonly authNamesObjects: boolean;
}

/** chan_sip's and chan_iax2's secret options. */
export const CHANNEL_SECRETS: DialectSecrets = {
  options: ['secret', 'md5secret', 'remotesecret', 'dbsecret'],
  authNamesObjects: false,
};
