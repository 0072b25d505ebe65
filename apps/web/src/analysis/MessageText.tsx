import { useTranslation } from 'react-i18next';
import type { Message } from '../api/inboxTypes';
import { formatWeight } from './labels';
import { groupBy, segment, type Mark } from './segments';

type Analysis = NonNullable<Message['analysis']>;
type Pii = Analysis['pii'][number];
type Phrase = Analysis['sentiment']['brand']['phrases'][number];
type Highlight = { kind: 'pii'; pii: Pii } | { kind: 'phrase'; phrase: Phrase };

/** The deciding phrases toward the brand and toward others (the same span once), or the overall ones. */
export function decidingPhrases(analysis: Analysis): Phrase[] {
  const { brand, others, overall } = analysis.sentiment;
  const listed = brand.phrases.length + others.phrases.length > 0 ? [...brand.phrases, ...others.phrases] : overall.phrases;
  const seen = new Set<string>();
  return listed.filter((p) => {
    const key = `${p.start}:${p.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A customer message's text with its personal data and the phrases that decided the sentiment
 * marked. Built from slices of the text as React text nodes: customer text never becomes markup.
 */
export function MessageText({ body, analysis }: { body: string; analysis: Analysis }) {
  const { t } = useTranslation();
  const marks: Mark<Highlight>[] = [
    ...analysis.pii.map((pii) => ({ start: pii.start, end: pii.end, data: { kind: 'pii', pii } as const })),
    ...decidingPhrases(analysis).map((phrase) => ({
      start: phrase.start,
      end: phrase.end,
      data: { kind: 'phrase', phrase } as const,
    })),
  ];
  const groups = groupBy(segment(body, marks), (d) => d.kind === 'pii');

  const phraseTitle = (p: Phrase) =>
    [
      t('analysis.phraseTitle', { weight: formatWeight(p.weight) }),
      ...p.modifiers.map((m) => (isModifier(m) ? t(`analysis.modifiers.${m}`) : m)),
    ].join(' · ');
  const piiTitle = (p: Pii) =>
    t('analysis.piiTitle', { type: p.type === 'custom' && p.name ? p.name : t(`analysis.piiTypes.${p.type}`) });

  return (
    <>
      {groups.map((g) => {
        const inner = g.parts.map((part) => {
          const phrase = part.marks.find((m) => m.data.kind === 'phrase')?.data;
          if (phrase?.kind !== 'phrase') return <span key={part.start}>{part.text}</span>;
          return (
            <mark
              key={part.start}
              className="phrase-mark"
              data-testid="phrase-mark"
              data-polarity={phrase.phrase.weight < 0 ? 'negative' : 'positive'}
              title={phraseTitle(phrase.phrase)}
            >
              {part.text}
            </mark>
          );
        });
        const pii = g.outer[0]?.data;
        const key = g.parts[0]?.start ?? 0;
        if (pii?.kind !== 'pii') return <span key={key}>{inner}</span>;
        return (
          <mark key={key} className="pii-mark" data-testid="pii" data-pii-type={pii.pii.type} title={piiTitle(pii.pii)}>
            {inner}
          </mark>
        );
      })}
    </>
  );
}

const MODIFIERS = ['negated', 'intensified', 'diminished', 'contrast', 'sarcasm', 'emoji'] as const;
export function isModifier(m: string): m is (typeof MODIFIERS)[number] {
  return (MODIFIERS as readonly string[]).includes(m);
}
