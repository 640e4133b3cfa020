// All rules, in the order their diagnostics are listed.
import { bodySlipsRule } from './body-slips/index';
import { brandRule } from './brand';
import { checklistRule } from './consistency/checklist';
import { entitiesRule } from './consistency/entities';
import { imagesRule } from './consistency/images';
import { numbersRule } from './consistency/numbers';
import { outvotedRule } from './consistency/outvoted';
import { paragraphsRule } from './consistency/paragraphs';
import { scenarioRule } from './consistency/scenario';
import { stackRule } from './consistency/stack';
import { titleRule } from './consistency/title';
import { topicRule } from './consistency/topic';
import { duplicateFieldRule } from './duplicate-field';
import { duplicateMarkerRule } from './duplicate-marker';
import { fieldOrderRule } from './field-order';
import { indentationRule } from './indentation';
import { itemOutsideFieldRule } from './item-outside-field';
import { markerNearMissRule } from './marker-near-miss';
import { pairSyntaxRule } from './pair-syntax';
import { placeholderRule } from './placeholder';
import type { Rule } from './rule';
import { schemaRule } from './schema';
import { shapeRule } from './shape';
import { strayLineRule } from './stray-line';
import { syntaxRule } from './syntax';
import { unknownFieldRule } from './unknown-field';

/** Rules that need only the structure (cheap; kept on huge files). */
export const SYNTAX_RULES: readonly Rule[] = [syntaxRule];

export const RULES: readonly Rule[] = [
  syntaxRule, markerNearMissRule, bodySlipsRule, placeholderRule, brandRule, unknownFieldRule, itemOutsideFieldRule, strayLineRule, duplicateMarkerRule, duplicateFieldRule,
  indentationRule, shapeRule, pairSyntaxRule, schemaRule,
  outvotedRule, topicRule, scenarioRule, stackRule, entitiesRule, numbersRule, checklistRule, paragraphsRule, imagesRule, titleRule,
  fieldOrderRule,
];
