/** A calculator result: a number, or the code of the reason there is none (shown as "—" + hint). */
export type Value<M extends string> = { value: number } | { missing: M };
