/**
 * The phone menu is a native <details> (it opens without JavaScript). With JavaScript it also
 * closes like a menu: on Escape (focus back on its button), on a click outside it, and when the
 * screen widens past the point where the links show in the header.
 */
export function initMenu(): void {
  const menu = document.querySelector<HTMLDetailsElement>('[data-site-menu]');
  const button = menu?.querySelector('summary');
  if (!menu || !button) return;
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && menu.open) {
      menu.open = false;
      button.focus();
    }
  });
  document.addEventListener('click', (e) => {
    if (menu.open && e.target instanceof Node && !menu.contains(e.target)) menu.open = false;
  });
  matchMedia('(min-width: 64rem)').addEventListener('change', (e) => e.matches && (menu.open = false));
}
