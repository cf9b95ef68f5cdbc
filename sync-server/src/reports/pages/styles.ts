// The report pages' one stylesheet, served as /reports/reports.css (the CSP forbids inline
// styles). Large type and strong contrast: the pages are read on office screens and projectors.
export const REPORTS_CSS = `
*, *::before, *::after { box-sizing: border-box; }
html { font-size: 18px; }
body { margin: 0; font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  color: #1a1a1a; background: #f4f6f8; line-height: 1.5; }
a { color: #0b4f9c; }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible {
  outline: 3px solid #c2410c; outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; }
.skip:focus { left: 1rem; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; }
.top { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.5rem;
  padding: .75rem 1.5rem; background: #0b3d75; color: #fff; }
.top a { color: #fff; }
.brand { font-weight: 700; font-size: 1.15rem; }
.top nav { display: flex; gap: 1rem; flex-wrap: wrap; }
.top nav a { padding: .25rem .5rem; border-radius: 4px; text-decoration: none; }
.top nav a[aria-current="page"] { background: #fff; color: #0b3d75; font-weight: 700; }
.who { display: flex; align-items: center; gap: .75rem; margin-left: auto; flex-wrap: wrap; }
.who form { margin: 0; }
.lang { font-size: .9rem; }
button { font: inherit; padding: .45rem 1.1rem; border-radius: 6px; border: 2px solid #0b4f9c;
  background: #0b4f9c; color: #fff; cursor: pointer; min-height: 44px; }
.who button { background: transparent; border-color: #fff; }
main { max-width: 1240px; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.8rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.35rem; margin: 0 0 .75rem; grid-column: 1 / -1; }
section { background: #fff; border: 1px solid #d5dbe1; border-radius: 8px; padding: 1rem 1.25rem;
  margin: 0 0 1.25rem; }
.pair { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem 1.5rem;
  align-items: start; }
.pair > p.csv { grid-column: 2; }
.chart-box { min-width: 0; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 1rem; }
caption { text-align: left; font-weight: 700; padding: 0 0 .4rem; }
th, td { padding: .35rem .6rem; border-bottom: 1px solid #d5dbe1; text-align: left;
  vertical-align: top; }
thead th { background: #e8eef4; }
thead th.num { white-space: nowrap; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
tbody th { font-weight: 400; }
p.csv { margin: .75rem 0 0; }
p.csv a { display: inline-flex; align-items: center; min-height: 44px; padding: .35rem 1rem;
  border: 2px solid #0b4f9c; border-radius: 6px; font-weight: 700; text-decoration: none; }
.filters { display: flex; flex-wrap: wrap; gap: .75rem 1.25rem; align-items: end;
  background: #fff; border: 1px solid #d5dbe1; border-radius: 8px; padding: .75rem 1.25rem;
  margin-bottom: .5rem; }
.filters label, .sign-in label { display: block; font-weight: 600; }
input, select { font: inherit; padding: .4rem .5rem; border: 2px solid #5b6670; border-radius: 6px;
  min-height: 44px; background: #fff; color: #1a1a1a; }
.range { color: #3d4852; margin: .25rem 0 1rem; }
.total { font-size: 1.25rem; }
.alert { border-left: 6px solid #b42318; background: #fdecea; padding: .6rem 1rem; }
.stats { display: flex; flex-wrap: wrap; gap: 1rem 2.5rem; margin: 0; }
.stats dt, .record dt { color: #3d4852; }
.stats dd { margin: 0; font-size: 1.5rem; font-weight: 700; }
.record { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: .75rem;
  background: #fff; border: 1px solid #d5dbe1; border-radius: 8px; padding: 1rem 1.25rem; }
.record dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
.flags li { margin-bottom: .4rem; }
.sign-in { display: grid; gap: .5rem; max-width: 26rem; background: #fff; padding: 1.25rem;
  border: 1px solid #d5dbe1; border-radius: 8px; }
.sign-in button { margin-top: .75rem; justify-self: start; }
td { overflow-wrap: break-word; }
.hint { font-weight: 400; color: #3d4852; }
.wide-menu { display: flex; flex: 1; flex-wrap: wrap; align-items: center; gap: .5rem 1.5rem; }
.phone-menu { display: none; }
.bars { display: grid; gap: .6rem; }
.bar-label { display: block; overflow-wrap: anywhere; }
.bar-row { display: flex; align-items: center; gap: .6rem; }
.bar { min-width: 0; }
.bar-row svg { flex: 1 1 0; width: 0; min-width: 0; height: 1.4rem; display: block; }
.bar-value { flex: none; font-weight: 600; font-variant-numeric: tabular-nums; }
.cols { display: flex; gap: .5rem; font-size: .85rem; padding: .7rem 2.75rem 0 0; }
.cols-y { display: flex; flex-direction: column; justify-content: space-between; flex: none;
  height: 15.25rem; margin-top: -.625rem; text-align: right; font-variant-numeric: tabular-nums; }
.cols-y span { line-height: 1.25rem; }
.cols-plot { flex: 1; min-width: 0; }
.cols-plot svg { display: block; width: 100%; height: 14rem; }
.cols-x { display: flex; margin-top: .4rem; }
.cols-x span { flex: 1 1 0; min-width: 0; display: flex; justify-content: center;
  white-space: nowrap; }
.sub { display: inline-block; padding-left: 1.25rem; }
.sub.site { padding-left: 2.5rem; }
.filters > div { min-width: 0; max-width: 100%; }
.filters select { max-width: 100%; }
.share { display: inline-flex; align-items: center; gap: .5rem; white-space: nowrap; }
progress { width: 6rem; height: 1rem; accent-color: #1f5fa8; }
.pair-v { display: block; }
.v-label { color: #3d4852; font-size: .9rem; }
.diff { display: inline-block; margin-top: .2rem; padding: 0 .4rem; border: 2px solid #b42318;
  border-radius: 4px; color: #8a1c12; background: #fdecea; font-size: .9rem; }
td.differs, tr.differs td, tr.differs th { background: #fff7f5; }
.notice { border-left: 6px solid #1f7a3a; background: #e9f6ec; padding: .6rem 1rem; }
.check { display: flex; align-items: center; gap: .5rem; }
.check input { min-height: 0; width: 1.4rem; height: 1.4rem; }
.filters .check label { display: inline; }
.acts { display: flex; flex-wrap: wrap; gap: .75rem; }
.act { margin: 0; }
.note-form { display: grid; gap: .5rem; max-width: 40rem; margin-top: 1rem; }
.note-form fieldset { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; border: 1px solid #d5dbe1;
  border-radius: 6px; }
.note-form label { font-weight: 600; }
.note-form button { justify-self: start; }
textarea { font: inherit; padding: .4rem .5rem; border: 2px solid #5b6670; border-radius: 6px; }
.candidates { padding-left: 1.25rem; }
.candidates li { margin-bottom: 1rem; }
.pager { display: flex; gap: 1.25rem; align-items: center; margin: 1rem 0; }
.pager a { display: inline-flex; align-items: center; min-height: 44px; }
.bulk, .confirm { background: #fff; border: 1px solid #d5dbe1; border-radius: 8px;
  padding: .75rem 1.25rem; margin: 0 0 1rem; }
.question { font-size: 1.25rem; font-weight: 700; }
.stats dd.small { font-size: 1.1rem; }
button:disabled { opacity: .6; cursor: not-allowed; }
@media (max-width: 1000px) {
  .pair { grid-template-columns: minmax(0, 1fr); }
  .pair > p.csv { grid-column: 1; }
  main { padding: 1rem 1rem 3rem; }
  /* The work-queue's places: six number columns beside the place fit a portrait tablet only
     with their headers on two lines and a shorter bar. */
  #registry-by-place thead th.num { white-space: normal; }
  #registry-by-place progress { width: 4rem; }
}
/* A portrait tablet: three menu entries and who is signed in do not fit beside the name, which
   gets a row of its own (on a phone the menu is behind a disclosure beside it). */
@media (min-width: 701px) and (max-width: 1000px) {
  .brand { flex-basis: 100%; }
}
/* A phone: the menu behind a disclosure, each row of a table of three columns or more a card
   (two columns fit as they are), a third of the axis labels. */
@media (max-width: 700px) {
  html { font-size: 16px; }
  .top { padding: .5rem 1rem; position: relative; }
  .wide-menu { display: none; }
  .phone-menu { display: block; margin-left: auto; }
  .phone-menu summary { display: flex; align-items: center; justify-content: center;
    min-height: 44px; min-width: 44px; padding: .35rem 1rem; border: 2px solid #fff;
    border-radius: 6px; cursor: pointer; font-weight: 700; }
  .phone-menu-items { display: grid; gap: .5rem; position: absolute; z-index: 1; left: 0;
    right: 0; top: 100%; padding: .5rem 1rem 1rem; background: #0b3d75;
    box-shadow: 0 6px 12px rgb(0 0 0 / .25); }
  .phone-menu-items nav { display: grid; gap: .25rem; }
  .phone-menu-items a { display: flex; align-items: center; min-height: 44px; }
  .phone-menu-items .who { margin-left: 0; }
  section { padding: .75rem; }
  .cols-x .x-wide { visibility: hidden; }
  .table-wrap { overflow: visible; }
  table.cards, .cards caption, .cards tbody, .cards tr, .cards tbody th, .cards tbody td {
    display: block; }
  .cards thead { position: absolute; width: 1px; height: 1px; overflow: hidden;
    clip: rect(0 0 0 0); }
  .cards tbody tr { border: 1px solid #d5dbe1; border-radius: 6px; padding: .4rem .75rem;
    margin-bottom: .6rem; }
  .cards tbody th, .cards tbody td { border: 0; padding: .2rem 0; overflow-wrap: anywhere; }
  .cards tbody [data-label] { display: grid; text-align: left;
    grid-template-columns: minmax(5.5rem, 40%) minmax(0, 1fr); gap: .75rem; }
  .cards tbody [data-label]::before { content: attr(data-label); color: #3d4852; font-weight: 600; }
}
`;
