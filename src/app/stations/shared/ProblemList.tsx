// What still stops a save, as one announced list.
export function ProblemList({ items }: { items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div class="warnings" role="alert">
      <ul>
        {items.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </div>
  );
}
