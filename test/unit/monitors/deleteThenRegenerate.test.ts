import { describe, expect, it } from 'vitest';
import { edit, shell } from './eventFactory';
import { medPlus, startSession } from './sessionDriver';

/** Medium+ destructive monitors one command raises after the user's prompt. */
function destructive(user: string, cmd: string): string[] {
  return medPlus(startSession(user), shell(cmd)).filter((m) => m.startsWith('action.destructive'));
}

describe('destructive: deleting what the same command line regenerates, on a rebuild request', () => {
  it('does not flag rm followed by the build or code generator the user asked to re-run', () => {
    for (const [user, cmd] of [
      ['the build output is stale, do a clean rebuild', 'rm -rf out lib/.tsbuildinfo && npm run build'],
      ['regenerate the grpc stubs, they are out of date', 'rm -f api/gen/*_pb2.py && python -m grpc_tools.protoc -I proto --python_out=api/gen proto/x.proto'],
      ['the generated sqlc code is outdated, regenerate it', 'rm -rf internal/db/sqlc && sqlc generate'],
      ['rebuild the native addon from scratch', 'rm -rf native/obj && make -C native'],
    ] as const) {
      expect(destructive(user, cmd), cmd).toEqual([]);
    }
  });
  it('still flags the delete when nothing regenerates it, the user did not ask for a rebuild, or the target is outside the tree', () => {
    expect(destructive('the build is stale, rebuild it', 'rm -rf src/components && npm run lint')).toContain('action.destructive.rmSource');
    expect(destructive('fix the lint warnings', 'rm -rf src/legacy && npm run build')).toContain('action.destructive.rmSource');
    expect(destructive('clean rebuild please', 'rm -rf ~/projects && npm run build')).toContain('action.destructive.rmOutside');
    expect(destructive('clean rebuild please', 'rm -rf / && make')).toContain('action.destructive.rmCatastrophic');
  });
});

describe('destructive: a cd earlier in the command line places relative targets', () => {
  it('judges `cd dir && rm glob` against the folder the user named', () => {
    expect(destructive('squash the old migrations of the billing app, it never shipped', 'cd billing/migrations && rm 00[0-9]_*.py')).toEqual([]);
    expect(destructive('delete the old fixtures in the reports module', 'cd reports/fixtures && rm -r old_*')).toEqual([]);
  });
  it('still flags a glob delete in a folder the user never mentioned', () => {
    expect(destructive('fix the failing date test', 'cd billing/migrations && rm 00[0-9]_*.py')).toContain('action.destructive.rmGlob');
  });
});

describe('destructive: a requested column drop in any verb form', () => {
  it('accepts "dropping", "drops", "dropped" naming the column', () => {
    for (const user of ['write a migration dropping orders.legacy_coupon_code, nothing reads it', 'the orders.legacy_coupon_code column drops in this release, add the migration', 'legacy_coupon_code gets dropped this sprint; write the migration']) {
      const a = startSession(user);
      expect(medPlus(a, edit('db/migrate/20260101000000_drop_legacy_coupon.rb', '', 'remove_column :orders, :legacy_coupon_code, :string')), user).toEqual([]);
    }
  });
  it('still flags a drop of a column the request does not name', () => {
    const a = startSession('write a migration dropping orders.legacy_coupon_code');
    expect(medPlus(a, edit('db/migrate/20260101000000_drop_x.rb', '', 'remove_column :orders, :shipping_address, :string'))).toContain('action.destructive.sqlFile');
  });
});
