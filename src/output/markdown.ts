import type { Nodes, Root } from 'mdast';
import { remark } from 'remark';
import remarkHtml from 'remark-html';
import type { SanitizedMarkup } from './html.ts';

/** A page's own title is its only h1: a `#` heading in the text becomes an h2, the others stay. */
function noSecondTitle() {
  return (tree: Root): void => {
    const visit = (node: Nodes): void => {
      if (node.type === 'heading' && node.depth === 1) node.depth = 2;
      if ('children' in node) for (const child of node.children) visit(child);
    };
    visit(tree);
  };
}

const processor = remark().use(noSecondTitle).use(remarkHtml);

/**
 * The site's own prose, written in Markdown by the user, as HTML. remark-html sanitizes
 * (GitHub's rules): raw HTML, scripts, event handlers and `javascript:` links are dropped.
 * @example markdownToHtml('# Scope\n\nFive *articles*.') // '<h2>Scope</h2>\n<p>Five <em>articles</em>.</p>\n'
 */
export function markdownToHtml(markdown: string): SanitizedMarkup {
  return String(processor.processSync(markdown)) as SanitizedMarkup;
}
