import { parseQuery } from "@/lib/api/query";
import { apiRoute, json } from "@/lib/api/respond";
import { getRoundTodo } from "@/lib/data/round-completeness";
import { roundIdParam, roundTodoQuery } from "@/lib/validation/rounds";
import { parseInput } from "@/lib/validation/parse";

export const GET = apiRoute<{ id: string }>(async ({ req, actor, params }) => {
  const { id } = parseInput(roundIdParam, params);
  const q = parseQuery(req, roundTodoQuery);
  return json({ todo: await getRoundTodo(actor, id, q.unit) });
});
