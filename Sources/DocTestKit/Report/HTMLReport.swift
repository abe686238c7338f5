/// `kunitgen report --format html`: one self-contained page (inline CSS and JavaScript, nothing
/// fetched). Every table sorts by a click on a column header (again: reverse order); numbers sort
/// as numbers. `?sort=TABLE:COLUMN` (or `TABLE:COLUMN:desc`; COLUMN 0-based) sorts on load, so a
/// link can point at a sorted view — and headless tests can check the sorting.
public enum HTMLReport {
    public static func render(_ summary: ReportSummary) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>kunitgen report</title>
            <style>\(css)</style>
            </head><body>
            <h1>kunitgen report</h1>
            <ul class="headline">

            """
        for line in summary.headline { out += "<li>\(inline(line))</li>\n" }
        out += "</ul>\n<nav>" + summary.tables.map { "<a href=\"#\($0.id)\">\(escape($0.title))</a>" }.joined(separator: " · ") + "</nav>\n"
        for table in summary.tables {
            out += "<section><h2>\(escape(table.title))</h2>\n<p>\(inline(table.note))</p>\n"
            guard !table.rows.isEmpty else { out += "<p>None.</p></section>\n"; continue }
            out += "<table id=\"\(table.id)\" class=\"sortable\"><thead><tr>"
            for (index, header) in table.headers.enumerated() {
                out += "<th data-column=\"\(index)\" title=\"sort\">\(escape(header))</th>"
            }
            out += "</tr></thead><tbody>\n"
            for row in table.rows {
                out += "<tr>"
                for cell in row {
                    let key = cell.number.map { " data-sort=\"\($0)\"" } ?? ""
                    let numeric = cell.number != nil ? " class=\"num\"" : ""
                    let text = cell.code && !cell.text.isEmpty ? "<code>\(escape(cell.text))</code>" : inline(cell.text)
                    out += "<td\(key)\(numeric)>\(text)</td>"
                }
                out += "</tr>\n"
            }
            out += "</tbody></table></section>\n"
        }
        out += "<script>\(script)</script>\n</body></html>\n"
        return out
    }

    /// Escaped text with Markdown-style `code` spans (as the messages write them) shown as code.
    static func inline(_ text: String) -> String {
        let parts = text.split(separator: "`", omittingEmptySubsequences: false)
        // An odd number of backticks: not spans, plain text.
        guard parts.count > 1, parts.count % 2 == 1 else { return escape(text) }
        return parts.enumerated().map { $0.offset % 2 == 1 ? "<code>\(escape(String($0.element)))</code>" : escape(String($0.element)) }.joined()
    }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static let css = """
        body{font:14px/1.45 system-ui,sans-serif;margin:1.5em;color:#1b1b1b;background:#fff}
        h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em}
        nav a{margin-right:.3em}
        table{border-collapse:collapse;margin:.5em 0;font-size:13px}
        th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
        th{background:#eef;cursor:pointer;position:sticky;top:0;user-select:none}
        th.asc::after{content:" \\25B2"}th.desc::after{content:" \\25BC"}
        td.num{text-align:right}tbody tr:nth-child(even){background:#f7f7fb}
        code{font-family:ui-monospace,monospace;font-size:12px}
        @media (prefers-color-scheme:dark){body{background:#16161a;color:#ddd}th{background:#2a2a40}
        th,td{border-color:#444}tbody tr:nth-child(even){background:#1e1e26}}
        """

    static let script = """
        (function(){
        function key(td){var s=td.getAttribute('data-sort');return s===null?td.textContent:Number(s);}
        function sortTable(table,column,descending){
          var body=table.tBodies[0];var rows=Array.prototype.slice.call(body.rows);
          rows.sort(function(a,b){var x=key(a.cells[column]),y=key(b.cells[column]);
            var c=(typeof x==='number'&&typeof y==='number')?x-y:String(x).localeCompare(String(y));
            return descending?-c:c;});
          rows.forEach(function(r){body.appendChild(r);});
          Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,i){
            th.className=i===column?(descending?'desc':'asc'):'';});
          table.setAttribute('data-sorted',column+(descending?':desc':':asc'));
        }
        Array.prototype.forEach.call(document.querySelectorAll('table.sortable'),function(table){
          Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,i){
            th.addEventListener('click',function(){sortTable(table,i,th.className==='asc');});});});
        var m=/[?&]sort=([A-Za-z0-9_-]+):(\\d+)(:desc)?/.exec(location.search);
        if(m){var t=document.getElementById(m[1]);if(t&&t.tHead)sortTable(t,Number(m[2]),!!m[3]);}
        var re=/[?&]click=([A-Za-z0-9_-]+):(\\d+)/g,c;
        while((c=re.exec(location.search))){var ct=document.getElementById(c[1]);
          if(ct&&ct.tHead&&ct.tHead.rows[0].cells[Number(c[2])])ct.tHead.rows[0].cells[Number(c[2])].click();}
        })();
        """
}
