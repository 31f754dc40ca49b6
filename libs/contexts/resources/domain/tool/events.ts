/**
 * Stored contracts (ARCHITECTURE rule 5): never reshape a type, add a schemaVersion and an upcaster.
 * Dates named `…On` are Europe/Paris business dates (YYYY-MM-DD); `…At` are UTC instants; `by` is the actor.
 */

export type ToolRegistered = {
  readonly type: 'resources.ToolRegistered';
  readonly data: {
    readonly toolId: string;
    readonly description: string;
    readonly calibrationIntervalDays: number;
    readonly serialNumber?: string;
    readonly model?: string;
    readonly by: string;
    readonly registeredAt: string;
  };
};

/** A calibration found in tolerance: usable through `dueOn` (performedOn + the interval in force). */
export type ToolCalibrated = {
  readonly type: 'resources.ToolCalibrated';
  readonly data: {
    readonly toolId: string;
    readonly performedOn: string;
    readonly certificateRef: string;
    readonly dueOn: string;
    readonly by: string;
    readonly recordedAt: string;
  };
};

/**
 * Found out of tolerance (at calibration or in use). `lastGoodCalibrationOn` (null: never calibrated) bounds the
 * report of every task that used the tool since then.
 */
export type ToolFoundOutOfTolerance = {
  readonly type: 'resources.ToolFoundOutOfTolerance';
  readonly data: {
    readonly toolId: string;
    readonly foundOn: string;
    readonly note: string;
    readonly lastGoodCalibrationOn: string | null;
    readonly by: string;
    readonly recordedAt: string;
  };
};

export type ToolWithdrawn = {
  readonly type: 'resources.ToolWithdrawn';
  readonly data: { readonly toolId: string; readonly withdrawnOn: string; readonly reason: string; readonly by: string; readonly recordedAt: string };
};

export type ToolReturnedToService = {
  readonly type: 'resources.ToolReturnedToService';
  readonly data: { readonly toolId: string; readonly returnedOn: string; readonly reason: string; readonly by: string; readonly recordedAt: string };
};

export type ToolEvent = ToolRegistered | ToolCalibrated | ToolFoundOutOfTolerance | ToolWithdrawn | ToolReturnedToService;

const toolEventTypes = {
  'resources.ToolRegistered': true,
  'resources.ToolCalibrated': true,
  'resources.ToolFoundOutOfTolerance': true,
  'resources.ToolWithdrawn': true,
  'resources.ToolReturnedToService': true,
} satisfies Record<ToolEvent['type'], true>;

export const TOOL_EVENT_TYPES = Object.keys(toolEventTypes) as readonly ToolEvent['type'][];
