/** Human labels for the ids in a record, shared by the list, the popups and the filters. */
import { countryByCode } from '../../lib/countries.ts';
import { KINDS, LEVELS, SUPPORT } from '../../lib/map/vocab.ts';

export const countryName = (code: string) => countryByCode(code)?.name ?? code;
export const kindLabel = (id: string) => (KINDS as Record<string, string>)[id] ?? id;
export const supportLabel = (id: string) => (SUPPORT as Record<string, string>)[id] ?? id;
export const levelLabel = (id: string) => (LEVELS as Record<string, string>)[id] ?? id;

/** "/map/es/#amb-0042": the ambassador on their country's page. */
export const countryPageHref = (country: string, id?: string) => `/map/${country.toLowerCase()}/${id ? `#${id}` : ''}`;

export const formatCount = (n: number) => n.toLocaleString('en-GB');
