/**
 * A stable number per reducer object, for replica keys: replicas are shared per reducer, because two stores with
 * different reducers over one view hold different states.
 * @internal Used by the sync client.
 */
const reducerIds = new WeakMap<object, number>();
let nextReducerId = 1;

export function reducerId(reducer: object): number {
  let id = reducerIds.get(reducer);
  if (id === undefined) {
    id = nextReducerId++;
    reducerIds.set(reducer, id);
  }
  return id;
}
