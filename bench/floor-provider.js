/**
 * The engine's floor: a dynamic provider that does nothing and answers at once. The every-kind benchmark
 * declares the same resources over it as over pulumi-frontegg, with a `__provider` as small as ours (one line that
 * requires this file), so what its phases take is the engine's own cost for that many resources of that state.
 * Plain JavaScript: the dynamic provider plugin requires it as it is.
 */
let created = 0;

module.exports = {
  check: async (_olds, news) => ({ inputs: news }),
  diff: async () => ({ changes: false }),
  create: async (inputs) => ({ id: `floor-${process.pid}-${(created += 1)}`, outs: inputs }),
  // The inputs too, as ours returns them: otherwise every refresh leaves a diff behind.
  read: async (id, props) => ({ id, props, inputs: props }),
  update: async (_id, _olds, news) => ({ outs: news }),
  delete: async () => undefined,
};
