import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { createRedactor, localIdentity } from '../../../src/core/report/redact/redactText';
import { SECRETS, TEST_IDENTITY } from './secretCorpus';

const redactor = createRedactor({ homeDirs: TEST_IDENTITY.homeDirs, userNames: [...TEST_IDENTITY.userNames, 'alicew'] });

describe('redaction detectors', () => {
  it.each(SECRETS.map((s) => [s.kind, s] as const))('redacts %s', (_kind, s) => {
    const r = redactor.redact(s.text);
    expect(r.text).not.toContain(s.needle);
    expect(r.hits.map((h) => h.kind)).toContain(s.kind);
  });

  it('says which kind it replaced without keeping the value', () => {
    const r = redactor.redact('key=AKIAQ3EGUQX7ZL4M2NPA end');
    expect(r.text).toBe('key=[REDACTED:aws-access-key] end');
  });

  it('replaces home folders with ~ and user names with [user]', () => {
    expect(redactor.redact('/home/alicew/x.ts and /home/bobthedev/y').text).toBe('~/x.ts and ~/y');
    expect(redactor.redact('ask bobthedev or alicew').text).toBe('ask [user] or [user]');
    // Claude's project folder name encodes the home path with dashes.
    expect(redactor.redact('projects/-home-alicew-projects-app/x.jsonl').text).toBe('projects/-home-[user]-projects-app/x.jsonl');
  });

  it('redacts the local user\'s home folder by default', () => {
    const home = os.homedir();
    const r = createRedactor(localIdentity()).redact(`open ${home}/project/a.ts`);
    expect(r.text).toBe('open ~/project/a.ts');
  });

  it.each([
    ['git SHA', 'commit 9fceb02d0ae598e95dc970b74767f19372d61af8 and short 9fceb02'],
    ['sha256', 'sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['UUID', 'session 258c7280-ae70-4798-800f-63464d01a85d'],
    ['integrity', '"integrity": "sha512-Vv3yU4t7C9bJ4nE2Qm8PzR5kL1wX6hT0aD3fG7jK9lM2nB4vC8xZ1qW5eR6tY7uI0oP3aS9dF4gH2jK8lZ=="'],
    ['identifiers', 'createAnalyzerForSessionReport2024 testRewardHackingDetector_v2_Final HTMLInputElement2FocusEvent_Handler9'],
    ['tool ids', 'toolu_01A2b3C4d5E6f7G8h9J0kLmNpQ call_Xy7Zq9Wv2Ut4Sr6Qp8On3M msg_01EEiRWuVvwAmenNJXZcerPY'],
    ['paths', 'src/core/report/redact/highEntropy.ts /usr/local/lib/node_modules/typescript/lib/tsc.js'],
    ['URL without password', 'https://user@github.com/org/repo.git https://example.com/a?b=c'],
    ['type annotations', 'interface Login { password: string; token?: string; apiKey: string | undefined }'],
    ['env references', 'const apiKey = process.env.OPENAI_API_KEY; token = getToken(); secret: ${SECRET}'],
    ['token counts', 'max_tokens: 4096, total_tokens: 43179, input_tokens=12, token_count=3'],
    ['prose', 'the password is wrong; rotate the token; the secret sauce; Bearer token auth'],
    ['placeholders', 'API_KEY=<your-key> PASSWORD=changeme TOKEN=xxxxxxxx SECRET_KEY=your_secret_here'],
    ['key paths', 'SSH_KEY_PATH=/etc/ssh/id_rsa KEY_FILE=./key.pem token.ex:135'],
    ['generic accounts', '/home/USER/projects and /home/runner/work and the root cause under /home/ubuntu'],
    ['short sk- words', 'task-list sk-learn risk-free desk-top'],
  ])('leaves %s alone', (_name, text) => {
    const r = redactor.redact(text);
    expect(r.hits).toEqual([]);
    expect(r.text).toBe(text);
  });

  it('prefers the specific kind when rules overlap', () => {
    const r = redactor.redact('OPENAI_API_KEY=sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAB7cD0eF3gH6iJ9k');
    expect(r.hits.map((h) => h.kind)).toEqual(['openai-key']);
  });

  it('redacts a PEM block cut off before its END line', () => {
    const r = redactor.redact('start -----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ');
    expect(r.text).toBe('start [REDACTED:private-key]');
  });

  it('stays fast on adversarial 100 kB inputs (linear-time patterns)', () => {
    const n = 100_000;
    const inputs = [
      'a'.repeat(n), 'A'.repeat(n), 'aB3'.repeat(n / 3), 'KEY'.repeat(n / 3), 'a=a='.repeat(n / 4), 'PASSWORD='.repeat(n / 9),
      '-----BEGIN '.repeat(n / 11), '-----BEGIN RSA PRIVATE KEY-----'.repeat(n / 31), 'sk-'.repeat(n / 3), 'eyJ'.repeat(n / 3),
      'eyJaaaaaaaaa.'.repeat(n / 13), 'x://a:'.repeat(n / 6), 'a://b:c'.repeat(n / 7), '/home/'.repeat(n / 6), '-home-a'.repeat(n / 7),
      'Bearer '.repeat(n / 7), `"token": "${'x'.repeat(n)}`, 'C:\\Users\\'.repeat(n / 9), 'ghp_'.repeat(n / 4), '\u202e'.repeat(n),
    ];
    for (const s of inputs) {
      const t0 = performance.now();
      redactor.redact(s);
      const ms = performance.now() - t0;
      // A super-linear pattern takes minutes here; linear ones take milliseconds.
      expect(ms, `input starting ${JSON.stringify(s.slice(0, 20))}`).toBeLessThan(5000);
    }
  });
});
