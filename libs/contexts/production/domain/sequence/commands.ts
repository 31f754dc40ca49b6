/** `at` is the UTC time the handler stamped, `by` the authenticated actor. */
export type SequenceCommand = {
  readonly type: 'AllocateNumber';
  readonly sequenceName: string;
  readonly allocatedTo: string;
  readonly by: string;
  readonly at: string;
};
