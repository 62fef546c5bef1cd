import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/actions/app-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can, ROLES, type Permission } from "@/lib/auth/permissions";
import { makeUser } from "./factories";

/**
 * One data function that a server action exposes. `prepare` makes what the call needs (a target
 * row…) before the "nothing changed" snapshot is taken; `run` is the call itself.
 */
export type Operation<C> = {
  name: string;
  permission: Permission;
  prepare: () => Promise<C>;
  run: (actor: CurrentUser | null, context: C) => Promise<unknown>;
};

/**
 * Walks the role → permission table for each operation: a role without the permission (and an
 * anonymous caller) is refused with FORBIDDEN (UNAUTHENTICATED) and `snapshot` is unchanged;
 * a role with it succeeds. `snapshot` must capture everything the operations could write.
 */
export function describePermissionMatrix<C>(title: string, operations: Operation<C>[], snapshot: () => Promise<unknown>) {
  async function expectRefused(run: () => Promise<unknown>, code: "FORBIDDEN" | "UNAUTHENTICATED") {
    const before = await snapshot();
    const error = await run().then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    expect(await snapshot()).toEqual(before);
  }

  describe(title, () => {
    for (const op of operations) {
      for (const role of ROLES) {
        const allowed = can(role, op.permission);
        it(`${op.name} is ${allowed ? "allowed" : "refused"} for ${role}`, async () => {
          const actor = await makeUser(role);
          const context = await op.prepare();
          if (allowed) await expect(op.run(actor, context)).resolves.toBeDefined();
          else await expectRefused(() => op.run(actor, context), "FORBIDDEN");
        });
      }
      it(`${op.name} is refused for an anonymous caller`, async () => {
        const context = await op.prepare();
        await expectRefused(() => op.run(null, context), "UNAUTHENTICATED");
      });
    }
  });
}
