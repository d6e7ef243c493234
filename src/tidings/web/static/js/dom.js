// Building DOM from untrusted data: text only ever goes through textContent / createTextNode.
// Attributes are set one by one; event handlers and non-local links are refused.

const SVG_NS = "http://www.w3.org/2000/svg";

function safeHref(value) {
  const v = String(value);
  return v.startsWith("#") || (v.startsWith("/") && !v.startsWith("//")) ? v : "#";
}

function apply(node, props) {
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.setAttribute("class", value);
    else if (key === "text") node.textContent = String(value);
    else if (key === "on") for (const [ev, fn] of Object.entries(value)) node.addEventListener(ev, fn);
    else if (key === "style") for (const [k, v] of Object.entries(value)) node.style.setProperty(k, String(v));  // CSSOM, allowed by the CSP
    else if (key === "data") for (const [k, v] of Object.entries(value)) node.dataset[k] = String(v);
    else if (key.startsWith("on")) throw new Error("inline handlers are not allowed: " + key);
    else if (key === "href") node.setAttribute("href", safeHref(value));
    else node.setAttribute(key, String(value));
  }
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function h(tag, props, ...children) {
  return append(apply(document.createElement(tag), props), children);
}

export function s(tag, props, ...children) {
  return append(apply(document.createElementNS(SVG_NS, tag), props), children);
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function fmt(value, digits = 2) {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : value.toFixed(digits);
  return String(value);
}

// A table of label → value pairs.
export function fields(pairs) {
  return h("dl", { class: "fields" },
    pairs.filter(([, v]) => v !== undefined).map(([k, v]) => [h("dt", { text: k }), h("dd", {}, v instanceof Node ? v : fmt(v))]));
}

// The same hue dark enough for text on white (contrast above 4.5:1).
export function goldsteinInk(g) {
  if (g === null || g === undefined) return "#555";
  return goldsteinColor(g).replace(/\d+/g, (v) => String(Math.round(Number(v) * 0.55)));
}

export function goldsteinColor(g) {
  if (g === null || g === undefined) return "#888";
  const t = Math.max(-1, Math.min(1, g / 10));
  // red (conflict) through grey to green (cooperation)
  const r = t < 0 ? 200 : Math.round(200 - 150 * t);
  const gr = t > 0 ? 150 : Math.round(150 + 20 * t);
  const b = Math.round(120 - 40 * Math.abs(t));
  return `rgb(${r},${gr},${b})`;
}
