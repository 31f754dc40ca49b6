/** Injection tokens shared by every Nest module. */
export const EVENT_STORE = Symbol('EVENT_STORE');
export const READ_DATA_SOURCE = Symbol('READ_DATA_SOURCE');
export const APP_CONFIG = Symbol('APP_CONFIG');
export const CLOCK = Symbol('CLOCK');
export const ID_GENERATOR = Symbol('ID_GENERATOR');
export const UPCASTERS = Symbol('UPCASTERS');
