(function () {
  'use strict';
  var errors = [];
  var statusEl = document.getElementById('js-status');
  window.addEventListener('error', function (e) { errors.push(String(e.message)); finish(); });
  var consoleError = console.error;
  console.error = function () {
    errors.push(Array.prototype.join.call(arguments, ' '));
    consoleError.apply(console, arguments);
  };
  function finish() {
    document.body.setAttribute('data-rendered', errors.length ? 'error' : 'ok');
    statusEl.textContent = errors.length ? 'errors: ' + errors.join(' | ') : 'ok';
  }
  var COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];
  var UP = '#26a69a', DOWN = '#ef5350';
  var LW = window.LightweightCharts;
  var RUN = JSON.parse(document.getElementById('run-data').textContent);

  function points(t, v) {
    var out = new Array(t.length);
    for (var i = 0; i < t.length; i++) {
      out[i] = v[i] === null ? { time: t[i] } : { time: t[i], value: v[i] };
    }
    return out;
  }
  function chartOptions(intraday) {
    return {
      autoSize: true,
      layout: { background: { color: '#ffffff' }, textColor: '#222', fontSize: 11, attributionLogo: true,
                panes: { separatorColor: '#c8c8c8', enableResize: true } },
      grid: { vertLines: { color: '#eef0f2' }, horzLines: { color: '#eef0f2' } },
      rightPriceScale: { borderColor: '#c8c8c8' },
      timeScale: { borderColor: '#c8c8c8', timeVisible: intraday, secondsVisible: false },
      crosshair: { mode: 0 }
    };
  }
  function legend(el, items) {
    el.innerHTML = '';
    items.forEach(function (it) {
      var s = document.createElement('span');
      var sw = document.createElement('i');
      sw.style.background = it.color;
      s.appendChild(sw);
      s.appendChild(document.createTextNode(it.label));
      el.appendChild(s);
    });
  }
  function addLine(chart, t, line, pane, color) {
    var def = line.style === 'HISTOGRAM' ? LW.HistogramSeries : LW.LineSeries;
    var opts = line.style === 'HISTOGRAM'
      ? { color: color, priceLineVisible: false, lastValueVisible: true }
      : { color: color, lineWidth: 1.5, priceLineVisible: false, lastValueVisible: true,
          lineVisible: line.style !== 'DOTS', pointMarkersVisible: line.style === 'DOTS' };
    var s = chart.addSeries(def, opts, pane);
    s.setData(points(t, line.v));
    return s;
  }

  function priceChart() {
    var el = document.getElementById('price-chart');
    var legendItems = [];
    var chart = LW.createChart(el, chartOptions(RUN.intraday));
    var pane = 0;
    var stretch = [];
    RUN.datas.forEach(function (d, di) {
      var p = pane++;
      stretch.push(4);
      var candles = chart.addSeries(LW.CandlestickSeries, {
        upColor: UP, downColor: DOWN, borderVisible: false, wickUpColor: UP, wickDownColor: DOWN }, p);
      var bars = new Array(d.t.length);
      for (var i = 0; i < d.t.length; i++) {
        bars[i] = d.c[i] === null ? { time: d.t[i] }
          : { time: d.t[i], open: d.o[i], high: d.h[i], low: d.l[i], close: d.c[i] };
      }
      candles.setData(bars);
      if (d.hasVolume) { candles.priceScale().applyOptions({ scaleMargins: { top: 0.05, bottom: 0.22 } }); }
      legendItems.push({ label: d.name, color: '#222' });
      if (d.hasVolume) {
        var vol = chart.addSeries(LW.HistogramSeries, {
          priceScaleId: 'vol' + di, priceFormat: { type: 'volume' }, lastValueVisible: false, priceLineVisible: false }, p);
        vol.priceScale().applyOptions({ scaleMargins: { top: 0.8, bottom: 0 } });
        var vs = new Array(d.t.length);
        for (var j = 0; j < d.t.length; j++) {
          vs[j] = d.v[j] === null ? { time: d.t[j] }
            : { time: d.t[j], value: d.v[j], color: d.c[j] >= d.o[j] ? 'rgba(38,166,154,0.35)' : 'rgba(239,83,80,0.35)' };
        }
        vol.setData(vs);
      }
      var color = 1;
      d.overlays.forEach(function (ind) {
        ind.lines.forEach(function (line) {
          var c = COLORS[color++ % COLORS.length];
          addLine(chart, d.t, line, p, c);
          legendItems.push({ label: ind.lines.length === 1 ? ind.label : ind.label + ' ' + line.name, color: c });
        });
      });
      if (d.fills.length) {
        LW.createSeriesMarkers(candles, d.fills.map(function (f) {
          return { time: d.t[f.i], position: f.buy ? 'atPriceBottom' : 'atPriceTop', price: f.p,
                   shape: f.buy ? 'arrowUp' : 'arrowDown', color: f.buy ? '#0b7a0b' : '#b00020',
                   text: (f.buy ? 'B ' : 'S ') + f.s };
        }));
      }
      d.subplots.forEach(function (ind) {
        var sp = pane++;
        stretch.push(1);
        var c = 0;
        var first = null;
        ind.lines.forEach(function (line) {
          var col = COLORS[c++ % COLORS.length];
          var s = addLine(chart, d.t, line, sp, col);
          if (!first) { first = s; }
          legendItems.push({ label: ind.lines.length === 1 ? ind.label : ind.label + ' ' + line.name, color: col });
        });
        ind.hlines.forEach(function (h) {
          first.createPriceLine({ price: h, color: '#888', lineWidth: 1, lineStyle: 2, axisLabelVisible: true, title: '' });
        });
      });
    });
    chart.panes().forEach(function (p, i) { p.setStretchFactor(stretch[i] || 1); });
    chart.timeScale().fitContent();
    legend(document.getElementById('price-legend'), legendItems);
    return chart;
  }

  function equityChart() {
    var el = document.getElementById('equity-chart');
    if (!el || !RUN.clock) { return null; }
    var chart = LW.createChart(el, chartOptions(RUN.intraday));
    var items = [];
    if (RUN.clock.value) {
      chart.addSeries(LW.LineSeries, { color: COLORS[3], lineWidth: 2, priceLineVisible: false }, 0)
        .setData(points(RUN.clock.t, RUN.clock.value));
      items.push({ label: 'Value', color: COLORS[3] });
    }
    if (RUN.clock.cash) {
      chart.addSeries(LW.LineSeries, { color: COLORS[2], lineWidth: 1, priceLineVisible: false }, 0)
        .setData(points(RUN.clock.t, RUN.clock.cash));
      items.push({ label: 'Cash', color: COLORS[2] });
    }
    if (RUN.clock.dd) {
      var neg = RUN.clock.dd.map(function (x) { return x === null ? null : -x; });
      chart.addSeries(LW.AreaSeries, { lineColor: COLORS[3], topColor: 'rgba(214,39,40,0.05)',
        bottomColor: 'rgba(214,39,40,0.35)', lineWidth: 1, priceLineVisible: false,
        priceFormat: { type: 'custom', formatter: function (x) { return x.toFixed(2) + '%'; } } }, 1)
        .setData(points(RUN.clock.t, neg));
      items.push({ label: 'Drawdown %', color: 'rgba(214,39,40,0.6)' });
      chart.panes().forEach(function (p, i) { p.setStretchFactor(i === 0 ? 2 : 1); });
    }
    chart.timeScale().fitContent();
    legend(document.getElementById('equity-legend'), items);
    return chart;
  }

  function sync(a, b) {
    var busy = false;
    function link(from, to) {
      from.timeScale().subscribeVisibleLogicalRangeChange(function (r) {
        if (r && !busy) { busy = true; to.timeScale().setVisibleLogicalRange(r); busy = false; }
      });
    }
    link(a, b);
    link(b, a);
  }

  try {
    var price = priceChart();
    var equity = equityChart();
    if (price && equity && RUN.clockIsData0) { sync(price, equity); }
  } catch (e) {
    errors.push(String(e && e.stack || e));
  }
  finish();
})();
