/** JSON safe to inline in a <script type="application/json"> block (no "</script>" break-out). */
export function inlineJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
