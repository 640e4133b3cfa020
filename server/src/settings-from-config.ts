// seed.config.json → the service's settings (the user's VS Code settings go on top: mergeSettings).
import type { SeedConfig, SeedSettings } from './service/index';

export function settingsFromConfig(c: SeedConfig): SeedSettings {
  const out: { -readonly [K in keyof SeedSettings]: SeedSettings[K] } = {};
  if (c.headings?.extraVocabulary) out.extraHeadings = c.headings.extraVocabulary;
  if (c.headings?.detectShape !== undefined) out.detectHeadingShape = c.headings.detectShape;
  if (c.meta?.brand) out.brand = c.meta.brand;
  if (c.meta?.requiredFields) out.requiredFields = c.meta.requiredFields;
  if (c.meta?.allowedValues) out.allowedValues = c.meta.allowedValues;
  if (c.diagnostics?.severity) out.severity = c.diagnostics.severity as SeedSettings['severity'];
  return out;
}
