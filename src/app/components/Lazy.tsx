// Renders a component loaded on demand (a separate chunk the service worker precaches), so a
// screen's code stays out of the shell that every start has to parse.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function Lazy<P extends object>(props: { load: () => Promise<ComponentType<P>>; props: P }) {
  const [Component, setComponent] = useState<ComponentType<P> | null>(null);
  const { load } = props;
  useEffect(() => {
    let live = true;
    void load().then((loaded) => live && setComponent(() => loaded));
    return () => {
      live = false;
    };
  }, [load]);
  return Component === null ? null : <Component {...props.props} />;
}
