/**
 * The shape a translation of an interface-string module must have: every key
 * of the English object, a string where English has a string, and a function
 * of the same arguments where English has one (src/i18n/<lang>/*.ts).
 */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : T[K] };
