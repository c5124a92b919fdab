/**
 * How far ahead of the reader an island starts (`client:visible={{ rootMargin: HYDRATE_AHEAD }}`).
 * The quizzes' first screen is shorter than their no-JavaScript form (twenty questions fold into
 * one): started as they scroll into view, everything after them jumps up in front of the reader.
 * Started a screen and a half before, the change happens below the screen and moves nothing seen.
 */
export const HYDRATE_AHEAD = '150% 0px';
