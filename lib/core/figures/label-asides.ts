// Asides left out of a label: 为+beneficiary and 年均 before a verb.

import { normalizeText } from './text';
import { WordSet } from './words';

// --- Asides inside a label ----------------------------------------------------
// 医保集中带量采购为群众减负N亿元, 公共文化机构年均服务群众N人次: who benefits and how
// often are asides of the clause; the label is the indicator without them.

/** Beneficiaries after 为 (为群众节省…, 为企业减负…). */
const BENEFICIARIES = new WordSet(['群众', '企业', '居民', '经营主体', '市场主体', '农民', '农户', '市民', '患者', '纳税人', '消费者']);
/** Verbs after a frequency adverb (年均服务, 年均接待): the adverb is how often, not what. */
const FREQUENCY_VERBS = new WordSet(['服务', '接待', '开展', '举办', '培训', '救助']);

/** The label without a 为+beneficiary phrase or a 年均 before a verb, when at least 2 characters stay on each side. */
export function withoutAsides(label: string): string {
  const n = normalizeText(label);
  for (let k = 0; k < n.length - 3; k++) {
    // 作为企业…, 成为…, 认为…: 为 inside a word is not the beneficiary's.
    if (n[k] === '为' && (k === 0 || !'作成认因以称'.includes(n[k - 1]!))) {
      const who = BENEFICIARIES.startingAt(n, k + 1);
      if (who && n.length - (k + 1 + who.length) >= 2) return withoutAsides(label.slice(0, k) + label.slice(k + 1 + who.length));
    }
    if (k >= 2 && n.startsWith('年均', k) && FREQUENCY_VERBS.startingAt(n, k + 2)) return label.slice(0, k) + label.slice(k + 2);
  }
  return label;
}
