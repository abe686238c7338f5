/// The HTML page's inline CSS and JavaScript.
enum HTMLAssets {
    static let css = """
        *{box-sizing:border-box}
        body{font:14px/1.4 system-ui,sans-serif;margin:0 auto;padding:.8em 1.2em;max-width:1280px;color:#1b1b1b;background:#fff}
        h1{font-size:1.4em;margin:0 0 .2em}h2{font-size:1.15em;margin:1.2em 0 .4em}
        .meta{margin:0;color:#555;font-size:12px;overflow-wrap:anywhere}
        .tiles{display:flex;flex-wrap:wrap;gap:.6em;margin:.7em 0}
        .tile{flex:1 1 200px;border:1px solid #ccc;border-left:6px solid #888;border-radius:4px;padding:.4em .7em}
        .tile.ok{border-left-color:#2e7d32}.tile.warn{border-left-color:#f9a825}.tile.bad{border-left-color:#c62828}.tile.info{border-left-color:#1976d2}
        .tile-title{font-size:12px;color:#555}.tile-value{font-size:1.7em;font-weight:600}.tile-detail{font-size:12px;color:#555}
        span.sev-error,.chip.sev-error{color:#c62828}span.sev-warning,.chip.sev-warning{color:#b26a00}span.sev-note,.chip.sev-note{color:#1565c0}
        tr.sev-error td:first-child{border-left:4px solid #c62828}tr.sev-warning td:first-child{border-left:4px solid #f9a825}
        tr.sev-note td:first-child{border-left:4px solid #64b5f6}
        tr.sev-error td.sev{color:#c62828;font-weight:600}tr.sev-warning td.sev{color:#b26a00;font-weight:600}tr.sev-note td.sev{color:#1565c0}
        .rules{display:flex;flex-wrap:wrap;gap:.3em;margin:.3em 0}
        .chip{font:12px ui-monospace,monospace;border:1px solid #bbb;border-radius:10px;background:#f4f4f8;padding:.1em .6em;cursor:pointer}
        .chip.active{background:#333;color:#fff}
        .filters{margin:.4em 0;font-size:13px}.filters select,.filters input{font-size:13px}
        .wide{max-width:100%;overflow-x:auto}#triage .wide{max-height:70vh;overflow-y:auto;border-bottom:1px solid #ccc}
        table{border-collapse:collapse;margin:.4em 0;font-size:13px;width:100%}
        #findings,#new-findings,#fixed-findings{table-layout:fixed}
        #findings th:nth-child(1){width:21%}#findings th:nth-child(2){width:6%}#findings th:nth-child(3){width:15%}
        #findings th:nth-child(4){width:31%}
        th,td{border:1px solid #ccc;padding:.2em .4em;text-align:left;vertical-align:top;overflow-wrap:anywhere}
        th{background:#eef;cursor:pointer;position:sticky;top:0;user-select:none}
        th.asc::after{content:" \\25B2"}th.desc::after{content:" \\25BC"}
        td.num{text-align:right}tbody tr:nth-child(even){background:#f7f7fb}
        code{font-family:ui-monospace,monospace;font-size:12px}
        a code{color:inherit}
        details{margin:.3em 0;border:1px solid #ddd;border-radius:4px;padding:.2em .6em}
        summary{cursor:pointer;font-weight:600}.count{color:#666;font-weight:normal}
        svg text{font:12px system-ui,sans-serif;fill:currentColor}svg .track{fill:#e0e0e0}
        @media (prefers-color-scheme:dark){body{background:#16161a;color:#ddd}th{background:#2a2a40}
        th,td{border-color:#444}tbody tr:nth-child(even){background:#1e1e26}.chip{background:#2a2a33;color:#ddd}
        .tile-title,.tile-detail,.meta{color:#aaa}svg .track{fill:#333}}
        @media print{.filters,.rules{display:none}#triage .wide{max-height:none;overflow:visible}body{max-width:none;padding:0}th{position:static}
        tr[hidden]{display:table-row}details{border:0}details::details-content{content-visibility:visible;display:block}
        tr{break-inside:avoid}a{color:inherit;text-decoration:none}}
        """

    static let script = """
        (function(){
        function each(list,f){Array.prototype.forEach.call(list,f);}
        function key(td){var s=td.getAttribute('data-sort');return s===null?td.textContent:Number(s);}
        function sortTable(table,column,descending){
          var body=table.tBodies[0];var rows=Array.prototype.slice.call(body.rows);
          rows.sort(function(a,b){var x=key(a.cells[column]),y=key(b.cells[column]);
            var c=(typeof x==='number'&&typeof y==='number')?x-y:String(x).localeCompare(String(y));
            return descending?-c:c;});
          rows.forEach(function(r){body.appendChild(r);});
          each(table.tHead.rows[0].cells,function(th,i){th.className=i===column?(descending?'desc':'asc'):'';});
          table.setAttribute('data-sorted',column+(descending?':desc':':asc'));
        }
        each(document.querySelectorAll('table.sortable'),function(table){
          each(table.tHead.rows[0].cells,function(th,i){
            th.addEventListener('click',function(){sortTable(table,i,th.className==='asc');});});});
        var findings=document.getElementById('findings');
        var sev=document.getElementById('filter-severity'),rule=document.getElementById('filter-rule'),
            path=document.getElementById('filter-path'),count=document.getElementById('filter-count');
        function filter(){
          if(!findings)return;var s=sev.value,r=rule.value,p=path.value.toLowerCase(),shown=0,total=0;
          each(findings.tBodies[0].rows,function(tr){total++;
            var ok=(!s||tr.getAttribute('data-severity')===s)&&(!r||tr.getAttribute('data-rule')===r)&&
              (!p||tr.getAttribute('data-path').toLowerCase().indexOf(p)>=0);
            tr.hidden=!ok;if(ok)shown++;});
          each(document.querySelectorAll('.chip'),function(c){c.classList.toggle('active',c.getAttribute('data-rule')===r);});
          count.textContent=shown+' of '+total+' shown';
          findings.setAttribute('data-shown',String(shown));
        }
        if(findings){
          [sev,rule].forEach(function(e){e.addEventListener('change',filter);});path.addEventListener('input',filter);
          each(document.querySelectorAll('.chip'),function(c){c.addEventListener('click',function(){
            var r=c.getAttribute('data-rule');rule.value=rule.value===r?'':r;filter();});});
          document.getElementById('filter-clear').addEventListener('click',function(){sev.value='';rule.value='';path.value='';filter();});
          var q=new URLSearchParams(location.search);
          if(q.get('severity'))sev.value=q.get('severity');if(q.get('rule'))rule.value=q.get('rule');if(q.get('path'))path.value=q.get('path');
          filter();
        }
        window.addEventListener('beforeprint',function(){each(document.querySelectorAll('details'),function(d){
          if(!d.open){d.open=true;d.setAttribute('data-print-opened','');}});});
        window.addEventListener('afterprint',function(){each(document.querySelectorAll('details[data-print-opened]'),function(d){
          d.open=false;d.removeAttribute('data-print-opened');});});
        var m=/[?&]sort=([A-Za-z0-9_-]+):(\\d+)(:desc)?/.exec(location.search);
        if(m){var t=document.getElementById(m[1]);if(t&&t.tHead)sortTable(t,Number(m[2]),!!m[3]);}
        var re=/[?&]click=([A-Za-z0-9_-]+):(\\d+)/g,c;
        while((c=re.exec(location.search))){var ct=document.getElementById(c[1]);
          if(ct&&ct.tHead&&ct.tHead.rows[0].cells[Number(c[2])])ct.tHead.rows[0].cells[Number(c[2])].click();}
        })();
        """
}
