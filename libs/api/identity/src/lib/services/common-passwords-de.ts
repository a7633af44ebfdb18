/**
 * Passwords German users choose most often (published yearly lists of leaked passwords), which the
 * English-based breach list misses. Checked lower-cased; digits appended to a listed word are
 * caught by the policy as well.
 */
export const COMMON_GERMAN_PASSWORDS: readonly string[] = [
  'passwort', 'hallo', 'schatz', 'schatzi', 'ficken', 'fussball', 'fußball', 'sommer', 'winter', 'frühling',
  'herbst', 'sonne', 'sonnenschein', 'mausi', 'hase', 'hasi', 'engel', 'liebe', 'ichliebedich', 'geheim',
  'willkommen', 'deutschland', 'berlin', 'hamburg', 'muenchen', 'münchen', 'koeln', 'köln', 'dortmund', 'schalke',
  'schalke04', 'borussia', 'bvb09', 'bayern', 'fcbayern', 'werder', 'eintracht', 'computer', 'kennwort', 'zugang',
  'anmelden', 'benutzer', 'qwertz', 'qwertzu', 'qwertzui', 'qwertzuiop', 'asdfgh', 'yxcvbnm', 'lol123', 'hallo123',
  'passwort1', 'passwort123', 'schatz123', 'blume', 'blumen', 'katze', 'hund', 'pferd', 'tiger', 'sternchen',
  'stern', 'prinzessin', 'falke', 'adler', 'schnecke', 'mama', 'papa', 'oma', 'opa', 'familie',
  'gluecklich', 'glücklich', 'freiheit', 'freund', 'freundin', 'weihnachten', 'ostern', 'urlaub', 'kaffee', 'bier',
  'schokolade', 'startseite', 'neustart', 'rathaus', 'stadtverwaltung', 'verwaltung', 'integration', 'kommune', 'konflikt', 'nrw',
];
