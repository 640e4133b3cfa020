// Reads the `seed.*` settings the client sends into the service's settings, ignoring anything malformed.
import type { SeedSettings, SeveritySetting } from './service/index';

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

export function readSettings(raw: unknown): SeedSettings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const diagnostics = (s.diagnostics ?? {}) as Record<string, unknown>;
  const headings = (s.headings ?? {}) as Record<string, unknown>;
  const severity: Record<string, SeveritySetting> = {};
  if (diagnostics.severity && typeof diagnostics.severity === 'object') {
    for (const [code, v] of Object.entries(diagnostics.severity as Record<string, unknown>)) {
      if (typeof v === 'string' && SEVERITIES.has(v)) severity[code] = v as SeveritySetting;
    }
  }
  const extra = Array.isArray(headings.extraVocabulary) ? headings.extraVocabulary.filter((h): h is string => typeof h === 'string') : [];
  const out: { -readonly [K in keyof SeedSettings]: SeedSettings[K] } = { severity, extraHeadings: extra };
  if (typeof headings.detectShape === 'boolean') out.detectHeadingShape = headings.detectShape;
  const max = (s.limits as Record<string, unknown> | undefined)?.maxFullCheckSize;
  if (typeof max === 'number' && max > 0) out.maxFullCheckSize = max;
  return out;
}
