// What a file's problems look like in preview: the lines the build would print, so an editor can fix them
// without running a build.
export function PreviewProblems({ file, problems }: { file: string; problems: string[] }) {
  return (
    <section aria-labelledby="preview-problems" className="mx-auto max-w-3xl">
      <h1 id="preview-problems" className="text-2xl font-bold">
        {file} cannot be published yet
      </h1>
      <p className="mt-3">Fix these problems, save the file and reload this page:</p>
      <pre className="mt-4 overflow-x-auto rounded-lg bg-surface p-4 text-sm">
        <code>{problems.join('\n')}</code>
      </pre>
    </section>
  );
}
