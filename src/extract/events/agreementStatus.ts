import type { AgreementStatus } from '../../ontology/types';
import data from './data/agreementStatus.json';

const words = (list: string[]) => list.map((w) => w.replace(/ /g, '\\s+')).join('|');
const CUES: [AgreementStatus, RegExp][] = (data.cues as [string, string[]][]).map(([status, cues]) => [status as AgreementStatus, new RegExp(`\\b(?:${words(cues)})\\b`, 'gi')]);
/** A negator or modal at the end of the words before a cue ("did not sign", "is expected to ratify"). */
const NEGATED = new RegExp(`(?:\\b(?:${words(data.negators.filter((n) => n !== "n't"))})|n't)\\s+(?:\\S+\\s+){0,2}$`, 'i');
const MODAL = new RegExp(`\\b(?:${words(data.modals)})\\s+(?:\\S+\\s+){0,1}$`, 'i');
/** "The deal includes ...", "The agreement comes after ...": a definite agreement spoken of as a fact. */
const FACT = new RegExp(`^[\\s"“‘']*(?:the|this)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:deal|agreement|accord|pact|treaty|contract|ceasefire|cease-fire|truce)\\s+(?:${words(data.facts)})\\b`, 'iu');
const PROGRESS: AgreementStatus[] = ['PROPOSED', 'CONDITIONAL', 'AGREED', 'IMPLEMENTED'];

/**
 * The status a clause gives its agreement: the most decisive cue that is neither under a modal ("will sign")
 * nor negated ("did not sign" is a refusal). A clause with no cue is a proposal.
 */
export function statusOf(clause: string): AgreementStatus {
  for (const [status, re] of CUES) {
    re.lastIndex = 0;
    for (let m = re.exec(clause); m; m = re.exec(clause)) {
      const before = clause.slice(Math.max(0, m.index - 40), m.index);
      if (status === 'AGREED' || status === 'IMPLEMENTED') {
        if (NEGATED.test(before)) return 'REJECTED';
        if (MODAL.test(before)) continue;
      }
      return status;
    }
  }
  return FACT.test(clause) ? 'AGREED' : 'PROPOSED';
}

/** A later report moves an agreement forward (proposed → agreed → implemented), never back. */
export function laterStatus(current: AgreementStatus, later: AgreementStatus): AgreementStatus {
  const a = PROGRESS.indexOf(current);
  const b = PROGRESS.indexOf(later);
  return a >= 0 && b > a ? later : current;
}
