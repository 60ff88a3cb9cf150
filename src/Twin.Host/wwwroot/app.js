// The twin's page: reads the HTTP API only, draws with d3-sankey and cytoscape.
"use strict";

const state = { scenarios: [], scenario: null, topology: null, polling: null };

const $ = (selector) => document.querySelector(selector);

// Names and texts can come from created overlays: never let them be markup.
const esc = (text) => String(text ?? "").replace(/[&<>"']/g, (c) =>
  ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

// ---- API ------------------------------------------------------------------------------------

async function api(path, options) {
  const response = await fetch(path, options);
  const text = await response.text();
  const body = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const detail = body && (body.detail || body.title) || response.statusText;
    const error = new Error(detail);
    error.status = response.status;
    error.problem = body;
    throw error;
  }
  return body;
}

const scenarioPath = (id) => `/api/scenarios/${encodeURIComponent(id)}`;

// ---- Numbers and units ------------------------------------------------------------------------

// Readable units: the park's data uses Chinese money units, which the page spells out.
function unitText(unit) {
  return (unit || "")
    .replace("亿元", "100M CNY")
    .replace("万元", "10k CNY")
    .replace(/^-$/, "");
}

const scaled = {
  t: [[1e6, "Mt"], [1e3, "kt"], [1, "t"]],
  GJ: [[1e6, "PJ"], [1e3, "TJ"], [1, "GJ"]],
  MWh: [[1e6, "TWh"], [1e3, "GWh"], [1, "MWh"]],
};

function number(value, digits = 3) {
  if (value === null || value === undefined) return "–";
  const magnitude = Math.abs(value);
  const fraction = magnitude >= 100 ? 0 : magnitude >= 1 ? Math.max(0, digits - 1) : digits;
  return value.toLocaleString("en-US", { maximumFractionDigits: fraction });
}

// A value with its unit, scaled to a readable prefix: 61.9 Mt, 92.2 PJ.
function amount(value, unit) {
  if (value === null || value === undefined) return "–";
  const steps = scaled[unit];
  if (!steps) return `${number(value)} ${unitText(unit)}`.trim();
  const [factor, name] = steps.find(([f]) => Math.abs(value) >= f) || steps[steps.length - 1];
  return `${(value / factor).toLocaleString("en-US", { maximumSignificantDigits: 3 })} ${name}`;
}

function exact(value, unit) {
  return `${value.toLocaleString("en-US", { maximumFractionDigits: 1 })} ${unitText(unit)}`;
}

// ---- Scenario and run -----------------------------------------------------------------------

async function loadScenarios(selected) {
  state.scenarios = await api("/api/scenarios");
  const options = state.scenarios.map((s) => `<option value="${esc(s.id)}">${esc(s.scenario)}` +
    `${s.created ? " (created)" : ""}` +
    ` · ${s.year ?? ""}${s.state === "completed" ? " ✓" : ""}</option>`).join("");
  $("#scenario").innerHTML = options;
  $("#compare-a").innerHTML = options;
  $("#compare-b").innerHTML = options;

  const fromHash = decodeURIComponent(location.hash.slice(1));
  const base = state.scenarios.find((s) => s.scenario === "base-2020") || state.scenarios[0];
  const pick = selected || fromHash || base?.id;
  if (pick) $("#scenario").value = pick;
  pickComparison();
}

// A: the base year when it has results; B: the scenario on show, or another with results.
function pickComparison() {
  const completed = state.scenarios.filter((s) => s.state === "completed").map((s) => s.id);
  const a = completed.find((id) => id.endsWith(":base-2020")) || completed[0];
  const shown = $("#scenario").value;
  const b = completed.includes(shown) && shown !== a ? shown : completed.find((id) => id !== a);
  if (a) $("#compare-a").value = a;
  if (b) $("#compare-b").value = b;
  $("#compare-note").textContent = completed.length < 2
    ? "Run two scenarios to compare their totals and indicators." : "";
  return Boolean(a && b);
}

function current() {
  return state.scenarios.find((s) => s.id === $("#scenario").value);
}

async function selectScenario() {
  const scenario = current();
  if (!scenario) return;
  state.scenario = scenario;
  location.hash = encodeURIComponent(scenario.id);
  $("#description").textContent = [scenario.description, horizonText(scenario.horizon)]
    .filter(Boolean).join(" · ");
  if (scenario.problems.length) {
    $("#description").textContent += ` · cannot run: ${scenario.problems.length} problems`;
  }

  const status = await api(`${scenarioPath(scenario.id)}/status`);
  showStatus(status);
  await Promise.all([loadTopology(scenario.id), loadResults(status)]);
}

function horizonText(horizon) {
  if (!horizon) return "";
  return `${horizon.days} days from ${horizon.start}, ${horizon.steps} ${horizon.step} steps`;
}

function showStatus(status) {
  const label = $("#status");
  const progress = $("#progress");
  label.className = status.state;
  label.dataset.state = status.state;
  progress.hidden = status.state !== "running";
  if (status.state === "running") {
    progress.max = status.max_sweeps || 1;
    progress.value = status.sweep;
    label.textContent = `running · run ${status.run}, sweep ${status.sweep}, ` +
      `largest change ${status.change.toExponential(1)}`;
  } else if (status.state === "completed") {
    label.textContent = `completed · run ${status.run} converged in ${status.sweep} sweeps`;
  } else if (status.state === "not_run") {
    label.textContent = "not run yet: press Run";
  } else {
    label.textContent = `${status.state} · run ${status.run}${status.failure ? ": " + status.failure.message : ""}`;
  }
  $("#run").disabled = status.state === "running";
}

async function run() {
  const scenario = current();
  $("#run").disabled = true;
  try {
    const status = await api(`${scenarioPath(scenario.id)}/run`, { method: "POST" });
    showStatus(status);
    await follow(scenario.id);
  } catch (error) {
    $("#status").textContent = `not started: ${error.message}`;
    $("#status").className = "failed";
    $("#run").disabled = false;
  }
}

async function follow(id) {
  for (;;) {
    const status = await api(`${scenarioPath(id)}/status`);
    showStatus(status);
    if (status.state !== "running") {
      await loadScenarios(id);
      await loadResults(status);
      if (pickComparison()) await compare();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
}

async function loadResults(status) {
  if (status.state !== "completed") {
    clearSankey("No results yet: run the scenario to see its flows.");
    $("#indicators tbody").innerHTML = "";
    $("#indicator-summary").textContent = "";
    return;
  }
  await Promise.all([loadSankey(), loadIndicators()]);
}

// ---- Sankey -------------------------------------------------------------------------------

const carrierColours = {
  water: "#2f7fc1", heat: "#d1495b", electricity: "#e0a100", fuel: "#3d3d3d",
  material: "#8c6d46", emission: "#8a8fa0",
};

function carrierColour(carrier) {
  const kind = state.topology?.carriers.find((c) => c.id === carrier)?.kind;
  return carrierColours[kind] || "#6b7b8c";
}

function fillQuantities() {
  const select = $("#quantity");
  const previous = select.value || "water";
  const carriers = (state.topology?.carriers || []).map((c) =>
    `<option value="${esc(c.id)}">${esc(c.id)} (${esc(unitText(c.unit))})</option>`).join("");
  select.innerHTML = `<option value="water">Water (t)</option><option value="energy">Energy (GJ)</option>` +
    `<optgroup label="One carrier">${carriers}</optgroup>`;
  select.value = [...select.options].some((o) => o.value === previous) ? previous : "water";
}

function clearSankey(message) {
  const svg = d3.select("#sankey").attr("height", 80);
  svg.selectAll("*").remove();
  svg.append("text").attr("class", "empty").attr("x", 12).attr("y", 40).text(message);
  $("#sankey-total").textContent = "";
}

async function loadSankey() {
  const scenario = state.scenario;
  const quantity = $("#quantity").value || "water";
  let data;
  try {
    data = await api(`${scenarioPath(scenario.id)}/sankey?quantity=${encodeURIComponent(quantity)}`);
  } catch (error) {
    clearSankey(error.message);
    return;
  }
  drawSankey(data);
}

// d3-sankey lays out graphs without loops; a link marked circular goes into a copy of its target.
function sankeyGraph(data) {
  const nodes = data.nodes.map((n) => ({ ...n }));
  const copies = new Map();
  const links = data.links.map((l) => {
    if (!l.circular) return { ...l };
    if (!copies.has(l.target)) {
      const original = data.nodes.find((n) => n.id === l.target);
      const copy = { ...original, id: `${l.target}#returned`, label: `${original.label} (returned)` };
      copies.set(l.target, copy);
      nodes.push(copy);
    }
    return { ...l, target: copies.get(l.target).id };
  });
  return { nodes, links };
}

function drawSankey(data) {
  if (data.links.length === 0) {
    clearSankey(`Nothing carries ${data.quantity} in this scenario.`);
    return;
  }
  const width = Math.max(900, $("#sankey-box").clientWidth);
  const height = Math.max(480, data.nodes.length * 30);
  const svg = d3.select("#sankey").attr("viewBox", `0 0 ${width} ${height}`).attr("height", height);
  svg.selectAll("*").remove();
  $("#sankey-total").textContent = data.total > 0
    ? `${amount(data.total, data.unit)} enter the park from outside` : "";

  const layout = d3.sankey().nodeId((d) => d.id).nodeWidth(12).nodePadding(16)
    .nodeSort(null).extent([[4, 8], [width - 4, height - 8]]);
  const graph = layout(sankeyGraph(data));

  svg.append("g").selectAll("path").data(graph.links).join("path")
    .attr("class", "link")
    .attr("d", d3.sankeyLinkHorizontal())
    .attr("stroke", (d) => carrierColour(d.carrier))
    .attr("stroke-width", (d) => Math.max(1, d.width))
    .attr("data-source", (d) => d.source.node)
    .attr("data-target", (d) => d.target.node)
    .attr("data-carrier", (d) => d.carrier)
    .attr("data-value", (d) => d.value)
    .attr("data-unit", (d) => d.unit)
    .attr("aria-label", (d) => linkText(d))
    .on("mousemove", (event, d) => tooltip(event, linkText(d)))
    .on("mouseleave", () => tooltip())
    .append("title").text((d) => linkText(d));

  const node = svg.append("g").selectAll("g").data(graph.nodes).join("g")
    .attr("class", "node")
    .attr("data-node", (d) => d.node);
  node.append("rect")
    .attr("x", (d) => d.x0).attr("y", (d) => d.y0)
    .attr("width", (d) => d.x1 - d.x0).attr("height", (d) => Math.max(1, d.y1 - d.y0))
    .attr("fill", (d) => d.kind === "boundary" ? "#9aa8b6" : "#16324f")
    .append("title").text((d) => `${d.name}: ${exact(d.value, data.unit)}`);
  node.append("text")
    .attr("x", (d) => d.x0 < width / 2 ? d.x1 + 6 : d.x0 - 6)
    .attr("y", (d) => (d.y0 + d.y1) / 2)
    .attr("dy", "0.35em")
    .attr("text-anchor", (d) => d.x0 < width / 2 ? "start" : "end")
    .text((d) => `${short(d.label)} · ${amount(d.value, data.unit)}`);
}

// Labels sit between the columns: long names are cut, the full name is in the node's title.
function short(label) {
  return label.length > 34 ? `${label.slice(0, 32).trimEnd()}…` : label;
}

function linkText(d) {
  return `${d.source.label} → ${d.target.label}: ${d.carrier}, ` +
    `${amount(d.value, d.unit)} (${exact(d.value, d.unit)})`;
}

function tooltip(event, text) {
  const tip = $("#tooltip");
  if (!event) {
    tip.hidden = true;
    return;
  }
  tip.hidden = false;
  tip.textContent = text;
  tip.style.left = `${event.clientX + 12}px`;
  tip.style.top = `${event.clientY + 12}px`;
}

// ---- Indicators ---------------------------------------------------------------------------

function badge(met) {
  if (met === true) return `<span class="badge met">met</span>`;
  if (met === false) return `<span class="badge unmet">not met</span>`;
  return `<span class="badge unknown">n/a</span>`;
}

const given = (indicator) => indicator.basis === "given" ? " · recorded fact" : "";

const unitOf = (indicator) => indicator.value === null ? ""
  : `<span class="unit">${esc(unitText(indicator.unit))}</span>`;

async function loadIndicators() {
  const data = await api(`${scenarioPath(state.scenario.id)}/indicators`);
  const rows = data.indicators.map((i) => `<tr data-number="${i.number}">
      <td>${i.number}</td>
      <td>${esc(i.name)}<div class="muted">standard ${esc(i.standard)}${given(i)}</div></td>
      <td class="num">${number(i.value)}${unitOf(i)}</td>
      <td class="num">${i.target === null ? "–" : number(i.target)}</td>
      <td>${badge(i.met)}</td></tr>`).join("");
  $("#indicators tbody").innerHTML = rows;
  const met = data.indicators.filter((i) => i.met === true).length;
  const known = data.indicators.filter((i) => i.met !== null).length;
  $("#indicator-summary").textContent = `${met} of ${known} assessed indicators met (run ${data.run})`;
}

// ---- Topology graph -----------------------------------------------------------------------

const kindColours = {
  boundary: "#9aa8b6", chp: "#d1495b", "heating-plant": "#e07a5f", wwtp: "#3d9970",
  "reclaimed-water-plant": "#2a9d8f", "water-works": "#2f7fc1", "water-pipeline": "#7fb3de",
  "heat-pipeline": "#f4a261", "heat-exchange-station": "#e9c46a", enterprise: "#16324f",
  swro: "#5e60ce", med: "#7400b8",
};

async function loadTopology(id) {
  try {
    state.topology = await api(`${scenarioPath(id)}/topology`);
  } catch (error) {
    state.topology = null;
    $("#graph").textContent = error.message;
    return;
  }
  fillQuantities();
  drawGraph(state.topology);
}

function drawGraph(topology) {
  const seen = new Set();
  const edges = topology.connections.filter((c) => {
    const key = `${c.from}>${c.to}>${c.carrier}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).map((c) => ({
    data: { id: `${c.from}>${c.to}>${c.carrier}`, source: c.from, target: c.to, carrier: c.carrier,
      colour: carrierColour(c.carrier) },
  }));
  const nodes = topology.nodes.map((n) => ({
    data: { id: n.id, label: n.label, kind: n.kind, colour: kindColours[n.kind] || "#555" },
  }));

  const graph = cytoscape({
    container: $("#graph"),
    elements: { nodes, edges },
    wheelSensitivity: 0.2,
    style: [
      { selector: "node", style: {
        "background-color": "data(colour)", label: "data(label)", "font-size": 9, "text-wrap": "wrap",
        "text-max-width": 90, "text-valign": "bottom", "text-margin-y": 2, width: 14, height: 14,
        color: "#1d2733", "text-outline-color": "#fff", "text-outline-width": 2 } },
      { selector: "node[kind = 'boundary']", style: { shape: "round-rectangle", width: 18, height: 10 } },
      { selector: "edge", style: {
        width: 1.2, "line-color": "data(colour)", "target-arrow-color": "data(colour)",
        "target-arrow-shape": "triangle", "arrow-scale": 0.6, "curve-style": "bezier", opacity: 0.7 } },
      { selector: ":selected", style: { "border-width": 3, "border-color": "#f4a261" } },
    ],
    // Layers from the world outside inwards: supplies on top, users below, sinks at the bottom.
    layout: { name: "breadthfirst", directed: true, padding: 12, spacingFactor: 1.1, avoidOverlap: true,
      roots: topology.nodes.filter((n) => !topology.connections.some((c) => c.to === n.id)).map((n) => n.id) },
  });
  graph.on("tap", "node", (event) => showNode(topology.nodes.find((n) => n.id === event.target.id())));

  const kinds = [...new Set(topology.nodes.map((n) => n.kind))];
  const carriers = Object.entries(carrierColours);
  $("#legend").innerHTML = kinds.map((k) => `<span style="--swatch:${kindColours[k] || "#555"}">${esc(k)}</span>`)
    .join("") +
    carriers.map(([k, c]) => `<span style="--swatch:${c}">${k} flow</span>`).join("");
}

function showNode(node) {
  if (!node) return;
  const rows = node.parameters.map((p) => `<tr><td>${esc(p.name)}</td><td class="num">${esc(p.text)}</td>` +
    `<td class="num">${number(p.value)} <span class="unit">${esc(unitText(p.unit))}</span></td>` +
    `<td title="${esc(p.reference)}">${esc(p.source)}</td></tr>`).join("");
  $("#node-detail").innerHTML = `<strong>${esc(node.name)}</strong> · ${esc(node.kind)}` +
    (rows ? `<table><thead><tr><th>Parameter</th><th class="num">As written</th><th class="num">Value</th>` +
      `<th>Source</th></tr></thead><tbody>${rows}</tbody></table>` : "");
}

// ---- Comparison ---------------------------------------------------------------------------

async function compare() {
  const a = $("#compare-a").value;
  const b = $("#compare-b").value;
  try {
    const data = await api(`/api/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`);
    drawComparison(data);
  } catch (error) {
    $("#compare-note").textContent = error.message;
    $("#compare-totals tbody").innerHTML = "";
    $("#compare-indicators tbody").innerHTML = "";
  }
}

// Up is red and down green: most totals are resources used or emissions.
function delta(value, unit) {
  if (value === null || value === undefined) return "–";
  const sign = value > 0 ? "+" : "";
  const css = value > 0 ? "up" : value < 0 ? "down" : "";
  const text = unit === undefined ? `${sign}${number(value)}` : `${sign}${amount(value, unit)}`;
  return `<span class="${css}">${text}</span>`;
}

function percent(relative) {
  if (relative === null || relative === undefined) return "–";
  const sign = relative > 0 ? "+" : "";
  return `${sign}${(relative * 100).toLocaleString("en-US", { maximumFractionDigits: 1 })} %`;
}

function drawComparison(data) {
  $("#compare-note").textContent = `A: ${data.a.scenario} (run ${data.a.run}, ${data.a.year}) · ` +
    `B: ${data.b.scenario} (run ${data.b.run}, ${data.b.year})`;
  $("#compare-totals tbody").innerHTML = data.totals.map((t) => `<tr data-total="${esc(t.name)}">
      <td>${esc(t.name.replace(/_(t|gj|mwh|10k_cny)$/, "").replaceAll("_", " "))}</td>
      <td class="num">${amount(t.a, t.unit)}</td><td class="num">${amount(t.b, t.unit)}</td>
      <td class="num">${delta(t.delta, t.unit)}</td><td class="num">${percent(t.relative)}</td></tr>`).join("");
  $("#compare-indicators tbody").innerHTML = data.indicators.map((i) => `<tr>
      <td>${i.number}. ${esc(i.name)} <span class="unit">${unitText(i.unit)}</span></td>
      <td class="num">${number(i.a)}</td><td class="num">${number(i.b)}</td>
      <td class="num">${delta(i.delta)}</td><td class="flags">${badge(i.met_a)} ${badge(i.met_b)}</td></tr>`).join("");
}

// ---- Start ----------------------------------------------------------------------------------

async function start() {
  $("#scenario").addEventListener("change", selectScenario);
  $("#quantity").addEventListener("change", loadSankey);
  $("#run").addEventListener("click", run);
  $("#compare").addEventListener("click", compare);
  try {
    await loadScenarios();
    await selectScenario();
    if (pickComparison()) await compare();
  } catch (error) {
    $("#status").textContent = `cannot reach the twin: ${error.message}`;
    $("#status").className = "failed";
  }
  document.body.dataset.ready = "true";
}

window.addEventListener("DOMContentLoaded", start);
