// Public surface of migration: capture a stopped machine into the canonical state
// (`shuttle.canonical/1`), validate a state read from anywhere, check it belongs to an image's
// program, and restore it on any ISA's image as a new machine. MigrationRefused is the one error.

export { capture } from './capture';
export { restore, checkProgram } from './restore';
export { validateState, CANONICAL_FORMAT } from './canonical';
export type { CanonicalState, CanonicalFrame, CanonicalObject, CanonicalValue, CanonicalLocal, CanonicalTemp, NamedValue, CaptureReason, PathStep } from './canonical';
export { MigrationRefused } from './refusal';
