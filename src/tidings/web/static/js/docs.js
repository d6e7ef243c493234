// A small reader for /openapi.json (served locally, no CDN).
import { h } from "./dom.js";

function schemaText(schema) {
  if (!schema) return "";
  const options = schema.anyOf ? schema.anyOf.filter((x) => x.type !== "null") : [schema];
  return options.map((o) => {
    const bits = [o.type || (o.$ref ? o.$ref.split("/").pop() : "")];
    if (o.enum) bits.push("one of " + o.enum.join(", "));
    if (o.pattern) bits.push("pattern " + o.pattern);
    if (o.minimum !== undefined) bits.push("≥ " + o.minimum);
    if (o.maximum !== undefined) bits.push("≤ " + o.maximum);
    return bits.join("; ");
  }).join(" | ") + (schema.default !== undefined && schema.default !== null ? ` (default ${schema.default})` : "");
}

async function main() {
  const spec = await (await fetch("/openapi.json")).json();
  const root = document.getElementById("view");
  root.append(h("h1", { text: `${spec.info.title} API ${spec.info.version}` }), h("p", { text: spec.info.summary || "" }),
    h("p", { text: "Errors are JSON: {\"status\", \"message\"} and, for invalid parameters (422), the \"field\". POST /api/articles needs Authorization: Bearer <token> and is off unless the server has a token." }));
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const params = op.parameters || [];
      root.append(h("section", { class: "endpoint" },
        h("h2", {}, h("span", { class: "method " + method, text: method.toUpperCase() }), " ", h("code", { text: path })),
        h("p", { text: op.description || op.summary || "" }),
        params.length ? h("table", { class: "grid" }, h("thead", {}, h("tr", {}, ["parameter", "in", "required", "schema", "description"].map((c) => h("th", { text: c })))),
          h("tbody", {}, params.map((p) => h("tr", {}, h("td", {}, h("code", { text: p.name })), h("td", { text: p.in }), h("td", { text: p.required ? "yes" : "" }),
            h("td", { text: schemaText(p.schema) }), h("td", { text: p.description || (p.schema && p.schema.description) || "" }))))) : null,
        op.requestBody ? h("p", { class: "muted", text: "JSON body: " + Object.keys(op.requestBody.content || {}).join(", ") }) : null));
    }
  }
}
main();
