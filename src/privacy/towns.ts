// The town after a postcode, and the words that follow a number the way a town does but are none.
import { currencyAfter } from './patterns';

// Words that follow a number the way a town follows a postcode, but are not towns.
const NOT_TOWNS = new Set(['Items', 'Orders', 'Stück', 'Punkte', 'Points', 'Kunden', 'Users', 'Artikel']);
/** Whether the `town` read at offset `at` is a word that follows numbers instead: a currency or a NOT_TOWNS word. */
export const notATown = (text: string, at: number, town: string) => NOT_TOWNS.has(town.split(/[ -]/)[0]!) || currencyAfter(text, at);
// A town's first word may be a one-letter article ("15003 A Coruña", "O Porriño").
export const TOWN = "(?:[AO] )?\\p{Lu}[\\p{L}'’-]+(?:[ -](?:am|an der|sur|de|del|di|la|le) \\p{Lu}[\\p{L}'’-]+| \\p{Lu}[\\p{L}'’-]+)?";
