import type { Snippet } from '../api/inboxTypes';

/** A search snippet as text with the matched words in <mark>: React text nodes, never HTML. */
export function SnippetText({ parts }: { parts: Snippet }) {
  return (
    <span className="snippet break">
      {parts.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </span>
  );
}
