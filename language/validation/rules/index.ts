/** Every validation rule, registered in one place (run in this order). */
import type { Rule } from '../rule.js';
import { assetNotReady } from './asset-not-ready.js';
import { blackoutConflict } from './blackout-conflict.js';
import { budgetMismatch } from './budget-mismatch.js';
import { dayMarks, holidayDataMissing, relativeDays, repeatRules, scheduleTooLarge, timelineConflict } from './calendar.js';
import { sendingLimits } from './sending-limits.js';
import { dayOutOfRange } from './day-out-of-range.js';
import { duplicateClause } from './duplicate-clause.js';
import { duplicateName } from './duplicate-name.js';
import { duplicateWireName } from './duplicate-wire-name.js';
import { controlCharacter } from './control-character.js';
import { replacementCharacter } from './replacement-character.js';
import { importNotFound } from './import-not-found.js';
import { invalidDate } from './invalid-date.js';
import { kpiCycle } from './kpi-cycle.js';
import { kpiMeasurement } from './kpi-measurement.js';
import { kpiType } from './kpi-type.js';
import { missingOwner } from './missing-owner.js';
import { missingTimeline } from './missing-timeline.js';
import { noReviewPhase } from './no-review-phase.js';
import { phaseOverlap } from './phase-overlap.js';
import { piiWithoutConsent } from './pii-without-consent.js';
import { riskPlan } from './risk-plan.js';
import { shortWarmup } from './short-warmup.js';
import { stepTime } from './step-time.js';
import { unknownKind } from './unknown-kind.js';
import { untrackedChannel } from './untracked-channel.js';
import { unusedDeclaration } from './unused-declaration.js';

export const RULES: readonly Rule[] = [
    importNotFound,
    duplicateName,
    duplicateClause,
    unknownKind,
    invalidDate,
    missingTimeline,
    timelineConflict,
    repeatRules,
    dayOutOfRange,
    relativeDays,
    assetNotReady,
    budgetMismatch,
    kpiCycle,
    riskPlan,
    kpiMeasurement,
    kpiType,
    missingOwner,
    shortWarmup,
    stepTime,
    phaseOverlap,
    piiWithoutConsent,
    duplicateWireName,
    controlCharacter,
    replacementCharacter,
    blackoutConflict,
    untrackedChannel,
    unusedDeclaration,
    noReviewPhase,
    holidayDataMissing,
    dayMarks,
    scheduleTooLarge,
    sendingLimits,
];
