/** One stream per calibrated tool: `tool-<toolId>`, the tool's own identification code (e.g. `TQW-0042`). */
export const TOOL_CATEGORY = 'tool';

export function toolStreamId(toolId: string): string {
  return `${TOOL_CATEGORY}-${toolId}`;
}
