/**
 * Office and role words that news text puts before or after a name ("Foreign Minister Sergei Lavrov",
 * "Dmitry Peskov, the Kremlin spokesman"), lower-case. Multiword titles are listed whole; consumers
 * may use their last word as the head ("minister", "secretary", "spokesman"). Titles ending in a word
 * that is not itself a role ("head of state" → "state") are kept to a minimum for that reason.
 * Modifiers such as "former", "acting", "deputy" combine with these and need not be listed with each.
 */
export const TITLE_WORDS: readonly string[] = [
  // Heads of state and government
  'president', 'vice president', 'vice-president', 'president-elect', 'interim president', 'acting president',
  'prime minister', 'deputy prime minister', 'first deputy prime minister', 'premier', 'vice premier',
  'chancellor', 'vice chancellor', 'vice-chancellor', 'chancellor of the exchequer',
  'taoiseach', 'tánaiste', 'first minister', 'chief minister', 'chief executive', 'chief adviser',
  'king', 'queen', 'prince', 'princess', 'crown prince', 'emperor', 'empress', 'sultan', 'emir', 'sheikh', 'monarch',
  'leader', 'supreme leader', 'opposition leader', 'party leader', 'party chief', 'general secretary', 'first secretary',
  'first lady',
  // Ministers and secretaries
  'minister', 'deputy minister', 'minister of state', 'state secretary', 'cabinet minister', 'cabinet secretary', 'chief cabinet secretary',
  'foreign minister', 'foreign secretary', 'foreign affairs minister', 'minister of foreign affairs', 'external affairs minister', 'deputy foreign minister',
  'defence minister', 'defense minister', 'defence secretary', 'defense secretary', 'secretary of defense', 'secretary of war', 'war secretary', 'armed forces minister',
  'secretary of state', 'deputy secretary of state', 'secretary', 'deputy secretary', 'assistant secretary', 'under secretary', 'undersecretary',
  'interior minister', 'home secretary', 'home minister', 'homeland security secretary',
  'finance minister', 'treasury secretary', 'economy minister', 'commerce secretary', 'commerce minister', 'trade minister', 'trade representative',
  'energy minister', 'energy secretary', 'justice minister', 'justice secretary', 'health minister', 'health secretary',
  // Spokespeople, envoys, diplomats
  'spokesman', 'spokeswoman', 'spokesperson', 'press secretary', 'kremlin spokesman', 'government spokesman',
  'envoy', 'special envoy', 'presidential envoy', 'peace envoy', 'emissary', 'sherpa',
  'ambassador', 'permanent representative', "chargé d'affaires", 'consul', 'consul general',
  'diplomat', 'top diplomat', 'senior diplomat', 'negotiator', 'chief negotiator', 'lead negotiator', 'mediator',
  // Heads of organisations
  'chief', 'head', 'deputy head', 'deputy chief', 'director', 'director general', 'director-general', 'deputy director',
  'managing director', 'executive director', 'chairman', 'chairwoman', 'chair', 'chairperson', 'vice chairman',
  'ceo', 'founder', 'co-founder', 'secretary-general', 'secretary general', 'deputy secretary-general', 'under-secretary-general',
  'commissioner', 'high commissioner', 'high representative', 'rapporteur', 'special rapporteur', 'ombudsman',
  'central bank governor',
  // Legislators and local officials
  'senator', 'congressman', 'congresswoman', 'representative', 'lawmaker', 'legislator', 'mp', 'mep',
  'member of parliament', 'speaker', 'majority leader', 'minority leader', 'governor', 'mayor', 'candidate', 'nominee',
  // Military and security
  'general', 'lieutenant general', 'major general', 'brigadier general', 'field marshal', 'marshal',
  'commander', 'commander-in-chief', 'commander in chief', 'chief of staff', 'chief of the general staff', 'army chief', 'military chief',
  'admiral', 'vice admiral', 'rear admiral', 'colonel', 'lieutenant colonel', 'major', 'captain', 'lieutenant', 'sergeant',
  'officer', 'intelligence chief', 'spy chief', 'spymaster',
  // Officials and advisers
  'official', 'senior official', 'aide', 'adviser', 'advisor', 'senior adviser', 'national security adviser', 'national security advisor',
  'czar', 'tsar', 'border czar',
  // Law and religion
  'attorney general', 'prosecutor', 'chief prosecutor', 'prosecutor general', 'justice', 'chief justice', 'judge',
  'pope', 'pontiff', 'cardinal', 'patriarch', 'archbishop', 'bishop', 'imam', 'cleric', 'ayatollah', 'grand ayatollah', 'rabbi',
  // Other roles under which sources are quoted
  'analyst', 'expert', 'economist', 'professor', 'researcher', 'journalist', 'correspondent', 'editor', 'columnist',
  'activist', 'lawyer', 'attorney', 'historian', 'strategist', 'commentator',
  'billionaire', 'tycoon', 'oligarch', 'businessman', 'businesswoman', 'entrepreneur', 'investor',
];

/** Honorifics and abbreviated ranks written immediately before a name. Matching strips a trailing period. */
export const HONORIFICS: readonly string[] = [
  'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Mx', 'Dr', 'Dr.', 'Prof', 'Prof.',
  'Sir', 'Dame', 'Lord', 'Lady', 'Baroness', 'Baron',
  'Gen.', 'Lt.', 'Lt. Gen.', 'Maj.', 'Maj. Gen.', 'Brig.', 'Brig. Gen.', 'Col.', 'Lt. Col.', 'Capt.', 'Sgt.', 'Adm.', 'Cmdr.',
  'Sen.', 'Rep.', 'Gov.', 'Pres.', 'Amb.', 'Sec.', 'Hon.', 'Rev.', 'Fr.', 'Msgr.',
  'Sheikh', 'Sayyed', 'Sayyid', 'H.E.', 'HRH',
  // Malaysian and Bruneian honorifics, often stacked ("Datuk Seri"), before the name.
  'Datuk', 'Datin', 'Dato', 'Seri', 'Tun', 'Tunku', 'Tengku',
];
