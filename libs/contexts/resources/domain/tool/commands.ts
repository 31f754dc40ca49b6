/** Commands on one tool (`tool-<toolId>`): `at` is the UTC time the handler stamped, `by` the actor; `…On` are YYYY-MM-DD. */
interface Stamp {
  readonly toolId: string;
  readonly by: string;
  readonly at: string;
}

export interface CalibrationRecord {
  readonly performedOn: string;
  readonly certificateRef: string;
}

export type ToolCommand =
  | (Stamp & {
      readonly type: 'RegisterTool';
      readonly description: string;
      readonly calibrationIntervalDays: number;
      readonly serialNumber?: string;
      readonly model?: string;
      /** The calibration on file when the tool enters the register, if any. */
      readonly lastCalibration?: CalibrationRecord;
    })
  | (Stamp & CalibrationRecord & { readonly type: 'RecordCalibration' })
  | (Stamp & { readonly type: 'RecordOutOfTolerance'; readonly foundOn: string; readonly note: string })
  | (Stamp & { readonly type: 'WithdrawTool'; readonly withdrawnOn: string; readonly reason: string })
  | (Stamp & { readonly type: 'ReturnToolToService'; readonly returnedOn: string; readonly reason: string });
