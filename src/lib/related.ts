/**
 * "其他地方怎么规定": for each provision, provisions of the other documents that share a topic
 * or glossary terms. Built on two inverted indexes (topic → keys, term → keys), so a provision
 * only meets the provisions that share something with it.
 */

export interface ProvisionFeatures {
  /** `<slug>#<anchor>`. */
  key: string;
  slug: string;
  /** Topic ids the provision is on. */
  topics: readonly string[];
  /** Glossary term ids the provision uses. */
  terms: readonly string[];
}

export interface RelatedProvision {
  key: string;
  slug: string;
  /** Shared topics, in the order of the provision's own topics. */
  sharedTopics: string[];
  /** Shared glossary terms. */
  sharedTerms: string[];
  /** Topics weigh 3, terms 1. */
  score: number;
}

export interface RelatedIndex {
  /** Up to `perDocument` related provisions from each other document, best first. */
  relatedTo(key: string, opts?: { perDocument?: number; limit?: number }): RelatedProvision[];
  /** Topic id → provision keys on that topic, in corpus order. */
  readonly byTopic: ReadonlyMap<string, readonly string[]>;
  /** Term id → provision keys using that term, in corpus order. */
  readonly byTerm: ReadonlyMap<string, readonly string[]>;
}

/**
 * Which topics a text is on: a topic applies when any of its keywords occurs. Keywords of all
 * topics go into one Map keyed by first character, so each text is scanned once.
 */
export function topicMatcher(topics: readonly { id: string; keywords: readonly string[] }[]): (text: string) => string[] {
  const byFirst = new Map<string, { word: string; id: string }[]>();
  for (const t of topics) {
    for (const word of t.keywords) {
      const list = byFirst.get(word[0]!) ?? [];
      list.push({ word, id: t.id });
      byFirst.set(word[0]!, list);
    }
  }
  const order = new Map(topics.map((t, i) => [t.id, i]));
  return (text) => {
    const found = new Set<string>();
    for (let i = 0; i < text.length; i++) {
      for (const c of byFirst.get(text[i]!) ?? []) if (text.startsWith(c.word, i)) found.add(c.id);
    }
    return [...found].sort((a, b) => order.get(a)! - order.get(b)!);
  };
}

/** Provisions with the same topics and terms: they score the same against any provision. */
interface Signature {
  topics: ReadonlySet<string>;
  terms: ReadonlySet<string>;
  /** Member keys in corpus order. */
  members: string[];
}

export function buildRelatedIndex(provisions: readonly ProvisionFeatures[]): RelatedIndex {
  const byKey = new Map(provisions.map((p) => [p.key, p]));
  const order = new Map(provisions.map((p, i) => [p.key, i]));
  const byTopic = new Map<string, string[]>();
  const byTerm = new Map<string, string[]>();
  const push = <K, T>(map: Map<K, T[]>, id: K, value: T) => {
    const list = map.get(id) ?? [];
    list.push(value);
    map.set(id, list);
  };
  // Why signatures: a provision on a common topic meets every other provision on it, so scanning
  // provisions per call made the build quadratic (2 390 provisions: 2.9 s for all pages). Ranking
  // signatures instead costs what the number of distinct feature sets sharing something costs.
  const signatures = new Map<string, Signature>();
  const sigsByTopic = new Map<string, Signature[]>();
  const sigsByTerm = new Map<string, Signature[]>();
  for (const p of provisions) {
    const topics = new Set(p.topics);
    const terms = new Set(p.terms);
    for (const t of topics) push(byTopic, t, p.key);
    for (const t of terms) push(byTerm, t, p.key);
    const id = `${[...topics].sort().join(',')}|${[...terms].sort().join(',')}`;
    let sig = signatures.get(id);
    if (!sig) {
      signatures.set(id, (sig = { topics, terms, members: [] }));
      for (const t of topics) push(sigsByTopic, t, sig);
      for (const t of terms) push(sigsByTerm, t, sig);
    }
    sig.members.push(p.key);
  }

  return {
    byTopic,
    byTerm,
    relatedTo(key, { perDocument = 2, limit = 8 } = {}) {
      const self = byKey.get(key);
      if (!self) return [];
      const selfTopics = [...new Set(self.topics)];
      const selfTerms = [...new Set(self.terms)];
      const candidates = new Set<Signature>();
      for (const t of selfTopics) for (const sig of sigsByTopic.get(t) ?? []) candidates.add(sig);
      for (const t of selfTerms) for (const sig of sigsByTerm.get(t) ?? []) candidates.add(sig);
      // Topics weigh 3, terms 1; equal scores keep corpus order (a merge of the members lists).
      const levels = new Map<number, { sig: Signature; sharedTopics: string[]; sharedTerms: string[] }[]>();
      for (const sig of candidates) {
        const sharedTopics = selfTopics.filter((t) => sig.topics.has(t));
        const sharedTerms = selfTerms.filter((t) => sig.terms.has(t));
        push(levels, 3 * sharedTopics.length + sharedTerms.length, { sig, sharedTopics, sharedTerms });
      }
      const perDoc = new Map<string, number>();
      const out: RelatedProvision[] = [];
      for (const score of [...levels.keys()].sort((a, b) => b - a)) {
        const lists = levels.get(score)!;
        const heads = lists.map(() => 0);
        for (;;) {
          let best = -1;
          for (let i = 0; i < lists.length; i++) {
            const k = lists[i]!.sig.members[heads[i]!];
            if (k !== undefined && (best < 0 || order.get(k)! < order.get(lists[best]!.sig.members[heads[best]!]!)!)) best = i;
          }
          if (best < 0) break;
          const entry = lists[best]!;
          const other = entry.sig.members[heads[best]!++]!;
          const slug = byKey.get(other)!.slug;
          if (slug === self.slug) continue;
          const n = perDoc.get(slug) ?? 0;
          if (n >= perDocument) continue;
          perDoc.set(slug, n + 1);
          out.push({ key: other, slug, sharedTopics: [...entry.sharedTopics], sharedTerms: [...entry.sharedTerms], score });
          if (out.length >= limit) return out;
        }
      }
      return out;
    },
  };
}
