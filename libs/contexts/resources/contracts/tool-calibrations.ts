/**
 * What the production context may ask about calibrated tools (DOMAIN rule 10, 145.A.40). Plain shapes only.
 * Provided by `ResourcesContractsModule` while the resources context is on; inject with `@Optional()`, 503 when absent.
 */
export const TOOL_CALIBRATIONS = Symbol('TOOL_CALIBRATIONS');

export type ToolCalibrationAnswer =
  | { readonly valid: true; readonly calibrationDueOn: string; readonly certificateRef: string }
  | { readonly valid: false; readonly rule: string; readonly detail: string };

/** `lastGoodCalibrationOn` (null: never calibrated) bounds the report of the work that used the tool. */
export interface ToolOutOfToleranceFinding {
  readonly foundOn: string;
  readonly note: string;
  readonly lastGoodCalibrationOn: string | null;
}

export type ToolOutOfToleranceAnswer = { readonly known: false } | { readonly known: true; readonly finding?: ToolOutOfToleranceFinding };

export interface ToolCalibrations {
  /**
   * Could the tool be used for work done on `on` (Europe/Paris `YYYY-MM-DD`)? Judged as of that day, from the tool's
   * stream: a later calibration does not validate earlier work; a later out-of-tolerance finding does not invalidate it.
   * Rule codes: `resources.tool-not-found`, `…tool-not-calibrated`, `…tool-calibration-overdue`, `…tool-out-of-tolerance`,
   * `…tool-withdrawn`.
   */
  calibrationOn(toolId: string, on: string): Promise<ToolCalibrationAnswer>;

  /** The latest out-of-tolerance finding recorded on the tool (none when never found out of tolerance), folded now. */
  lastOutOfTolerance(toolId: string): Promise<ToolOutOfToleranceAnswer>;
}
