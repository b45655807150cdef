/** Settings the service reads (the `asterisk.*` configuration). Defaults are what a new user gets. */
import type { RuleSetting } from './rules';

export interface ServiceSettings {
  /** `asterisk.lint.<rule id>`: ignore | hint | information | warning | error. */
  readonly lint: Readonly<Record<string, RuleSetting | undefined>>;
  /** `asterisk.asteriskVersion`: the Asterisk major version the configs are for (rules that depend on it). */
  readonly asteriskVersion: number;
  /** `asterisk.hover.revealSecrets`: show secrets in hovers (never anywhere else). */
  readonly revealSecretsInHover: boolean;
  /** `asterisk.directionHints`: how each endpoint's direction is shown at a glance. */
  readonly directionHints: 'inlayHints' | 'codeLens' | 'off';
  /** `asterisk.format.*` */
  readonly format: {
    /** `key = value` when true, `key=value` when false. */
    readonly spaceAroundOperator: boolean;
    /** Align the operators of a section's lines. */
    readonly alignOperators: boolean;
  };
}

export const DEFAULT_SETTINGS: ServiceSettings = {
  lint: {},
  asteriskVersion: 20,
  revealSecretsInHover: false,
  directionHints: 'inlayHints',
  format: { spaceAroundOperator: false, alignOperators: false },
};
