import { z } from 'zod';
import { CategorySchema, SeveritySchema } from '../model/taxonomy';

/** Which texts a team pattern runs over. */
export const RuleTargetSchema = z.enum(['reasoning', 'text', 'command', 'path', 'content']);
export type RuleTarget = z.infer<typeof RuleTargetSchema>;

export const PatternRuleSchema = z
  .object({
    id: z.string().min(1).max(80).regex(/^[\w.-]+$/, 'letters, digits, "_", "-" and "." only').describe('Stable id, shown as the monitor name "rules.<id>".'),
    pattern: z.string().min(1).max(500).describe('JavaScript regular expression (no nested quantifiers, no back-references, at most 500 chars).'),
    flags: z.string().regex(/^[imsu]*$/, 'only i, m, s, u').optional().describe('Regex flags (i, m, s, u).'),
    in: z.array(RuleTargetSchema).min(1).describe('Texts to match: reasoning, text (assistant messages), command, path, content (added lines of file changes).'),
    category: CategorySchema,
    severity: SeveritySchema,
    message: z.string().min(1).max(300),
  })
  .strict();
export type PatternRule = z.infer<typeof PatternRuleSchema>;

export const RulesFileSchema = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(1).optional(),
    patterns: z.array(z.unknown()).optional().describe('Team patterns (each validated on its own).'),
    severities: z.record(z.string(), z.unknown()).optional().describe('Severity overrides by monitor id or id prefix, e.g. {"action.suppressions": "low"}.'),
    protectedPaths: z.array(z.unknown()).optional().describe('Globs of paths whose edits always go to review (** and * supported).'),
    allow: z
      .object({
        paths: z.array(z.unknown()).optional().describe('Globs of paths whose findings are suppressed.'),
        commands: z.array(z.unknown()).optional().describe('Regexes of commands whose findings are suppressed.'),
        monitors: z.array(z.unknown()).optional().describe('Monitor ids (or prefixes) to suppress.'),
      })
      .strict()
      .optional(),
  })
  .strict();

/**
 * The precise shape of `.vigil/rules.json`, published as schemas/rules.schema.json for editor
 * validation. Parsing uses the lenient RulesFileSchema above plus per-entry checks, so one bad
 * entry never disables the others.
 */
export const RulesDocumentSchema = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(1).optional(),
    patterns: z.array(PatternRuleSchema).optional().describe('Team patterns: a regex over reasoning, assistant text, commands, paths or added content, with the finding it raises.'),
    severities: z.record(z.string(), SeveritySchema).optional().describe('Severity overrides by monitor id or id prefix, e.g. {"action.suppressions": "low", "reasoning.scope": "low"}.'),
    protectedPaths: z.array(z.string().min(1).max(500)).optional().describe('Globs of paths whose edits always go to review (** and * supported).'),
    allow: z
      .object({
        paths: z.array(z.string().min(1).max(500)).optional().describe('Globs of paths whose findings are suppressed.'),
        commands: z.array(z.string().min(1).max(500)).optional().describe('Regexes of commands whose findings are suppressed.'),
        monitors: z.array(z.string().min(1).max(200)).optional().describe('Monitor ids (or id prefixes) to suppress, e.g. "action.stubs".'),
      })
      .strict()
      .optional(),
  })
  .strict();
