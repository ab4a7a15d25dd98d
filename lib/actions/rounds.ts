"use server";
// Server actions of the round pages: open (admins), freeze, reopen with a reason.
import { z } from "zod";
import { freezeRound, reopenRound } from "@/lib/data/round-freeze";
import { createRound } from "@/lib/data/rounds";
import { roundCreateInput, roundIdParam, roundReopenInput } from "@/lib/validation/rounds";
import type { ActionState } from "./action-state";
import { runAction } from "./run-action";

export type RoundFormState = ActionState<{ id: number }>;

export async function createRoundAction(prev: RoundFormState, fd: FormData): Promise<RoundFormState> {
  return runAction(prev, fd, {
    schema: roundCreateInput,
    permission: "round.manage",
    run: (actor, input) => createRound(actor, input),
    echo: ["plan", "name", "year", "dueDate"],
    revalidate: () => "/rounds",
    redirectTo: ({ id }) => `/rounds/${id}`,
  });
}

export type RoundStatusFormState = ActionState;

export async function freezeRoundAction(prev: RoundStatusFormState, fd: FormData): Promise<RoundStatusFormState> {
  return runAction(prev, fd, {
    schema: z.object({}),
    params: roundIdParam,
    permission: "round.manage",
    run: async (actor, _input, { id }) => {
      await freezeRound(actor, id);
      return null;
    },
    revalidate: () => ({ path: "/rounds", type: "layout" }),
  });
}

export async function reopenRoundAction(prev: RoundStatusFormState, fd: FormData): Promise<RoundStatusFormState> {
  return runAction(prev, fd, {
    schema: roundReopenInput,
    params: roundIdParam,
    permission: "round.manage",
    run: async (actor, { reason }, { id }) => {
      await reopenRound(actor, id, reason);
      return null;
    },
    revalidate: () => ({ path: "/rounds", type: "layout" }),
  });
}
