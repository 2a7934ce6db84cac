/** A clock the test moves by hand; `now` is what the backend is given as its clock. */
export interface FakeClock {
  now: () => Date;
  set: (at: string | Date) => void;
  advance: (ms: number) => void;
  iso: () => string;
}

export function fakeClock(start: string): FakeClock {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set: (at) => {
      t = new Date(at).getTime();
    },
    advance: (ms) => {
      t += ms;
    },
    iso: () => new Date(t).toISOString(),
  };
}
