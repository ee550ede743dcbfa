export function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <div className="mt-10">
      <h2 className="sr-only">Tags</h2>
      <ul className="flex flex-wrap gap-2" role="list">
        {tags.map((tag) => (
          <li key={tag}>
            <span className="inline-flex min-h-8 items-center rounded-full border border-line bg-surface px-3 text-sm">{tag}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
