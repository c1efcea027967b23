// COMPAT(node-20): Vitest 5's reporter calls Map.groupBy (Node >= 21) when it prints failures.
// Loaded with `node --import` by the unit-test script so a failing run still shows what failed.
if (typeof Map.groupBy !== 'function') {
  Map.groupBy = (items, key) => {
    const groups = new Map();
    let index = 0;
    for (const item of items) {
      const k = key(item, index++);
      const group = groups.get(k);
      if (group) group.push(item); else groups.set(k, [item]);
    }
    return groups;
  };
}
if (typeof Object.groupBy !== 'function') {
  Object.groupBy = (items, key) => Object.fromEntries(Map.groupBy(items, key));
}
