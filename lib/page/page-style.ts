// Styles the reader adds to a live page. A constructed style sheet is adopted by
// the document: it never appears in the page's markup, and is dropped on undo.

const CSS_TEXT = `
[data-portal-reader-hidden] { display: none !important; }
::highlight(portal-reader-figure) { background-color: #ffe082; color: #000; }
::highlight(portal-reader-flash) { background-color: #ff8f00; color: #000; }
::highlight(portal-reader-heading) { background-color: #bbdefb; color: #000; }
`;

let sheet: CSSStyleSheet | null = null;

export function addPageStyle(doc: Document): () => void {
  const view = doc.defaultView;
  if (!view || !('adoptedStyleSheets' in doc)) return () => {};
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(CSS_TEXT);
  }
  const own = sheet;
  if (!doc.adoptedStyleSheets.includes(own)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, own];
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== own);
  };
}
