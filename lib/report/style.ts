// The report page's style sheet (the explorer section adds its own, lib/report/sections/explorer.ts).

/** CSS of the report page. */
export const REPORT_CSS = `
:root{--ink:#1f2328;--muted:#57606a;--line:#d0d7de;--bg:#f6f8fa;--accent:#0b5cad}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:var(--ink);background:#fff}
main{max-width:1180px;margin:0 auto;padding:24px 28px 80px}
header.top{border-bottom:1px solid var(--line);margin-bottom:8px}
h1{font-size:28px;margin:8px 0 4px}
h2{font-size:22px;margin:48px 0 8px;padding-top:12px;border-top:3px solid var(--ink)}
h3{font-size:17px;margin:28px 0 8px}
p{max-width:80ch}
.sub{color:var(--muted);margin:0 0 16px}
nav.toc{display:flex;flex-wrap:wrap;gap:6px 18px;margin:12px 0 4px;font-size:15px}
nav.more{font-size:14px;color:var(--muted)}
a{color:var(--accent)}
.legend{display:flex;flex-wrap:wrap;gap:6px 16px;margin:12px 0 18px;font-size:14px}
.legend span{display:inline-flex;align-items:center;gap:6px}
.legend i{display:inline-block;width:14px;height:14px;border-radius:3px}
ul.findings{background:var(--bg);border-left:4px solid var(--accent);padding:12px 16px 12px 34px;margin:16px 0;max-width:95ch}
ul.findings li{margin:4px 0}
.see{color:var(--muted);font-size:14px;white-space:nowrap}
figure.chart{margin:24px 0;padding:12px;border:1px solid var(--line);border-radius:6px;overflow-x:auto;scroll-margin-top:12px}
figure.chart figcaption{font-size:14px;color:var(--muted);margin-top:6px}
.presslens-figure{min-width:600px}
.table-wrap{margin:18px 0;overflow-x:auto;scroll-margin-top:12px}
.table-wrap .dl{font-size:14px;color:var(--muted);margin:4px 0 0}
table.presslens-table{border-collapse:collapse;font-size:14px;min-width:50%}
table.presslens-table caption{text-align:left;font-weight:600;padding:4px 0 8px;caption-side:top}
table.presslens-table th,table.presslens-table td{border-bottom:1px solid var(--line);padding:4px 10px;text-align:left;vertical-align:top;max-width:48ch;overflow-wrap:break-word}
table.presslens-table th{background:var(--bg);position:sticky;top:0;white-space:nowrap}
table.presslens-table td.long{min-width:28ch}
table.presslens-table tr:target td{background:#fff8c5}
.note{background:#fff8c5;border:1px solid #d4a72c;border-radius:6px;padding:8px 12px;max-width:95ch}
footer{margin-top:56px;border-top:1px solid var(--line);color:var(--muted);font-size:14px}
:target{scroll-margin-top:12px}
mark{background:#ffe58f;padding:0 1px}
`;
