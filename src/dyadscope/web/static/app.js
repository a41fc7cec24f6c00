// dyadscope dashboard: draws the Plotly figures embedded in each page as JSON, makes chart
// points clickable, and toggles annotation layers in the document reader. No network calls.
(function () {
  "use strict";

  function drawCharts() {
    if (typeof Plotly === "undefined") return;
    document.querySelectorAll("[data-figure]").forEach(function (el) {
      var source = document.getElementById(el.dataset.figure);
      if (!source) return;
      var figure = JSON.parse(source.textContent);
      if (!figure.data || figure.data.length === 0) {
        el.classList.add("no-data");
        el.textContent = "No data to draw yet.";
        return;
      }
      Plotly.newPlot(el, figure.data, figure.layout, {
        responsive: true, displaylogo: false,
        modeBarButtonsToRemove: ["lasso2d", "select2d", "autoScale2d"],
      });
      if (el.dataset.clickable) {
        el.on("plotly_click", function (ev) {
          var link = ev.points && ev.points[0] && ev.points[0].customdata;
          if (typeof link === "string" && link.charAt(0) === "/") window.location.href = link;
        });
      }
    });
  }

  function annotationLayers() {
    var legend = document.getElementById("legend");
    var article = document.getElementById("article");
    if (!legend || !article) return;
    legend.querySelectorAll("input[data-layer]").forEach(function (box) {
      box.addEventListener("change", function () {
        article.classList.toggle("hide-" + box.dataset.layer, !box.checked);
      });
    });
    article.addEventListener("click", function (ev) {
      var span = ev.target.closest("[data-event]");
      if (span && !window.getSelection().toString()) window.location.href = "/events/" + span.dataset.event;
    });
    var selected = article.querySelector(".sel");
    if (selected) selected.scrollIntoView({block: "center"});
  }

  document.addEventListener("DOMContentLoaded", function () {
    drawCharts();
    annotationLayers();
  });
})();
