/** Fake credentials of every kind redaction knows, each with the text that must disappear (`needle`). */
export interface PlantedSecret {
  kind: string;
  text: string;
  needle: string;
}

export const SECRETS: readonly PlantedSecret[] = [
  { kind: 'openai-key', text: 'OPENAI key sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAB7cD0eF3gH6iJ9k', needle: 'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAB7cD0eF3gH6iJ9k' },
  { kind: 'openai-key', text: 'legacy sk-T3BlbkFJq8Z2x7Y6w5V4u3T2s1R0q9P8o7N6m5L4k3J2', needle: 'T3BlbkFJq8Z2x7Y6w5V4u3T2s1R0q9P8o7N6m5L4k3J2' },
  { kind: 'anthropic-key', text: 'export ANTHROPIC_API_KEY=sk-ant-api03-Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0FeDcBa-zyXWvuTsrQPonMLkjIHgfEDcbA_123456789AA', needle: 'Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0FeDcBa' },
  { kind: 'aws-access-key', text: 'aws_access_key_id = AKIAQ3EGUQX7ZL4M2NPA', needle: 'AKIAQ3EGUQX7ZL4M2NPA' },
  { kind: 'aws-access-key', text: 'session ASIAY34FZKBOKMUTVV7A in use', needle: 'ASIAY34FZKBOKMUTVV7A' },
  { kind: 'aws-secret-key', text: 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8Hd2Lw9p', needle: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8Hd2Lw9p' },
  { kind: 'github-token', text: 'git push https://ghp_R4nd0mT0k3nV4lu3Xy9Zq8Wv7Ut6Sr5Qp4On3M@github.com/o/r', needle: 'ghp_R4nd0mT0k3nV4lu3Xy9Zq8Wv7Ut6Sr5Qp4On3M' },
  { kind: 'github-token', text: 'GH_TOKEN gho_16C7e42F292c6912E7710c838347Ae178B4a', needle: 'gho_16C7e42F292c6912E7710c838347Ae178B4a' },
  { kind: 'github-token', text: 'app token ghs_aB3cD4eF5gH6iJ7kL8mN9oP0qR1sT2uV3wX4', needle: 'ghs_aB3cD4eF5gH6iJ7kL8mN9oP0qR1sT2uV3wX4' },
  { kind: 'github-token', text: 'fine grained github_pat_11ABCDEFG0aBcDeFgHiJkL_mNoPqRsTuVwXyZ0123456789aBcDeFgHiJkLmNoPqRsTuVwXyZ01', needle: '11ABCDEFG0aBcDeFgHiJkL_mNoPqRsTuVwXyZ' },
  { kind: 'gitlab-token', text: 'CI uses glpat-Xy7Zq9Wv2Ut4Sr6Qp8On', needle: 'glpat-Xy7Zq9Wv2Ut4Sr6Qp8On' },
  { kind: 'slack-token', text: 'SLACK xoxb-1234567890-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx', needle: 'AbCdEfGhIjKlMnOpQrStUvWx' },
  { kind: 'google-api-key', text: 'maps key AIzaSyD4-x9Kq2Lw8Zp3Vn7Mb5Xc1Rt6Yu0Io_P', needle: 'AIzaSyD4-x9Kq2Lw8Zp3Vn7Mb5Xc1Rt6Yu0Io_P' },
  { kind: 'stripe-key', text: 'stripe sk_live_51HxYzAbCdEfGhIjKlMnOpQr and rk_live_51HqWeRtYuIoPaSdFgHjKlZx', needle: '51HxYzAbCdEfGhIjKlMnOpQr' },
  { kind: 'stripe-key', text: 'restricted rk_live_51HqWeRtYuIoPaSdFgHjKlZx', needle: '51HqWeRtYuIoPaSdFgHjKlZx' },
  { kind: 'npm-token', text: '//registry.npmjs.org/:_authToken=npm_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789', needle: 'aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789' },
  { kind: 'jwt', text: 'cookie eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c', needle: 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c' },
  { kind: 'bearer-token', text: 'curl -H "Authorization: Bearer tok.4f9a7c2e1b8d6f3a0c5e9b2d7f1a4c8e" https://api', needle: 'tok.4f9a7c2e1b8d6f3a0c5e9b2d7f1a4c8e' },
  { kind: 'private-key', text: '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\nVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\n-----END RSA PRIVATE KEY-----', needle: 'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun' },
  { kind: 'url-password', text: 'DATABASE_URL=postgres://app:S3cr3t-Pa55w0rd!@db.internal:5432/app', needle: 'S3cr3t-Pa55w0rd!' },
  { kind: 'secret-assignment', text: 'DB_PASSWORD=hunter2hunter2', needle: 'hunter2hunter2' },
  { kind: 'secret-assignment', text: '{"client_secret": "correct horse battery staple"}', needle: 'correct horse battery staple' },
  { kind: 'high-entropy', text: 'token in output: Xq7Lp2Vz9Kd4Rt8Yw3Nb6Mc1Hf5Gj0Sa done', needle: 'Xq7Lp2Vz9Kd4Rt8Yw3Nb6Mc1Hf5Gj0Sa' },
  { kind: 'home-path', text: 'edited /home/alicew/projects/app/src/main.ts', needle: 'alicew' },
  { kind: 'home-path', text: 'on mac: /Users/alicew/Library/x and C:\\Users\\alicew\\AppData', needle: 'alicew' },
  { kind: 'user-name', text: 'committed as bobthedev <bob@example.com>', needle: 'bobthedev' },
];

/** The identity the tests redact (a made-up user; the local one is covered separately). */
export const TEST_IDENTITY = { homeDirs: ['/home/bobthedev'], userNames: ['bobthedev'] };
