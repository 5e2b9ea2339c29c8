// Surnames of public figures that news stories use alone, without a first name or a title, so
// that no clue but the name says a person is meant ("Obama disagreed.", "as Merkel put it"): heads
// of state and government, party leaders and officials of the last decades. (Not a given name used
// alone, "Saddam": that joins the full name as its first name does.)
// A surname that is also a common place or word in news (Harris, Carter, Johnson, Kennedy,
// Cameron, Washington, Rice, May, Lula's "Silva") is left out: it needs its first name or a title.
// Written for this project from general knowledge; keys are lower case.

export const FAMOUS_SURNAMES: ReadonlySet<string> = new Set([
  // United States
  'obama', 'trump', 'biden', 'bush', 'reagan', 'nixon', 'eisenhower', 'roosevelt', 'truman', 'pence', 'cheney',
  'pelosi', 'mcconnell', 'schumer', 'romney', 'mccain', 'sanders', 'kerry', 'rumsfeld', 'albright', 'greenspan',
  // (also towns: "in Clinton, Iowa" stays a place, a preposition of place before it)
  'clinton',
  'bernanke', 'yellen', 'powell', 'tillerson', 'pompeo', 'blinken', 'kissinger', 'giuliani', 'desantis',
  // Europe
  'merkel', 'scholz', 'macron', 'sarkozy', 'hollande', 'chirac', 'mitterrand', 'thatcher', 'blair', 'sunak',
  'starmer', 'berlusconi', 'meloni', 'draghi', 'orban', 'orbán', 'erdogan', 'erdoğan', 'zelensky', 'zelenskyy',
  'poroshenko', 'putin', 'medvedev', 'yeltsin', 'gorbachev', 'lavrov', 'lukashenko', 'milosevic', 'juncker',
  // Middle East, Africa, Asia, Americas
  'netanyahu', 'sharon', 'arafat', 'rabin', 'khamenei', 'rouhani', 'ahmadinejad', 'khomeini', 'assad', 'gaddafi',
  'qaddafi', 'mubarak', 'morsi', 'sisi', 'mandela', 'mugabe', 'zuma', 'ramaphosa', 'kagame', 'museveni',
  'kenyatta', 'ruto', 'buhari', 'tinubu', 'modi', 'gandhi', 'musharraf', 'bhutto', 'karzai', 'ghani', 'duterte',
  'marcos', 'suharto', 'jokowi', 'mahathir', 'abe', 'kishida', 'jinping', 'chavez', 'chávez', 'maduro', 'castro',
  'bolsonaro', 'trudeau', 'annan', 'guterres',
]);
