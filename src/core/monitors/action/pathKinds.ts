/** Path classification helpers (test files, build output, protected areas). Paths use '/' or '\'. */

function norm(p: string): string {
  return p.replace(/\\/g, '/');
}

const TEST_PATH_RE = /(?:^|\/)(?:tests?|__tests__|specs?|testing|e2e)\/|[._-](?:test|spec)s?\.[A-Za-z]{1,5}$|(?:^|\/)test_[^/]*\.py$|_test\.(?:go|py|rb|exs?)$|(?:^|\/)conftest\.py$|Tests?\.(?:java|kt|cs|swift)$|(?:^|\/)__snapshots__\//;

export function isTestPath(p: string): boolean {
  return TEST_PATH_RE.test(norm(p));
}

const TEST_FILE_RE = /(?:^|\/)test_[^/]*\.py$|_test\.(?:go|py|rb|exs?)$|[._-](?:test|spec)s?\.[A-Za-z]{1,5}$|(?:^|\/)conftest\.py$|Tests?\.(?:java|kt|cs|swift)$/;

/** A file name the test runners collect (by name, not by folder). */
export function isCollectedTestFile(p: string): boolean {
  return TEST_FILE_RE.test(norm(p));
}

/** Folder names that hold regenerable output, caches or installed dependencies. */
const GENERATED_NAME_RE = /^(?:\.?[\w-]{0,40}[-_.]?cache|\.?caches?|builds?|dist|out|output|tmp|temp|\.tmp|generated|__generated__|_build|site|vendor|\.venv|venv|node_modules|bower_components|\.angular|\.expo|DerivedData|\.dart_tool|\.gradle|target|bin|obj|coverage|htmlcov|\.sass-cache|\.eslintcache|[\w.-]{1,60}\.tsbuildinfo|storybook-static|\.docusaurus|\.vercel|\.netlify|\.serverless|\.webpack|\.nx|\.turbo|\.next|\.nuxt|\.output|\.svelte-kit|__pycache__|[\w.-]{1,60}\.egg-info|\.tox|\.nox|\.pytest_cache|\.mypy_cache|\.ruff_cache|playwright-report|test-results)$/;
const BUILD_OUTPUT_RE = /^(?:\.\/)?(?:[\w.-]{1,80}\/){0,6}(?:dist|build|out|target|node_modules|coverage|\.next|\.nuxt|\.turbo|\.cache|__pycache__|\.pytest_cache|\.mypy_cache|\.ruff_cache|\.tox|\.venv|venv|bin\/Debug|bin\/Release|obj|tmp|\.parcel-cache|\.svelte-kit|storybook-static|\.gradle|\.eggs|[\w.-]{1,80}\.egg-info|htmlcov|\.nyc_output|\.terraform)\/?(?:\*|[\w.*-]{0,80})?$/;

/** Build output, caches and dependency folders: deleting them is routine. */
export function isBuildOutput(p: string): boolean {
  const n = norm(p);
  if (/^\/tmp\//.test(n) || /\.(?:pyc|o|log)$/.test(n)) return true;
  const base = n.replace(/\/+\*?$/, '').split('/').pop() ?? '';
  if (GENERATED_NAME_RE.test(base)) return true;
  if (/(?:^|\/)(?:package-lock\.json|yarn\.lock|pnpm-lock\.yaml|poetry\.lock|Pipfile\.lock|Gemfile\.lock|composer\.lock|Cargo\.lock|go\.sum|uv\.lock)$/.test(n)) return true;
  return BUILD_OUTPUT_RE.test(n);
}

const SELF_PROTECTED_RE = /(?:^|\/)\.claude\/(?:settings[\w.-]{0,40}\.json|hooks\/)|(?:^|\/)\.codex\/(?:hooks\.json|config\.toml)|(?:^|\/)\.github\/hooks\/|(?:^|\/)\.vigil\/|(?:^|\/)\.claude\.json$|(?:^|\/)(?:claude-code\/)?managed-settings\.json$|(?:^|\/)\.gemini\/settings\.json$|(?:^|\/)\.cursor\/cli(?:-config)?\.json$/;

/** The agent's own permission/hook settings and Vigil's config: editing them disables the gate. */
export function isSelfProtectedPath(p: string): boolean {
  return SELF_PROTECTED_RE.test(norm(p));
}

const EDITOR_SETTINGS_RE = /(?:^|\/)\.vscode\/settings\.json$|\.code-workspace$|(?:^|\/)(?:Code|Code - Insiders|VSCodium|Cursor|code-server)\/(?:User|Machine)\/settings\.json$|(?:^|\/)\.(?:vscode|cursor)-server\/data\/(?:User|Machine)\/settings\.json$/;

/** Editor settings files (workspace, user, remote): they hold Vigil's own settings among others. */
export function isEditorSettingsPath(p: string): boolean {
  return EDITOR_SETTINGS_RE.test(norm(p));
}

const CI_RE = /(?:^|\/)\.github\/workflows\/|(?:^|\/)\.gitlab-ci\.ya?ml$|(?:^|\/)Jenkinsfile$|(?:^|\/)\.circleci\/|(?:^|\/)azure-pipelines\.ya?ml$|(?:^|\/)\.buildkite\/|(?:^|\/)\.pre-commit-config\.yaml$|(?:^|\/)\.husky\//;
export function isCiPath(p: string): boolean {
  return CI_RE.test(norm(p));
}

export function isEnvPath(p: string): boolean {
  return /(?:^|\/)\.env(?:\.[\w-]{1,30})?$/.test(norm(p)) && !/\.(?:example|sample|template|dist)$/.test(p);
}

export function isMigrationPath(p: string): boolean {
  return /(?:^|\/)(?:migrations?|alembic\/versions|db\/migrate)\//.test(norm(p));
}

export function isAuthPath(p: string): boolean {
  return /(?:^|\/)(?:auth|authn|authz|security|permissions?)(?:\/|\.[a-z]{1,4}$)|(?:^|\/)[\w-]{0,40}(?:auth|login|password|permission|oauth|jwt|credential)[\w-]{0,40}\.[a-z]{1,4}$/i.test(norm(p)) && !isTestPath(p);
}

const SECRET_FILE_RE = /(?:^|\/)(?:\.ssh\/(?:id_[\w-]{1,20}|authorized_keys)|\.aws\/credentials|\.netrc|\.npmrc|\.pypirc|\.docker\/config\.json|\.config\/gh\/hosts\.yml|\.git-credentials|\.kube\/config|[\w-]{1,60}\.pem|[\w-]{1,60}\.key|[\w-]{0,60}credentials\.json|[\w-]{0,60}service[-_]?account[\w-]{0,40}\.json|(?:[\w.-]{1,60}[-_])?(?:sa|sa[-_]key|gcp[-_]key|gcs[-_]key|gke[-_]key|firebase[-_](?:admin[-_])?key|keyfile|key[-_]?file)\.json|[\w.-]{0,60}\.tfstate(?:\.backup)?|\.vault-token|\.pgpass|\.my\.cnf|\.azure\/(?:accessTokens|msal_token_cache)\.json|\.terraform\.d\/credentials\.tfrc\.json|\.cargo\/credentials(?:\.toml)?|\.gem\/credentials|\.composer\/auth\.json|\.config\/hub|\.docker\/\.token_seed|\.netrc\.gpg)$|(?:^|\/)(?:run|var\/run)\/secrets\/[\w./-]{1,200}$/;

/** Files that hold credentials (excluding .env, which has its own check). */
export function isSecretFile(p: string): boolean {
  return SECRET_FILE_RE.test(norm(p));
}
