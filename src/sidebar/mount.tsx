// For the content script: render the sidebar into the shadow root's container and re-render with
// new props whenever the state or settings change. Only Preact, no extension APIs.
import { render } from 'preact';
import { Sidebar, type SidebarProps } from './Sidebar';

export interface MountedSidebar {
  update(props: SidebarProps): void;
  unmount(): void;
}

export function mountSidebar(container: Element, props: SidebarProps): MountedSidebar {
  render(<Sidebar {...props} />, container);
  return {
    update: (next) => render(<Sidebar {...next} />, container),
    // Removes listeners (the Alt+Shift+S shortcut) with the tree.
    unmount: () => render(null, container),
  };
}
