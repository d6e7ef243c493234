// Fetching JSON from the API; errors carry the server's message.

export class ApiError extends Error {
  constructor(status, message, field) {
    super(message);
    this.status = status;
    this.field = field;
  }
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== "") q.set(k, v);
  const text = q.toString();
  return text ? "?" + text : "";
}

export async function get(path, params) {
  const response = await fetch(path + query(params), { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({ status: response.status, message: response.statusText }));
  if (!response.ok) throw new ApiError(response.status, body.message || response.statusText, body.field);
  return body;
}
