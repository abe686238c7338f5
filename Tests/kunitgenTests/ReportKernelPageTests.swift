import Foundation
import Testing
import TestSupport

/// The HTML report of the real 7.1.5 tree, as a maintainer sees it in a 1280×800 window of
/// headless Chromium: layout, filtering, sorting and the per-subsystem chart, measured by a probe
/// script appended to a copy of the page (the page itself carries no test code).

/// What the probe measures, as JSON in `<pre id="probe">`.
private let probe = """
    <script>
    (function(){
    function top(e){return e?e.getBoundingClientRect().top:-1;}
    function bottom(e){return e?e.getBoundingClientRect().bottom:-1;}
    var r={scrollWidth:document.documentElement.scrollWidth,
      h1Top:top(document.querySelector('h1')),tilesBottom:bottom(document.querySelector('.tiles')),
      firstFindingBottom:bottom(document.querySelector('#findings tbody tr')),
      firstSeverities:Array.prototype.slice.call(document.querySelectorAll('#findings tbody tr')).map(function(t){return t.getAttribute('data-severity');}),
      bars:Array.prototype.map.call(document.querySelectorAll('#subsystem-chart g.bar'),function(g){
        var o={};Array.prototype.forEach.call(g.attributes,function(a){if(a.name.indexOf('data-')===0)o[a.name.slice(5)]=a.value;});return o;})};
    var rule=document.getElementById('filter-rule');rule.value=RULE;rule.dispatchEvent(new Event('change'));
    var rows=Array.prototype.slice.call(document.querySelectorAll('#findings tbody tr'));
    r.visibleRules=rows.filter(function(t){return !t.hidden&&t.offsetParent!==null;}).map(function(t){return t.getAttribute('data-rule');});
    r.hiddenCount=rows.filter(function(t){return t.hidden&&t.offsetParent===null;}).length;
    rule.value='';rule.dispatchEvent(new Event('change'));
    var th=document.querySelectorAll('#findings thead th')[0];th.click();
    r.sortedLocations=rows.map(function(){return 0;}).length&&Array.prototype.map.call(document.querySelectorAll('#findings tbody tr'),function(t){return t.cells[0].textContent;});
    r.closedDetails=document.querySelectorAll('details:not([open])').length;
    window.dispatchEvent(new Event('beforeprint'));r.closedWhenPrinting=document.querySelectorAll('details:not([open])').length;
    r.printHides=[];Array.prototype.forEach.call(document.styleSheets,function(sheet){Array.prototype.forEach.call(sheet.cssRules,function(rule){
      if(rule.media&&rule.media.mediaText==='print')Array.prototype.forEach.call(rule.cssRules,function(inner){
        if(inner.style&&inner.style.display==='none')r.printHides.push(inner.selectorText);});});});
    var p=document.createElement('pre');p.id='probe';p.textContent=JSON.stringify(r);document.body.appendChild(p);
    })();
    </script>
    """

/// The subsystem of a path, as the README defines it (first three directory components).
private func subsystem(_ path: String) -> String {
    let directory = path.split(separator: "/").dropLast()
    return directory.isEmpty ? "." : directory.prefix(3).joined(separator: "/")
}

@Test func kernelReportPageIsTriageFirst() throws {
    let browser = try chromium()
    let srctree = try KernelFixture.linux715()
    let directory = Scratch.directory("report-kernel")
    let page = directory + "/report.html", jsonPath = directory + "/report.json"
    let url = "https://git.kernel.org/pub/scm/linux/kernel/git/stable/linux.git/tree/{path}?h=v7.1.5#n{line}"
    let html = try CLI.run(["report", "--srctree", srctree, "--format", "html", "-o", page, "--source-url", url])
    #expect(html.status == 0, "\(html.stderr)")
    let json = try CLI.run(["report", "--srctree", srctree, "--format", "json", "-o", jsonPath])
    #expect(json.status == 0, "\(json.stderr)")
    let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: jsonPath))) as? [String: Any])
    let findings = try #require(report["findings"] as? [[String: Any]])
    // The rule to filter by: one with fewer findings than the total.
    let rules = Dictionary(grouping: findings, by: { $0["rule"] as? String ?? "" })
    let rule = try #require(rules.filter { $0.value.count > 1 && $0.value.count < findings.count }.keys.sorted().first)

    let text = try String(contentsOfFile: page, encoding: .utf8)
    #expect(!text.contains("src=\"http") && !text.contains("<link"), "self-contained")
    #expect(text.contains("href=\"https://git.kernel.org/pub/scm/linux/kernel/git/stable/linux.git/tree/rust/kernel/"))
    let probed = directory + "/probed.html"
    try (text + probe.replacingOccurrences(of: "RULE", with: "'\(rule)'")).write(toFile: probed, atomically: true, encoding: .utf8)
    let dom = try Tool.run(URL(fileURLWithPath: browser), ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                                           "--hide-scrollbars", "--window-size=1280,800", "--dump-dom", "file://" + probed]).stdout
    let start = try #require(dom.range(of: "<pre id=\"probe\">")), end = try #require(dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex))
    let measured = String(dom[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    let m = try #require(try JSONSerialization.jsonObject(with: Data(measured.utf8)) as? [String: Any])
    print("report-7.1.5 at 1280×800: scrollWidth \(m["scrollWidth"] ?? "?"), tiles end at \(m["tilesBottom"] ?? "?") px, first finding ends at \(m["firstFindingBottom"] ?? "?") px")

    // No horizontal scrolling; headline and first finding in the first viewport.
    #expect(try #require(m["scrollWidth"] as? Int) <= 1280)
    #expect(try #require(m["h1Top"] as? Double) >= 0)
    #expect(try #require(m["tilesBottom"] as? Double) <= 800)
    let firstFinding = try #require(m["firstFindingBottom"] as? Double)
    #expect(firstFinding > 0 && firstFinding <= 800)
    // Ordered error > warning > note.
    let rank = ["error": 2, "warning": 1, "note": 0]
    let severities = try #require(m["firstSeverities"] as? [String]).map { rank[$0] ?? -1 }
    #expect(severities.count == findings.count)
    #expect(severities == severities.sorted(by: >))
    // Filtering by a rule shows its rows only, and hides every other.
    let visible = try #require(m["visibleRules"] as? [String])
    #expect(visible.count == rules[rule]?.count)
    #expect(visible.allSatisfy { $0 == rule })
    #expect(m["hiddenCount"] as? Int == findings.count - visible.count)
    // A click on "location" sorts by it.
    let locations = try #require(m["sortedLocations"] as? [String])
    #expect(locations.count == findings.count)
    #expect(locations == locations.sorted { $0.localizedCompare($1) == .orderedAscending })

    // The inventory is collapsed on screen; printing expands it and hides the filters.
    #expect(try #require(m["closedDetails"] as? Int) >= 5)
    #expect(m["closedWhenPrinting"] as? Int == 0)
    #expect((m["printHides"] as? [String])?.contains { $0.contains(".filters") } == true)

    // One bar per subsystem, with the counts computed here from the JSON report.
    let files = try #require(report["files"] as? [[String: Any]])
    let vendored = Set(files.filter { $0["runner"] as? String == "upstream" }.compactMap { $0["path"] as? String })
    var expected: [String: [String: Int]] = [:]
    for doctest in try #require(report["doctests"] as? [[String: Any]]) {
        let file = doctest["file"] as? String ?? ""
        guard !vendored.contains(file) else { continue }
        let kind = (doctest["kind"] as? String ?? "").replacingOccurrences(of: "runnable", with: "runs").replacingOccurrences(of: "_", with: "-")
        expected[subsystem(file), default: [:]][kind, default: 0] += 1
        expected[subsystem(file), default: [:]]["doctests", default: 0] += 1
    }
    for item in try #require(report["items"] as? [[String: Any]]) where item["public"] as? Bool == true {
        let file = item["file"] as? String ?? ""
        guard !vendored.contains(file) else { continue }
        expected[subsystem(file), default: [:]]["public-items", default: 0] += 1
        if item["has_example"] as? Bool == true { expected[subsystem(file), default: [:]]["with-example", default: 0] += 1 }
    }
    let bars = try #require(m["bars"] as? [[String: String]])
    #expect(bars.count == expected.count)
    #expect(Set(bars.compactMap { $0["subsystem"] }) == Set(expected.keys))
    #expect(bars.contains { $0["subsystem"] == "rust/kernel/sync" } && bars.contains { $0["subsystem"] == "drivers/gpu/nova-core" })
    for bar in bars {
        let name = bar["subsystem"] ?? ""
        for key in ["doctests", "runs", "no-run", "ignore", "compile-fail", "should-panic", "public-items", "with-example"] {
            #expect(Int(bar[key] ?? "") == expected[name]?[key] ?? 0, "\(name) \(key)")
        }
    }

    // The screenshot, kept with the test's scratch files (and copied to $KUNITGEN_TEST_ARTEFACTS).
    let screenshot = directory + "/report-7.1.5.png"
    _ = try Tool.run(URL(fileURLWithPath: browser), ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
                                                     "--window-size=1280,800", "--screenshot=" + screenshot, "file://" + page])
    let png = try #require(FileManager.default.contents(atPath: screenshot))
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    if let artefacts = ProcessInfo.processInfo.environment["KUNITGEN_TEST_ARTEFACTS"] {
        try? FileManager.default.createDirectory(atPath: artefacts, withIntermediateDirectories: true)
        try? FileManager.default.removeItem(atPath: artefacts + "/report-7.1.5.png")
        try FileManager.default.copyItem(atPath: screenshot, toPath: artefacts + "/report-7.1.5.png")
    }
    print("report-7.1.5 screenshot: \(screenshot)")
}
