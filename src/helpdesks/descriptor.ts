// What the rest of the extension may know about a helpdesk without loading its reading code: the
// manifest, the options page, the sidebar header, the CLI and the background read these descriptors;
// only the helpdesk's own content script loads its adapter (src/helpdesks/<helpdesk>/adapter.ts).

/** The reply editor the helpdesk ships, which the editor bridge drives (src/bridge/). */
export type EditorKind = 'ckeditor5' | 'froala';

export interface HelpdeskDescriptor<Id extends string = string> {
  readonly id: Id;
  /** As the product writes it, in every UI language (a brand name is not translated). */
  readonly displayName: string;
  /** Hosted pages are recognised by this host suffix; own domains by the admin's choice. */
  readonly hostedDomain: string;
  /** Manifest match patterns of the hosted agent pages (`*://` so loopback tests can map hosts). */
  readonly matches: readonly string[];
  readonly editor: EditorKind;
  /** The built content script carrying only this helpdesk's adapter (entrypoints/<id>.content). */
  readonly contentScript: `content-scripts/${Id}.js`;
}
