// What the content script needs from the sidebar UI.
export { Sidebar, type SidebarProps } from './Sidebar';
export { mountSidebar, type MountedSidebar } from './mount';
export { sidebarCss } from './styles';
export { TOGGLE_SHORTCUT, isEditableTarget, isToggleShortcut, useToggleShortcut } from './shortcut';
export { PREVIEW_SAMPLES, SidebarPreview, loggingActions, type PreviewSampleName } from './preview';
export { initialSidebarState, type DraftView, type Panel, type SidebarActions, type SidebarState } from './state';
