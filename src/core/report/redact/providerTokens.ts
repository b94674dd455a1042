import { findWithRules, type Detector, type RegexRule } from './redactionTypes';

// API keys and tokens of the common providers. Every pattern is a literal prefix followed by one
// bounded or unbounded character class, so matching is linear in the text length.
const B = '(?<![A-Za-z0-9_-])';
const E = '(?![A-Za-z0-9_-])';

export const PROVIDER_RULES: readonly RegexRule[] = [
  { kind: 'anthropic-key', re: new RegExp(`${B}sk-ant-[A-Za-z0-9_-]{20,}`, 'g'), hint: ['sk-ant-'] },
  { kind: 'openai-key', re: new RegExp(`${B}sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}`, 'g'), hint: ['sk-'] },
  { kind: 'openai-key', re: new RegExp(`${B}sk-[A-Za-z0-9]{32,}${E}`, 'g'), hint: ['sk-'] },
  { kind: 'aws-access-key', re: new RegExp(`(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Z0-9])`, 'g'), hint: ['AKIA', 'ASIA', 'ABIA', 'ACCA'] },
  { kind: 'github-token', re: new RegExp(`${B}gh[pousr]_[A-Za-z0-9]{30,255}${E}`, 'g'), hint: ['gh'] },
  { kind: 'github-token', re: new RegExp(`${B}github_pat_[A-Za-z0-9_]{22,255}${E}`, 'g'), hint: ['github_pat_'] },
  { kind: 'gitlab-token', re: new RegExp(`${B}gl(?:pat|dt|ptt|rt)-[A-Za-z0-9_-]{20,}`, 'g'), hint: ['gl'] },
  { kind: 'slack-token', re: new RegExp(`${B}xox[abposr]-[A-Za-z0-9-]{10,}`, 'g'), hint: ['xox'] },
  { kind: 'slack-token', re: /https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/_-]{20,}/g, hint: ['hooks.slack.com'] },
  { kind: 'google-api-key', re: new RegExp(`${B}AIza[0-9A-Za-z_-]{35}${E}`, 'g'), hint: ['AIza'] },
  { kind: 'stripe-key', re: new RegExp(`${B}(?:sk|rk|pk)_(?:live|test)_[0-9A-Za-z]{16,}${E}`, 'g'), hint: ['_live_', '_test_'] },
  { kind: 'npm-token', re: new RegExp(`${B}npm_[A-Za-z0-9]{36}${E}`, 'g'), hint: ['npm_'] },
  { kind: 'huggingface-token', re: new RegExp(`${B}hf_[A-Za-z0-9]{34,}${E}`, 'g'), hint: ['hf_'] },
  // JWT: base64url header and payload (both JSON, so "eyJ"), then a signature; '.' is outside the classes.
  { kind: 'jwt', re: new RegExp(`${B}eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*`, 'g'), hint: ['eyJ'] },
];

export const providerTokens: Detector = {
  name: 'providerTokens',
  find: (text, out) => findWithRules(PROVIDER_RULES, text, out),
};
