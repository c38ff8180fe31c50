// Hand-written JavaScript counterpart of bench/programs/templates.py: the same {{ name|filter }}
// template engine and report; Python's format specs (",.2f", ">10.1f", ".3e") become small helpers.

const PAGE = `<html><head><title>{{ title }}</title></head>
<body><h1>{{ title|upper }}</h1>
<p>Generated for {{ user }} &mdash; {{ count }} rows</p>
{{ rows }}
</body></html>`;

const ROW = '<tr class="{{ parity }}"><td>{{ id }}</td><td>{{ name }}</td><td>{{ price }}</td><td>{{ note }}</td></tr>';

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };
const escape = (text) => (/[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]) : text);

const titleCase = (text) => text.toLowerCase().replace(/(^|[^a-z])([a-z])/g, (_, before, ch) => before + ch.toUpperCase());

class Template {
  /** Literal text and {{ name|filter }} fields, split once at construction. */
  constructor(source) {
    const [first, ...pieces] = source.split('{{');
    this.parts = [{ text: first }];
    for (const piece of pieces) {
      const close = piece.indexOf('}}');
      const field = piece.slice(0, close).trim();
      const bar = field.indexOf('|');
      const [name, filter] = bar < 0 ? [field, ''] : [field.slice(0, bar), field.slice(bar + 1)];
      this.parts.push({ name, filter }, { text: piece.slice(close + 2) });
    }
  }

  render(context, raw = []) {
    let out = '';
    for (const part of this.parts) {
      if (part.text !== undefined) {
        out += part.text;
        continue;
      }
      let text = String(context[part.name]);
      if (part.filter === 'upper') text = text.toUpperCase();
      else if (part.filter === 'title') text = titleCase(text);
      out += raw.includes(part.name) ? text : escape(text);
    }
    return out;
  }
}

const NAMES = ['widget', 'gadget <pro>', 'doohickey & co', 'thing "max"', "gizmo's", 'whatsit'];

function records(n) {
  const rows = [];
  for (let i = 0; i < n; i++) {
    rows.push({ id: i, name: NAMES[i % NAMES.length], price: ((i * 7919) % 100000) / 100, qty: (i * 31) % 97 });
  }
  return rows;
}

/** Python's "{:,.2f}". */
function grouped2(x) {
  const text = x.toFixed(2);
  const point = text.length - 3;
  return point > 3 ? `${text.slice(0, point).replace(/\B(?=(\d{3})+$)/g, ',')}${text.slice(point)}` : text;
}

/** Python's "{:.3e}": the exponent has at least two digits. */
function exp3(x) {
  const text = x.toExponential(3);
  const e = text.indexOf('e');
  return text.length - e === 3 ? `${text.slice(0, e + 2)}0${text.slice(e + 2)}` : text;
}

function renderPage(rows, rowTemplate, pageTemplate) {
  const cells = rows.map((r, i) =>
    rowTemplate.render({
      parity: i % 2 === 0 ? 'even' : 'odd',
      id: i,
      name: r.name,
      price: grouped2(r.price),
      note: `${r.name.slice(0, 4)} x${r.qty}`,
    }),
  );
  return pageTemplate.render({ title: 'Price list', user: 'ops@example.com', count: rows.length, rows: cells.join('\n') }, ['rows']);
}

function textReport(rows) {
  const lines = [];
  let total = 0;
  for (const r of rows) {
    total += r.price * r.qty;
    lines.push(
      `${String(r.id).padStart(6)} | ${r.name.slice(0, 16).padEnd(16)} | ${r.price.toFixed(2).padStart(10)} | ` +
        `${String(r.qty).padStart(4)} | ${exp3(total).padStart(12)}`,
    );
  }
  lines.push(`${'total'.padStart(6)} | ${String(rows.length).padEnd(16)} | ${total.toFixed(1).padStart(10)}`);
  return lines.join('\n');
}

function countOf(text, sub) {
  let n = 0;
  for (let at = text.indexOf(sub); at >= 0; at = text.indexOf(sub, at + sub.length)) n++;
  return n;
}

function main() {
  const rowTemplate = new Template(ROW);
  const pageTemplate = new Template(PAGE);
  const rows = records(4000);
  let size = 0;
  let amps = 0;
  let page;
  let report;
  for (let i = 0; i < 40; i++) {
    page = renderPage(rows, rowTemplate, pageTemplate);
    report = textReport(rows);
    size += page.length + report.length;
    amps += countOf(page, '&amp;') + countOf(report, '|');
  }
  const pageLines = page.split('\n');
  const reportLines = report.split('\n');
  console.log(size, amps);
  console.log(page.slice(0, 160));
  console.log(pageLines[pageLines.length - 3].slice(0, 120));
  console.log(reportLines[reportLines.length - 1]);
  console.log(reportLines[1234]);
}

main();
