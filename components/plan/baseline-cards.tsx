import { baselineCardsInner, type BaselineCardsInput } from "./baseline-cards-markup";

/** Headline figures of the whole plan area: the plan's baseline, or the latest observed. */
export function BaselineCards({ testId, ...input }: BaselineCardsInput & { testId: string }) {
  const inner = baselineCardsInner(input);
  return inner === null ? null : <section data-testid={testId} dangerouslySetInnerHTML={{ __html: inner }} />;
}
