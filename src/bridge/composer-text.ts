// The agent's reply as plain text, with a map back to the editor's DOM, so an edit found in the text
// can be applied at exactly its place in the editor. Blocks (paragraphs, list items, line breaks)
// become one "\n", so words in two paragraphs never run together; those newlines belong to no node.

export interface ComposerText {
  text: string;
  /** The DOM position of a text offset (an edit's start or end), or null when it falls between blocks. */
  locate(offset: number, side: 'start' | 'end'): { node: Text; offset: number } | null;
}

interface Segment {
  node: Text;
  start: number;
}

const BLOCKS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'BR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TR', 'TABLE']);

export function readComposerText(composer: HTMLElement): ComposerText {
  // A textarea's value has no nodes to map to (checked by tag name: no global HTMLTextAreaElement in every realm).
  if (composer.tagName === 'TEXTAREA') return { text: (composer as HTMLTextAreaElement).value, locate: () => null };
  const segments: Segment[] = [];
  let text = '';
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        segments.push({ node: child as Text, start: text.length });
        text += (child as Text).data;
      } else if (child.nodeType === 1) {
        const block = BLOCKS.has((child as Element).tagName);
        if (block && text && !text.endsWith('\n')) text += '\n';
        visit(child);
        if (block && text && !text.endsWith('\n')) text += '\n';
      }
    }
  };
  visit(composer);
  return {
    text,
    locate(offset, side) {
      // An end offset belongs to the node it ends in, a start offset to the node it starts in.
      for (const segment of segments) {
        const end = segment.start + segment.node.data.length;
        if (side === 'start' ? offset >= segment.start && offset < end : offset > segment.start && offset <= end) {
          return { node: segment.node, offset: offset - segment.start };
        }
      }
      return null;
    },
  };
}
