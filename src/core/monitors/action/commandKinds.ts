/** Shell command classification helpers shared by the action monitors and the session context. */

const TEST_CMD_RE = /\b(?:(?:npm|pnpm|yarn|bun)(?: run)?(?: -{1,2}[\w-]{1,20}){0,3} test\b|npx (?:vitest|jest|mocha|playwright test)|vitest\b|jest\b|mocha\b|pytest\b|python3? -m (?:pytest|unittest)|go test\b|cargo (?:test|nextest)\b|mvn (?:-\S{1,40} )?(?:test|verify)\b|gradlew? test\b|make (?:test|check)\b|just (?:test|check)\b|tox\b|rspec\b|phpunit\b|dotnet test\b|ctest\b|deno test\b|mix test\b|bun test\b|(?:bundle exec )?(?:rspec|rake test)\b|swift test\b|sbt (?:\S{1,40} )?test\b|lein test\b|flutter test\b|dart test\b|stack test\b|cabal test\b|dune test\b|zig build test\b|(?:npm|pnpm|yarn|bun) run(?: -{1,2}[\w-]{1,20}){0,3} test[\w:-]{0,30}\b|nox\b|hatch (?:run )?test|go vet\b)/;

export function isTestCommand(command: string): boolean {
  return TEST_CMD_RE.test(command);
}

const CHECK_CMD_RE = /\b(?:eslint|tsc|mypy|ruff|flake8|pylint|golangci-lint|clippy|lint|prettier --check|npm run (?:build|lint|check|typecheck)|make (?:lint|build)|cargo (?:build|check)|go build|dotnet build|swift build|mvn (?:-\S{1,40} )?(?:compile|package|install)|gradlew? (?:build|assemble|compileJava)|(?:pnpm|yarn|bun) (?:run )?(?:build|lint|typecheck)|tsc -b|next build|vite build|webpack|mix compile|cmake --build|bazel build|dune build|sbt compile)\b/;

/** Test, lint, type-check or build commands: the ones whose failure an agent may be tempted to hide. */
export function isCheckCommand(command: string): boolean {
  return isTestCommand(command) || CHECK_CMD_RE.test(command);
}

const CI_STATUS_RE = /\bgh\s+(?:run|pr\s+checks)\b|\bglab\s+ci\b|\bcircleci\b|check-runs|actions\/runs/;

/** Commands that look up CI results (gh run, gh pr checks …). */
export function isCiStatusCommand(command: string): boolean {
  return CI_STATUS_RE.test(command);
}

/** Splits a command line into simple segments at ;, &&, ||, | and newlines (quote-unaware, linear). */
export function commandSegments(command: string): string[] {
  return command
    .split(/\|\||&&|[;|\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Whitespace tokens with surrounding quotes removed. */
export function tokens(segment: string): string[] {
  return segment
    .split(/\s+/)
    .filter((t) => t.length > 0)
    .map((t) => t.replace(/^["']|["']$/g, ''));
}

/** Strips leading env assignments and wrappers (sudo, time, nohup, bash -c) to the command word. */
export function commandWord(segment: string): { word: string; args: string[] } {
  const t = tokens(segment);
  let i = 0;
  while (i < t.length && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(t[i] ?? '') || /^(?:sudo|time|nohup|exec|command|env)$/.test(t[i] ?? ''))) i++;
  return { word: (t[i] ?? '').replace(/^.*\//, ''), args: t.slice(i + 1) };
}
