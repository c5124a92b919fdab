import { describe, expect, it } from 'vitest';
import { actionForKey, clampSlide, positionText, slideFromHash } from '../../src/lib/toolkit/navigation.ts';

describe('slide viewer keys', () => {
  it('moves forward and back with arrows, Page Up/Down and space', () => {
    expect(actionForKey('ArrowRight', 3, 10)).toEqual({ kind: 'go', slide: 4 });
    expect(actionForKey('PageDown', 3, 10)).toEqual({ kind: 'go', slide: 4 });
    expect(actionForKey(' ', 3, 10)).toEqual({ kind: 'go', slide: 4 });
    expect(actionForKey(' ', 3, 10, true)).toEqual({ kind: 'go', slide: 2 });
    expect(actionForKey('ArrowLeft', 3, 10)).toEqual({ kind: 'go', slide: 2 });
    expect(actionForKey('PageUp', 3, 10)).toEqual({ kind: 'go', slide: 2 });
  });

  it('jumps to the ends with Home and End and stops at the edges', () => {
    expect(actionForKey('Home', 7, 10)).toEqual({ kind: 'go', slide: 1 });
    expect(actionForKey('End', 2, 10)).toEqual({ kind: 'go', slide: 10 });
    expect(actionForKey('ArrowRight', 10, 10)).toEqual({ kind: 'go', slide: 10 });
    expect(actionForKey('ArrowLeft', 1, 10)).toEqual({ kind: 'go', slide: 1 });
  });

  it('ignores keys it does not use, so typing elsewhere is untouched', () => {
    expect(actionForKey('a', 3, 10)).toEqual({ kind: 'none' });
    expect(actionForKey('Tab', 3, 10)).toEqual({ kind: 'none' });
    expect(actionForKey('ArrowDown', 3, 10)).toEqual({ kind: 'none' });
  });
});

describe('slide position', () => {
  it('reads the slide from the address and keeps it in range', () => {
    expect(slideFromHash('#slide-4', 12)).toBe(4);
    expect(slideFromHash('#slide-40', 12)).toBe(12);
    expect(slideFromHash('#notes', 12)).toBe(1);
    expect(clampSlide(0, 5)).toBe(1);
    expect(positionText(2, 12)).toBe('Slide 2 of 12');
  });
});
