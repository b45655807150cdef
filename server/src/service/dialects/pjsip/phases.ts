/**
 * The pjsip checks as phases, in the order a from-scratch run reports them (phaseEngine.ts runs them and
 * keeps their findings per unit). The checks themselves: objectChecks.ts (one unit alone),
 * referenceChecks.ts (the objects a unit names or is named by), directionChecks.ts (who calls whom),
 * transportChecks.ts (every transport).
 */
import type { DialplanIndex } from '../../model/dialplan';
import type { PjsipModel, PjsipObject, PjsipTemplate, UntypedSection } from './model';
import { checkEndpoint, type RegistrationFacts } from './directionChecks';
import { checkDuplicate, checkEndpointPairs, checkLines, checkRequired, checkSystemTimers, checkUntyped } from './objectChecks';
import { checkAorReach, checkAuthBothWays, checkPassword, checkReference } from './referenceChecks';
import { checkRefusedReferences } from './refusedReferences';
import { quote, type Collector } from './ruleTable';
import type { PjsipObjectType } from './types';

/**
 * A check run per unit (an object, a template, a section that makes no object). `pure`: it reads only the
 * unit, so its result stands while the unit object does; otherwise it also reads the objects the unit
 * names or is named by, and runs again when one of them changed (PjsipPatch.dirty).
 */
export interface UnitPhase {
  readonly units: (model: PjsipModel) => readonly Unit[];
  /** Whether an object is one of the phase's units (only objects are ever run again). */
  readonly accepts: (object: PjsipObject) => boolean;
  /** Where a unit comes in the phase's order (ascending): the rank of its kind, then its section's order. */
  readonly rank: (unit: Unit, model: PjsipModel) => number;
  readonly pure: boolean;
  /** It reads the registrations' facts too: when those changed, every unit runs again. */
  readonly readsRegistrations?: boolean;
  readonly check: (out: Collector, unit: Unit, run: RunContext) => void;
}

export interface RunContext {
  readonly model: PjsipModel;
  readonly dialplan: DialplanIndex | undefined;
  readonly registrations: RegistrationFacts;
}

export type Unit = PjsipObject | PjsipTemplate | UntypedSection;

const REQUIRED_RANK: Partial<Record<PjsipObjectType, number>> = { auth: 0, registration: 1, identify: 2 };
const ownerText = (object: PjsipObject): string => `${object.type} ${quote(object.name)}`;
const asObject = (unit: Unit): PjsipObject => unit as PjsipObject;
const none = (): boolean => false;
const first = (): number => 0;
const ofType =
  (...types: PjsipObjectType[]) =>
  (object: PjsipObject): boolean =>
    types.includes(object.type);

/** The checks in the order a from-scratch run reports them; 'transports' and 'registrations' read every such object and run each time. */
export const PHASES: readonly (UnitPhase | 'transports' | 'registrations')[] = [
  { units: (model) => model.untyped, accepts: none, rank: first, pure: true, check: (out, unit) => checkUntyped(out, unit as UntypedSection) },
  { units: (model) => model.duplicates, accepts: none, rank: first, pure: true, check: (out, unit) => checkDuplicate(out, asObject(unit)) },
  {
    units: (model) => [...model.objects, ...model.duplicates],
    accepts: () => true,
    // The objects first, then the duplicates.
    rank: (unit, model) => (model.get(asObject(unit).type, asObject(unit).name) === unit ? 0 : 1),
    pure: true,
    check: (out, unit) => checkLines(out, asObject(unit).type, ownerText(asObject(unit)), unit.lines),
  },
  {
    units: (model) => model.templates,
    accepts: none,
    rank: first,
    pure: true,
    check: (out, unit) => {
      const template = unit as PjsipTemplate;
      if (template.type) checkLines(out, template.type, `template ${quote(template.section.name)}`, template.lines);
    },
  },
  {
    units: (model) => model.ofType('endpoint'),
    accepts: ofType('endpoint'),
    rank: first,
    pure: true,
    check: (out, unit) => checkEndpointPairs(out, asObject(unit)),
  },
  // A reference naming nothing reads which names there are, of its type and of others: it runs again
  // when an object of its name or type came or went (patchPjsip.ts marks its object dirty).
  { units: (model) => model.objects, accepts: () => true, rank: first, pure: false, check: (out, unit, run) => {
    for (const reference of run.model.referencesFrom(asObject(unit))) checkReference(out, run.model, reference);
  } },
  {
    units: (model) => [...model.ofType('auth'), ...model.ofType('registration'), ...model.ofType('identify')],
    accepts: ofType('auth', 'registration', 'identify'),
    rank: (unit) => REQUIRED_RANK[asObject(unit).type] ?? 0,
    pure: true,
    check: (out, unit) => checkRequired(out, asObject(unit)),
  },
  { units: (model) => model.ofType('auth'), accepts: ofType('auth'), rank: first, pure: false, check: (out, unit, run) => checkPassword(out, run.model, asObject(unit)) },
  'transports',
  {
    units: (model) => model.ofType('system'),
    accepts: ofType('system'),
    rank: first,
    pure: true,
    check: (out, unit) => checkSystemTimers(out, asObject(unit)),
  },
  { units: (model) => model.ofType('aor'), accepts: ofType('aor'), rank: first, pure: false, check: (out, unit, run) => checkAorReach(out, run.model, asObject(unit)) },
  'registrations',
  { units: (model) => model.ofType('auth'), accepts: ofType('auth'), rank: first, pure: false, check: (out, unit, run) => checkAuthBothWays(out, run.model, asObject(unit)) },
  {
    units: (model) => model.ofType('endpoint'),
    accepts: ofType('endpoint'),
    rank: first,
    pure: false,
    readsRegistrations: true,
    check: (out, unit, run) => checkEndpoint(out, run.model, asObject(unit), run.registrations, run.dialplan),
  },
  // An identify naming an endpoint Asterisk refuses: runs again when that endpoint changed (not pure).
  { units: (model) => model.ofType('identify'), accepts: ofType('identify'), rank: first, pure: false, check: (out, unit, run) => checkRefusedReferences(out, run.model, asObject(unit)) },
];
