const WIDE = /[\uFF01-\uFF5E\u3000]/;

/** Full-width ASCII (as typed with a Chinese IME, or saved by WPS) to half-width; ideographic space to space. */
export function toHalfWidth(s: string): string {
  if (!WIDE.test(s)) return s;
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** Removes every kind of white space, including non-breaking and zero-width ones Excel leaves behind. */
export function stripSpaces(s: string): string {
  return s.replace(/[\s\u200B\uFEFF]/g, '');
}
