/**
 * What the reader did in the server-rendered form before the island took
 * over: the options they ticked, and the control that had the keyboard
 * focus. The island carries both across, so swapping the form for the
 * interactive quiz neither loses answers nor drops focus to <body>.
 */
export interface StaticFormState {
  /** Option ids ticked in the form, by question id. */
  answers: Record<string, string[]>;
  /** The question (and option) holding the focus, if the focus was inside the quiz. */
  focus?: { question: string; option?: string };
}

export function readStaticForm(container: HTMLElement | null): StaticFormState {
  const answers: Record<string, string[]> = {};
  if (!container) return { answers };
  for (const input of container.querySelectorAll<HTMLInputElement>('form.quiz-static input:checked')) {
    const id = input.closest<HTMLElement>('[data-static-question]')?.dataset.staticQuestion;
    if (id) (answers[id] ??= []).push(input.value);
  }
  const state: StaticFormState = { answers };
  const active = document.activeElement;
  if (active instanceof HTMLElement && container.contains(active)) {
    const question = active.closest<HTMLElement>('[data-static-question]')?.dataset.staticQuestion;
    if (question) state.focus = { question, ...(active instanceof HTMLInputElement ? { option: active.value } : {}) };
    else state.focus = { question: '' };
  }
  return state;
}
