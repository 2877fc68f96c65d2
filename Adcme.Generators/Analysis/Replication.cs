using System.Collections.Generic;
using System.Linq;
using Adcme.Generators.Model;
using Adcme.Generators.Parsing;

namespace Adcme.Generators.Analysis
{
    /// <summary>Which values are the same on every rank, for the global-objective convention of <c>M_Gradient</c>: a
    /// result that is the same on every rank (from AllreduceSum, say) counts once, a rank-local one is summed over
    /// ranks (DESIGN.md, Communication). The answer is by provenance, never by comparing values (a rank-local value
    /// may happen to be equal everywhere). Each value gets a mask: bit i set means "the same on every rank only if
    /// parameter i is", <see cref="Local"/> means "may differ between ranks whatever the parameters". Outputs of
    /// AllreduceSum/Min/Max, Broadcast and Allgather are the same everywhere; comm.Rank, ReduceSum, Gather, Scatter,
    /// point-to-point and other ordered operations are rank-local; everything else combines its operands' masks, and
    /// a value assigned under a branch or loop also takes its condition's (ranks may take different paths).</summary>
    internal static class Replication
    {
        public const ulong Local = 1UL << 63;

        /// <summary>The collectives whose result is the same on every rank, whatever their arguments.</summary>
        private static readonly HashSet<string> Replicating = new HashSet<string> { "Broadcast", "AllreduceSum", "AllreduceMin", "AllreduceMax", "Allgather" };

        /// <summary>Whether the method communicates: a parameter that is a communicator, or a call whose callee takes one.</summary>
        public static bool Communicates(MethodModel model)
            => model.Parameters.Any(p => p.Kind == ValueKind.Opaque && Kinds.IsCommunicatorTypeName(p.TypeName));

        /// <summary>The mask of the method's result, parameters numbered in declaration order.</summary>
        public static ulong OfResult(MethodModel model)
        {
            var state = new ulong[model.Variables.Count];
            for (var i = 0; i < model.Parameters.Count; i++)
            {
                state[model.Parameters[i].Variable] = i < 63 ? 1UL << i : Local;
            }
            var aliases = new ArrayAliases(model.Variables, model.Body);
            state = Block(model.Body, state, 0, model.Variables, aliases);
            return state[model.ResultVariable];
        }

        /// <summary>Whether the result, with rank-local parameters (each rank passes its own), is the same on every rank.</summary>
        public static bool ResultIsReplicated(MethodModel model) => Communicates(model) && OfResult(model) == 0;

        private static ulong[] Block(EquatableArray<Statement> statements, ulong[] state, ulong control, IReadOnlyList<VariableModel> variables, ArrayAliases aliases)
        {
            foreach (var statement in statements)
            {
                switch (statement)
                {
                    case Instruction instruction:
                        Step(instruction, state, control, variables, aliases);
                        break;
                    case IfStatement branch:
                        {
                            var inner = control | Mask(branch.Condition, state);
                            var then = Block(branch.Then, (ulong[])state.Clone(), inner, variables, aliases);
                            var otherwise = Block(branch.Else, (ulong[])state.Clone(), inner, variables, aliases);
                            for (var v = 0; v < state.Length; v++) state[v] = then[v] | otherwise[v];
                            break;
                        }
                    case LoopStatement loop:
                        {
                            // Iterate to a fixed point: masks only grow, and there are finitely many.
                            while (true)
                            {
                                var before = (ulong[])state.Clone();
                                var afterCondition = Block(loop.Condition, (ulong[])state.Clone(), control, variables, aliases);
                                var inner = control | Mask(loop.ConditionValue, afterCondition);
                                var afterBody = Block(loop.Body, (ulong[])afterCondition.Clone(), inner, variables, aliases);
                                var changed = false;
                                for (var v = 0; v < state.Length; v++)
                                {
                                    var joined = before[v] | afterCondition[v] | afterBody[v];
                                    if (joined != state[v]) changed = true;
                                    state[v] = joined;
                                }
                                if (!changed) break;
                            }
                            // Every variable the loop writes also depends on how many times it ran.
                            var trips = Mask(loop.ConditionValue, state);
                            foreach (var (instruction, _) in IrWalker.Instructions(loop.Body).Concat(IrWalker.Instructions(loop.Condition)))
                            {
                                var written = Written(instruction, aliases);
                                if (written >= 0) state[written] |= trips | control;
                            }
                            break;
                        }
                }
            }
            return state;
        }

        private static int Written(Instruction instruction, ArrayAliases aliases)
            => instruction.Op == OpCode.ArrayStore
                ? (instruction.Args[0].IsVariable ? aliases.Root(instruction.Args[0].Variable) : -1)
                : instruction.Target;

        private static ulong Mask(Operand operand, ulong[] state) => operand.IsVariable ? state[operand.Variable] : 0;

        private static void Step(Instruction instruction, ulong[] state, ulong control, IReadOnlyList<VariableModel> variables, ArrayAliases aliases)
        {
            var operands = control;
            foreach (var arg in instruction.Args)
            {
                if (!arg.IsVariable) continue;
                // An array's contents: what was ever stored into any name of it.
                operands |= state[arg.Variable] | (arg.Kind == ValueKind.DoubleArray ? state[aliases.Root(arg.Variable)] : 0);
            }
            ulong result;
            switch (instruction.Op)
            {
                case OpCode.ArrayStore:
                    // Elements are written one at a time: the array keeps what it held (a weak update).
                    if (instruction.Args[0].IsVariable) state[aliases.Root(instruction.Args[0].Variable)] |= operands;
                    return;
                case OpCode.Member:
                    result = instruction.Name == "Size" && IsCommunicator(variables, instruction.Args[0]) ? control
                        : instruction.Name == "Rank" && IsCommunicator(variables, instruction.Args[0]) ? Local
                        : operands;
                    break;
                case OpCode.Primitive when instruction.Call!.Instance && IsCommunicator(variables, instruction.Args[0]):
                    result = Replicating.Contains(instruction.Call.Name) ? control : Local;
                    break;
                case OpCode.Primitive when instruction.Call!.Ordered:
                    // State or effects: its result may differ between ranks whatever its arguments.
                    result = Local;
                    break;
                case OpCode.Call when instruction.Call!.Replication is ulong callee:
                    if ((callee & Local) != 0)
                    {
                        result = Local;
                        break;
                    }
                    result = control;
                    for (var j = 0; j < instruction.Args.Count && j < 63; j++)
                    {
                        if ((callee & (1UL << j)) != 0 && instruction.Args[j].IsVariable) result |= Mask(instruction.Args[j], state);
                    }
                    break;
                default:
                    result = operands;
                    break;
            }
            if (instruction.Target >= 0) state[instruction.Target] = result;
        }

        private static bool IsCommunicator(IReadOnlyList<VariableModel> variables, Operand operand)
            => operand.IsVariable && Kinds.IsCommunicatorTypeName(variables[operand.Variable].TypeName);
    }
}
