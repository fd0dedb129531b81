/* The static edition's own script: the slider, Previous/Next/Play, the time axis's marks and the
   address step through the milestones in the page itself. A step hands the map the milestone's
   state (window.__applyIslandState, the app's own dashboard/templates/state_hook.js.j2) and
   shows its card and text twin, which the page already holds. Runs before the map's script: the
   map applies the state waiting in window.__islandStates when it starts. */
(function () {
  "use strict";
  // the outlines every language's page shares (geometry.js) go back into the map's layers
  const shared = window.__staticGeometry || {};
  Object.keys(shared).forEach(function (name) {
    const block = document.getElementById("layer-" + name);
    if (!block) return;
    const layer = JSON.parse(block.textContent);
    layer.features.forEach(function (feature, i) { feature.geometry = shared[name][i]; });
    block.textContent = JSON.stringify(layer);
  });

  const data = JSON.parse(document.getElementById("static-data").textContent);
  const count = data.ids.length;
  const slider = document.getElementById("milestone");
  const output = document.getElementById("milestone-label");
  const play = document.getElementById("play");
  const cursor = document.getElementById("axis-cursor");
  const live = document.getElementById("live-link");
  const languages = document.querySelectorAll("nav.languages a[hreflang]");
  const states = (window.__islandStates = window.__islandStates || {});
  let current = Number(slider.value); // the milestone the page was written at
  let timer = null;

  function swap(prefix, from, to) {
    const before = document.getElementById(prefix + from);
    const after = document.getElementById(prefix + to);
    if (before) before.hidden = true;
    if (after) after.hidden = false;
  }

  function share() {
    // the address names the milestone: a link, a language switch or the live app keeps it
    const id = data.ids[current];
    try { history.replaceState(null, "", "#" + id); } catch (e) { /* an address that cannot change */ }
    languages.forEach(function (link) { link.hash = id; });
    if (live && data.app) {
      try {
        const url = new URL(data.app);
        url.searchParams.set("event", id);
        url.searchParams.set("lang", data.lang);
        live.href = url.href;
      } catch (e) { /* keep the address as written */ }
    }
  }

  // a mark per milestone on the time axis, coloured by its kind, named in its tooltip
  const svgNS = "http://www.w3.org/2000/svg";
  const marks = document.getElementById("axis-marks");
  const height = Number(cursor.getAttribute("y2")) - 6;
  data.ids.forEach(function (id, i) {
    const kind = data.kinds[data.kind[i]];
    const mark = document.createElementNS(svgNS, "svg");
    mark.setAttribute("x", (100 * data.at[i]).toFixed(3) + "%");
    mark.setAttribute("overflow", "visible");
    mark.setAttribute("class", "tick");
    mark.setAttribute("data-i", String(i));
    const title = document.createElementNS(svgNS, "title");
    title.textContent = data.labels[i] + " (" + kind[1] + ")";
    const line = document.createElementNS(svgNS, "rect");
    line.setAttribute("x", "-1"); line.setAttribute("width", "2"); line.setAttribute("height", String(height));
    line.setAttribute("fill", kind[0]);
    const hit = document.createElementNS(svgNS, "rect");
    hit.setAttribute("x", "-4"); hit.setAttribute("width", "8"); hit.setAttribute("height", String(height));
    hit.setAttribute("class", "hit");
    mark.append(title, line, hit);
    marks.appendChild(mark);
  });

  function show(index) {
    const next = Math.max(0, Math.min(count - 1, index));
    states[data.key] = data.states[data.state[next]];
    if (window.__applyIslandState) window.__applyIslandState(states);
    if (next !== current) {
      swap("card-", current, next);
      swap("twin-head-", current, next);
      swap("twin-lines-", current, next);
      swap("twin-table-", data.table[current], data.table[next]);
    }
    current = next;
    slider.value = String(next);
    slider.setAttribute("aria-valuetext", data.labels[next]);
    output.textContent = data.labels[next];
    const x = (100 * data.at[next]).toFixed(3) + "%";
    cursor.setAttribute("x1", x);
    cursor.setAttribute("x2", x);
    share();
  }

  function stop() {
    clearTimeout(timer);
    timer = null;
    play.textContent = data.play;
    play.setAttribute("aria-pressed", "false");
  }

  function tick() {
    show(current + 1);
    if (current >= count - 1) stop();
    else timer = setTimeout(tick, data.dwell[current] * 1000);
  }

  slider.addEventListener("input", function () { show(Number(slider.value)); });
  document.getElementById("previous").addEventListener("click", function () { show(current - 1); });
  document.getElementById("next").addEventListener("click", function () {
    show(current + 1);
    if (timer && current >= count - 1) stop();
  });
  play.addEventListener("click", function () {
    if (timer) { stop(); return; }
    if (current >= count - 1) show(0); // play from the end begins again
    play.textContent = data.stop;
    play.setAttribute("aria-pressed", "true");
    timer = setTimeout(tick, data.dwell[current] * 1000);
  });
  document.getElementById("axis").addEventListener("click", function (event) {
    const mark = event.target.closest("[data-i]");
    if (mark) show(Number(mark.getAttribute("data-i")));
  });
  // P and N, as in the app, wherever the reader is not typing
  document.addEventListener("keydown", function (event) {
    const target = event.target;
    const typing = target.isContentEditable || target.tagName === "TEXTAREA" ||
      (target.tagName === "INPUT" && target.type !== "range");
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === "p") show(current - 1);
    else if (key === "n") show(current + 1);
  });
  function fromAddress() {
    const index = data.ids.indexOf(decodeURIComponent(location.hash.slice(1)));
    return index >= 0 ? index : current;
  }
  window.addEventListener("hashchange", function () { show(fromAddress()); });
  show(fromAddress());
})();
