/** The theme toggle: an explicit choice is stored; matching the system clears it. */
const KEY = 'etw:theme';
const root = document.documentElement;
const systemDark = matchMedia('(prefers-color-scheme: dark)');

function isDark(): boolean {
  const chosen = root.dataset['theme'];
  return chosen ? chosen === 'dark' : systemDark.matches;
}

export function initThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!button) return;
  const sync = () => button.setAttribute('aria-pressed', String(isDark()));
  sync();
  systemDark.addEventListener('change', sync);
  button.addEventListener('click', () => {
    const dark = !isDark();
    try {
      if (dark === systemDark.matches) {
        delete root.dataset['theme'];
        localStorage.removeItem(KEY);
      } else {
        root.dataset['theme'] = dark ? 'dark' : 'light';
        localStorage.setItem(KEY, root.dataset['theme']);
      }
    } catch {
      root.dataset['theme'] = dark ? 'dark' : 'light'; // storage disabled: still switch for this page
    }
    sync();
  });
}
