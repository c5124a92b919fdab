/**
 * Data files (FAQ answers) cannot use the <Fact> component, so they write
 * {fact:<id>} and the page fills in the figure's display text from
 * content/facts/figures.yaml. One data file keeps every page's numbers equal.
 */
const PLACEHOLDER = /\{fact:([a-z0-9-]+)\}/g;

export function fillFacts(text: string, displays: ReadonlyMap<string, string>, origin: string): string {
  return text.replace(PLACEHOLDER, (_, id: string) => {
    const display = displays.get(id);
    if (display === undefined) throw new Error(`${origin}: {fact:${id}} is not in content/facts/figures.yaml`);
    return display;
  });
}

/** The fact ids a text refers to (for tests and checks). */
export function factIdsIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
}
