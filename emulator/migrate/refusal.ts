// MigrationRefused: the one error migration throws for everything it will not translate (a
// dangling pointer, a union holding a pointer, an address kept in an integer, a value that does not
// fit the target, a state from another program, a malformed state). The message names the
// reason, the variable and the frame, so a user can act on it; the source process is untouched.

export class MigrationRefused extends Error {
  constructor(
    readonly reason: string,
    readonly variable?: string,
    readonly frame?: string,
  ) {
    super(refusalMessage(reason, variable, frame));
    this.name = 'MigrationRefused';
  }
}

function refusalMessage(reason: string, variable?: string, frame?: string): string {
  let where = '';
  if (variable) where += ` variable '${variable}'`;
  if (frame) where += `${variable ? ' in' : ''} frame ${frame}`;
  return `migration refused:${where ? where + ':' : ''} ${reason}`;
}

/** Where a value being translated lives, for refusal messages. */
export interface Where { variable: string; frame: string }

export function refuse(reason: string, where?: Where): never {
  throw new MigrationRefused(reason, where?.variable, where?.frame);
}
