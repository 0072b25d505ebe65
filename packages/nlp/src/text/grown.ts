/**
 * A copy of `a` in a new array of the same kind with `size` elements. The analyzers keep their
 * scratch arrays from message to message and grow them when a message is longer than any before.
 */
export function grown<A extends Int32Array | Float64Array | Uint8Array>(a: A, size: number): A {
  const larger = new (a.constructor as new (length: number) => A)(size);
  larger.set(a);
  return larger;
}
