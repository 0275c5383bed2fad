/**
 * Channels through which statements reach the public: platforms ("Truth Social", "Telegram"), media
 * ("state television") and occasions ("news conference", "interview"). Each channel lists literal
 * phrases that signal it in news text. Patterns are matched case-insensitively unless the channel is
 * marked `caseSensitive` — "X" only counts in unambiguous phrases such as "on X" or "X (formerly
 * Twitter)", matched with that exact casing. General knowledge only.
 */
export interface LexiconChannel {
  /** Canonical channel name as it should appear in the ontology. */
  name: string;
  /** Literal phrases signalling the channel, in their usual news casing. */
  patterns: string[];
  /** When true, patterns must match with exactly this casing. */
  caseSensitive?: boolean;
  /** A platform where a statement is one post: several reports of one speaker's post there are one statement. */
  platform?: boolean;
}

export const CHANNELS: readonly LexiconChannel[] = [
  // ----- Social platforms -----
  { name: 'Truth Social', patterns: ['Truth Social', 'TruthSocial', 'Truth Social platform', 'Truth Social post'], caseSensitive: true, platform: true },
  {
    name: 'X',
    patterns: [
      'on X', 'X post', 'X account', 'post on X', 'posted on X', 'wrote on X', 'said on X', 'posting on X', 'a post on X',
      'X (formerly Twitter)', 'X, formerly Twitter', 'X, formerly known as Twitter', 'X (formerly known as Twitter)',
      'social media platform X', 'social network X', 'platform X',
    ],
    caseSensitive: true,
    platform: true,
  },
  { name: 'Twitter', patterns: ['Twitter', 'on Twitter', 'Twitter account'], caseSensitive: true, platform: true },
  { name: 'Telegram', patterns: ['Telegram', 'on Telegram', 'Telegram channel', 'Telegram messaging app'], caseSensitive: true, platform: true },
  { name: 'Facebook', patterns: ['Facebook', 'on Facebook', 'Facebook post', 'Facebook page'], caseSensitive: true, platform: true },
  { name: 'Instagram', patterns: ['Instagram', 'on Instagram', 'Instagram post'], caseSensitive: true, platform: true },
  { name: 'TikTok', patterns: ['TikTok', 'on TikTok', 'TikTok video'], caseSensitive: true, platform: true },
  { name: 'YouTube', patterns: ['YouTube', 'on YouTube', 'YouTube channel'], caseSensitive: true, platform: true },
  { name: 'WhatsApp', patterns: ['WhatsApp', 'on WhatsApp'], caseSensitive: true, platform: true },
  { name: 'Bluesky', patterns: ['Bluesky', 'on Bluesky'], caseSensitive: true, platform: true },
  { name: 'Threads', patterns: ['on Threads', 'Threads post'], caseSensitive: true, platform: true },
  { name: 'VKontakte', patterns: ['VKontakte', 'on VK', 'VK page'], caseSensitive: true, platform: true },
  { name: 'Weibo', patterns: ['Weibo', 'on Weibo'], caseSensitive: true, platform: true },
  { name: 'WeChat', patterns: ['WeChat', 'on WeChat'], caseSensitive: true, platform: true },
  { name: 'Substack', patterns: ['Substack', 'on Substack'], caseSensitive: true, platform: true },
  { name: 'social media', patterns: ['social media', 'social media post', 'social media account', 'social network', 'social networks'] },

  // ----- Media -----
  { name: 'state media', patterns: ['state media', 'state-run media', 'state-controlled media', 'state news agency', 'state-run news agency', 'official news agency'] },
  { name: 'state television', patterns: ['state television', 'state TV', 'state-run television', 'state-run TV', 'state broadcaster', 'state-owned broadcaster', 'national television', 'public broadcaster'] },
  { name: 'television', patterns: ['television interview', 'TV interview', 'on television', 'on TV', 'televised'] },
  { name: 'radio', patterns: ['radio interview', 'on radio', 'radio station'] },
  { name: 'podcast', patterns: ['podcast', 'on a podcast', 'podcast interview'] },
  { name: 'op-ed', patterns: ['op-ed', 'opinion piece', 'commentary piece', 'guest essay'] },
  { name: 'website', patterns: ['website', 'on its website', 'official website', 'Kremlin website'] },

  // ----- Occasions -----
  { name: 'news conference', patterns: ['news conference', 'joint news conference'] },
  { name: 'press conference', patterns: ['press conference', 'joint press conference', 'presser'] },
  { name: 'press briefing', patterns: ['press briefing', 'news briefing', 'daily briefing', 'regular briefing', 'briefing', 'press gaggle', 'gaggle'] },
  { name: 'reporters', patterns: ['told reporters', 'told journalists', 'reporters', 'journalists', 'told the press'] },
  { name: 'interview', patterns: ['interview', 'in an interview', 'interview with', 'exclusive interview'] },
  { name: 'statement', patterns: ['statement', 'in a statement', 'joint statement', 'written statement', 'press release', 'communique', 'communiqué'] },
  { name: 'televised address', patterns: ['televised address', 'televised speech', 'address to the nation', 'national address', 'nightly address', 'evening address'] },
  { name: 'video address', patterns: ['video address', 'video message', 'video statement', 'in a video'] },
  { name: 'speech', patterns: ['speech', 'in a speech', 'keynote', 'keynote address', 'address to'] },
  { name: 'readout', patterns: ['readout', 'call readout', 'meeting readout'] },
  { name: 'phone call', patterns: ['phone call', 'telephone call', 'phone conversation', 'telephone conversation', 'call with'] },
  { name: 'letter', patterns: ['letter', 'open letter', 'in a letter'] },
  { name: 'parliament', patterns: ['told parliament', 'told lawmakers', 'told legislators', 'told MPs', 'in parliament', 'parliamentary hearing', 'addressed parliament'] },
  { name: 'hearing', patterns: ['congressional hearing', 'confirmation hearing', 'Senate hearing', 'testimony'] },
];
