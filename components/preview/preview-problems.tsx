// What a file's problems look like in preview: the lines the build would print, so an editor can fix them
// without running a build. Long lines wrap (readable on a phone); the list is a labelled region a keyboard
// reaches, so it can be scrolled and read aloud.
export function PreviewProblems({ file, problems }: { file: string; problems: string[] }) {
  return (
    <section aria-labelledby="preview-problems" className="mx-auto max-w-3xl">
      <h1 id="preview-problems" className="text-2xl font-bold [overflow-wrap:anywhere]">
        {file} cannot be published yet
      </h1>
      <p className="mt-3">Fix these problems, save the file and reload this page:</p>
      <div role="region" aria-label="Problems in this file" tabIndex={0} className="mt-4 rounded-lg bg-surface p-4 text-sm focus-visible:outline-2 focus-visible:outline-accent">
        <ul className="space-y-2 font-mono">
          {problems.map((problem, index) => (
            <li key={index} className="whitespace-pre-wrap [overflow-wrap:anywhere]">
              {problem}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
