/**
 * Reporting verbs used to attribute quotes and paraphrases ("Peskov said", "Zelensky wrote on X",
 * "the ministry warned"). `SPEECH_VERBS` maps every inflected form (lower-case) to its lemma. Several
 * forms double as nouns ("remarks", "reports", "claims", "calls"); consumers should check the part of
 * speech. `SPEECH_NOUNS` are the nouns that name an utterance ("in a statement"), and
 * `SPEECH_PREPOSITIONAL_CUES` the fixed phrases that introduce or close an attribution.
 */

/** [lemma, ...inflected forms]. */
const VERB_FORMS: readonly (readonly string[])[] = [
  // Core reporting verbs
  ['say', 'says', 'said', 'saying'],
  ['tell', 'tells', 'told', 'telling'],
  ['write', 'writes', 'wrote', 'written', 'writing'],
  ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  ['add', 'adds', 'added', 'adding'],
  ['state', 'states', 'stated', 'stating'],
  ['note', 'notes', 'noted', 'noting'],
  ['explain', 'explains', 'explained', 'explaining'],
  ['describe', 'describes', 'described', 'describing'],
  ['comment', 'comments', 'commented', 'commenting'],
  ['mention', 'mentions', 'mentioned', 'mentioning'],
  ['remark', 'remarks', 'remarked', 'remarking'],
  ['observe', 'observes', 'observed', 'observing'],
  ['post', 'posts', 'posted', 'posting'],
  ['tweet', 'tweets', 'tweeted', 'tweeting'],
  ['report', 'reports', 'reported', 'reporting'],
  // Assertion and emphasis
  ['claim', 'claims', 'claimed', 'claiming'],
  ['insist', 'insists', 'insisted', 'insisting'],
  ['argue', 'argues', 'argued', 'arguing'],
  ['assert', 'asserts', 'asserted', 'asserting'],
  ['contend', 'contends', 'contended', 'contending'],
  ['maintain', 'maintains', 'maintained', 'maintaining'],
  ['declare', 'declares', 'declared', 'declaring'],
  ['proclaim', 'proclaims', 'proclaimed', 'proclaiming'],
  ['affirm', 'affirms', 'affirmed', 'affirming'],
  ['reaffirm', 'reaffirms', 'reaffirmed', 'reaffirming'],
  ['stress', 'stresses', 'stressed', 'stressing'],
  ['emphasise', 'emphasises', 'emphasised', 'emphasising'],
  ['emphasize', 'emphasizes', 'emphasized', 'emphasizing'],
  ['underline', 'underlines', 'underlined', 'underlining'],
  ['underscore', 'underscores', 'underscored', 'underscoring'],
  ['highlight', 'highlights', 'highlighted', 'highlighting'],
  ['reiterate', 'reiterates', 'reiterated', 'reiterating'],
  ['repeat', 'repeats', 'repeated', 'repeating'],
  ['echo', 'echoes', 'echoed', 'echoing'],
  // Announcement and disclosure
  ['announce', 'announces', 'announced', 'announcing'],
  ['confirm', 'confirms', 'confirmed', 'confirming'],
  ['reveal', 'reveals', 'revealed', 'revealing'],
  ['disclose', 'discloses', 'disclosed', 'disclosing'],
  ['indicate', 'indicates', 'indicated', 'indicating'],
  ['signal', 'signals', 'signalled', 'signaled', 'signalling', 'signaling'],
  ['hint', 'hints', 'hinted', 'hinting'],
  ['suggest', 'suggests', 'suggested', 'suggesting'],
  ['imply', 'implies', 'implied', 'implying'],
  ['insinuate', 'insinuates', 'insinuated', 'insinuating'],
  ['clarify', 'clarifies', 'clarified', 'clarifying'],
  ['specify', 'specifies', 'specified', 'specifying'],
  ['outline', 'outlines', 'outlined', 'outlining'],
  ['elaborate', 'elaborates', 'elaborated', 'elaborating'],
  ['summarise', 'summarises', 'summarised', 'summarising'],
  ['summarize', 'summarizes', 'summarized', 'summarizing'],
  ['stipulate', 'stipulates', 'stipulated', 'stipulating'],
  ['conclude', 'concludes', 'concluded', 'concluding'],
  ['estimate', 'estimates', 'estimated', 'estimating'],
  ['forecast', 'forecasts', 'forecasted', 'forecasting'],
  ['predict', 'predicts', 'predicted', 'predicting'],
  ['speculate', 'speculates', 'speculated', 'speculating'],
  // Admission and concession
  ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  ['admit', 'admits', 'admitted', 'admitting'],
  ['concede', 'concedes', 'conceded', 'conceding'],
  ['concur', 'concurs', 'concurred', 'concurring'],
  ['agree', 'agrees', 'agreed', 'agreeing'],
  // Reply and dispute
  ['reply', 'replies', 'replied', 'replying'],
  ['respond', 'responds', 'responded', 'responding'],
  ['answer', 'answers', 'answered', 'answering'],
  ['retort', 'retorts', 'retorted', 'retorting'],
  ['counter', 'counters', 'countered', 'countering'],
  ['deny', 'denies', 'denied', 'denying'],
  ['dispute', 'disputes', 'disputed', 'disputing'],
  ['refute', 'refutes', 'refuted', 'refuting'],
  ['rebut', 'rebuts', 'rebutted', 'rebutting'],
  ['reject', 'rejects', 'rejected', 'rejecting'],
  ['dismiss', 'dismisses', 'dismissed', 'dismissing'],
  ['question', 'questions', 'questioned', 'questioning'],
  // Warning, demand and commitment
  ['warn', 'warns', 'warned', 'warning'],
  ['caution', 'cautions', 'cautioned', 'cautioning'],
  ['threaten', 'threatens', 'threatened', 'threatening'],
  ['urge', 'urges', 'urged', 'urging'],
  ['demand', 'demands', 'demanded', 'demanding'],
  ['appeal', 'appeals', 'appealed', 'appealing'],
  ['plead', 'pleads', 'pleaded', 'pleading'],
  ['request', 'requests', 'requested', 'requesting'],
  ['call', 'calls', 'called', 'calling'],
  ['propose', 'proposes', 'proposed', 'proposing'],
  ['recommend', 'recommends', 'recommended', 'recommending'],
  ['advise', 'advises', 'advised', 'advising'],
  ['remind', 'reminds', 'reminded', 'reminding'],
  ['promise', 'promises', 'promised', 'promising'],
  ['vow', 'vows', 'vowed', 'vowing'],
  ['pledge', 'pledges', 'pledged', 'pledging'],
  ['swear', 'swears', 'swore', 'sworn', 'swearing'],
  ['guarantee', 'guarantees', 'guaranteed', 'guaranteeing'],
  ['assure', 'assures', 'assured', 'assuring'],
  ['reassure', 'reassures', 'reassured', 'reassuring'],
  // Judgement: criticism and praise
  ['accuse', 'accuses', 'accused', 'accusing'],
  ['allege', 'alleges', 'alleged', 'alleging'],
  ['blame', 'blames', 'blamed', 'blaming'],
  ['condemn', 'condemns', 'condemned', 'condemning'],
  ['criticise', 'criticises', 'criticised', 'criticising'],
  ['criticize', 'criticizes', 'criticized', 'criticizing'],
  ['denounce', 'denounces', 'denounced', 'denouncing'],
  ['decry', 'decries', 'decried', 'decrying'],
  ['deride', 'derides', 'derided', 'deriding'],
  ['rebuke', 'rebukes', 'rebuked', 'rebuking'],
  ['slam', 'slams', 'slammed', 'slamming'],
  ['blast', 'blasts', 'blasted', 'blasting'],
  ['mock', 'mocks', 'mocked', 'mocking'],
  ['ridicule', 'ridicules', 'ridiculed', 'ridiculing'],
  ['complain', 'complains', 'complained', 'complaining'],
  ['protest', 'protests', 'protested', 'protesting'],
  ['lament', 'laments', 'lamented', 'lamenting'],
  ['praise', 'praises', 'praised', 'praising'],
  ['thank', 'thanks', 'thanked', 'thanking'],
  ['welcome', 'welcomes', 'welcomed', 'welcoming'],
  ['hail', 'hails', 'hailed', 'hailing'],
  ['boast', 'boasts', 'boasted', 'boasting'],
  ['characterise', 'characterises', 'characterised', 'characterising'],
  ['characterize', 'characterizes', 'characterized', 'characterizing'],
  ['label', 'labels', 'labelled', 'labeled', 'labelling', 'labeling'],
  // Manner and tone
  ['quip', 'quips', 'quipped', 'quipping'],
  ['joke', 'jokes', 'joked', 'joking'],
  ['muse', 'muses', 'mused', 'musing'],
  ['wonder', 'wonders', 'wondered', 'wondering'],
  ['exclaim', 'exclaims', 'exclaimed', 'exclaiming'],
  ['shout', 'shouts', 'shouted', 'shouting'],
  ['scoff', 'scoffs', 'scoffed', 'scoffing'],
  ['sneer', 'sneers', 'sneered', 'sneering'],
  ['grumble', 'grumbles', 'grumbled', 'grumbling'],
  // Other communication
  ['ask', 'asks', 'asked', 'asking'],
  ['inform', 'informs', 'informed', 'informing'],
  ['brief', 'briefs', 'briefed', 'briefing'],
  ['notify', 'notifies', 'notified', 'notifying'],
  ['express', 'expresses', 'expressed', 'expressing'],
  ['voice', 'voices', 'voiced', 'voicing'],
  ['recall', 'recalls', 'recalled', 'recalling'],
  ['recount', 'recounts', 'recounted', 'recounting'],
  ['testify', 'testifies', 'testified', 'testifying'],
  ['relay', 'relays', 'relayed', 'relaying'],
  ['convey', 'conveys', 'conveyed', 'conveying'],
];

function buildVerbMap(rows: readonly (readonly string[])[]): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const row of rows) for (const form of row) if (!map.has(form)) map.set(form, row[0]);
  return map;
}

/** Inflected form → lemma ("told" → "tell"). */
export const SPEECH_VERBS: ReadonlyMap<string, string> = buildVerbMap(VERB_FORMS);

/** The lemmas alone. */
export const SPEECH_LEMMAS: readonly string[] = VERB_FORMS.map((row) => row[0]);

/** Nouns naming an utterance or the occasion of one, lower-case. */
export const SPEECH_NOUNS: readonly string[] = [
  'statement', 'statements', 'joint statement', 'written statement', 'remarks', 'remark', 'comments', 'comment',
  'post', 'posts', 'tweet', 'tweets', 'interview', 'interviews', 'speech', 'speeches', 'address', 'televised address',
  'video address', 'video message', 'nightly address', 'briefing', 'press briefing', 'news briefing', 'news conference',
  'press conference', 'readout', 'message', 'announcement', 'declaration', 'communique', 'communiqué', 'letter',
  'open letter', 'op-ed', 'column', 'testimony', 'press release', 'note', 'warning', 'appeal', 'plea', 'response',
  'reply', 'claim', 'denial', 'accusation', 'allegation', 'admission', 'pledge', 'promise', 'vow', 'threat', 'call',
  'criticism', 'praise', 'proposal', 'demand', 'ultimatum',
];

/** Fixed phrases that introduce or close an attribution, lower-case. */
export const SPEECH_PREPOSITIONAL_CUES: readonly string[] = [
  'according to', 'quoted as saying', 'was quoted as saying', 'as quoted by', 'cited by', 'as cited by', 'citing',
  'in a statement', 'in a joint statement', 'in a written statement', 'said in a statement', 'in a post', 'in a post on',
  'in a social media post', 'in a video', 'in a video address', 'in a video message', 'in a televised address',
  'in a speech', 'in an address', 'in an interview', 'in an interview with', 'in comments to', 'in remarks to',
  'in a letter', 'in a readout', 'in a briefing', 'at a briefing', 'at a news conference', 'at a press conference',
  'speaking to', 'speaking with', 'speaking at', 'speaking on', 'speaking on condition of anonymity',
  'who spoke on condition of anonymity', 'told reporters', 'told journalists', 'told a news conference',
  'told a press conference', 'in the words of', 'in his words', 'in her words',
];
