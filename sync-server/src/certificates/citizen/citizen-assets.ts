// The citizen page's stylesheet and print script, served as files (the CSP allows no inline style
// or script). Phone first: one column, large type and 48 px touch targets. Printing gives the
// card alone on an A6 sheet (105 × 148 mm), the QR large enough for any reader.
export const CITIZEN_CSS = `
*, *::before, *::after { box-sizing: border-box; }
html { font-size: 18px; }
body { margin: 0; font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  color: #1a1a1a; background: #f4f6f8; line-height: 1.5; }
a { color: #0b4f9c; }
a:focus-visible, button:focus-visible, input:focus-visible {
  outline: 3px solid #c2410c; outline-offset: 2px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; }
.top { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between;
  gap: .5rem 1rem; padding: .75rem 1rem; background: #0b3d75; color: #fff; }
.top a { color: #fff; }
.brand { font-weight: 700; }
.lang { display: inline-flex; align-items: center; min-height: 48px; padding: 0 .5rem; }
main { max-width: 40rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
h1 { font-size: 1.5rem; margin: .25rem 0 1rem; line-height: 1.25; }
.intro { margin: 0 0 1rem; }
.lookup { display: grid; gap: .25rem; background: #fff; border: 1px solid #d5dbe1;
  border-radius: 8px; padding: 1rem; }
.lookup label { font-weight: 700; margin-top: .5rem; }
.hint { margin: 0 0 .25rem; color: #3d4852; font-size: .9rem; }
input { font: inherit; font-size: 1.2rem; padding: .5rem .75rem; border: 2px solid #5b6670;
  border-radius: 6px; min-height: 48px; width: 100%; background: #fff; color: #1a1a1a; }
input[aria-invalid="true"] { border-color: #b42318; }
button { font: inherit; font-weight: 700; padding: .6rem 1.25rem; border-radius: 6px;
  border: 2px solid #0b4f9c; background: #0b4f9c; color: #fff; cursor: pointer; min-height: 48px; }
.lookup button { margin-top: 1rem; width: 100%; }
.alert { border-left: 6px solid #b42318; background: #fdecea; padding: .6rem 1rem; }
.card { background: #fff; border: 1px solid #d5dbe1; border-radius: 8px; padding: 1rem; }
.card h2 { font-size: 1.35rem; margin: 0 0 .5rem; }
.colour { display: inline-block; margin: 0 0 1rem; padding: .35rem .9rem; border-radius: 999px;
  font-weight: 700; }
.colour.yellow { background: #fde68a; color: #3b2c00; border: 2px solid #a16207; }
.colour.green { background: #166534; color: #fff; border: 2px solid #14532d; }
.qr { max-width: 20rem; margin: 0 auto; }
.qr svg { display: block; width: 100%; height: auto; }
.note { font-size: .9rem; color: #3d4852; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0 0 1rem; }
.facts dt { color: #3d4852; }
.facts dd { margin: 0; }
.uvci { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85rem;
  overflow-wrap: anywhere; }
.pending { border-left: 6px solid #a16207; background: #fff8e1; padding: .6rem 1rem;
  margin: 0 0 1rem; }
.pending h3 { font-size: 1.1rem; margin: 0 0 .25rem; }
.pending p { margin: 0; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 700; padding: 0 0 .4rem; }
th, td { padding: .35rem .5rem; border-bottom: 1px solid #d5dbe1; text-align: left; }
thead th { background: #e8eef4; }
.actions { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; margin-top: 1rem; }
.actions a { display: inline-flex; align-items: center; min-height: 48px; }
@page { size: A6 portrait; margin: 6mm; }
@media print {
  html { font-size: 9pt; }
  body { background: #fff; }
  .top, .actions, h1 { display: none; }
  main { padding: 0; max-width: none; }
  .card { border: 1px solid #000; border-radius: 0; padding: 3mm; break-inside: avoid; }
  .qr { max-width: 60mm; }
  .colour { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

/** Shows the print button (hidden without script, so it is never a dead button) and wires it. */
export const PRINT_JS = `for (const b of document.querySelectorAll('[data-print]')) {
  b.hidden = false;
  b.addEventListener('click', () => window.print());
}
`;
