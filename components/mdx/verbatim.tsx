// Text shown exactly as the author wrote it, in a block: the content of a shortcode this site does not
// know ({{< name >}}, whose content Hugo hands to the theme unrendered), or a diagram's source, which no
// script draws here (with a note saying what it is).
export function Verbatim({ text = '', note, language }: { text?: string; note?: string; language?: string }) {
  return (
    <figure className="my-6">
      <pre className="overflow-x-auto whitespace-pre-wrap rounded-lg border border-line bg-surface p-4 text-sm" data-language={language}>
        {text}
      </pre>
      {note && <figcaption className="mt-2 text-sm text-muted">{note}</figcaption>}
    </figure>
  );
}
