"use client";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server's HTML, true once React runs in the browser. Forms submitted by an
 * onSubmit handler keep their submit button disabled until then: a click before hydration
 * would otherwise submit the form natively (GET, the fields in the address bar) or be lost.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
