using System.Collections.Generic;
using System.Linq;
using Adcme.Generators.Model;

namespace Adcme.Generators.Analysis
{
    /// <summary>A variable is stable when it holds one value for the whole run: a parameter never assigned,
    /// a variable assigned once outside every loop, or a variable assigned by a single pure instruction of
    /// stable operands (a loop invariant such as -stiffness, recomputed each iteration to the same value). The adjoint reads stable values directly; every other
    /// value it needs is pushed on the tape in the forward sweep and popped in the reverse sweep.</summary>
    internal sealed class StabilityAnalysis
    {
        private readonly bool[] _stable;

        public StabilityAnalysis(IReadOnlyList<VariableModel> variables, EquatableArray<Statement> body)
        {
            var assignments = new int[variables.Count];
            var definition = new Instruction?[variables.Count];
            var inLoop = new bool[variables.Count];
            foreach (var variable in variables)
            {
                if (variable.Role == VariableRole.Parameter) assignments[variable.Id] = 1;
            }
            foreach (var (instruction, depth) in IrWalker.Instructions(body))
            {
                if (instruction.Target < 0) continue;
                assignments[instruction.Target]++;
                definition[instruction.Target] = instruction;
                if (depth > 0) inLoop[instruction.Target] = true;
            }
            _stable = new bool[variables.Count];
            for (var i = 0; i < variables.Count; i++) _stable[i] = assignments[i] <= 1 && !inLoop[i];
            bool changed;
            do
            {
                changed = false;
                for (var i = 0; i < variables.Count; i++)
                {
                    if (_stable[i] || assignments[i] != 1 || definition[i] is not Instruction only || !IsPure(only)) continue;
                    if (only.Args.All(a => !a.IsVariable || _stable[a.Variable]))
                    {
                        _stable[i] = true;
                        changed = true;
                    }
                }
            }
            while (changed);
        }

        /// <summary>Operations whose result depends only on their operands (not on array contents or identity, nor on
        /// state: an ordered primitive called again with the same operands may return something else).</summary>
        private static bool IsPure(Instruction instruction) => instruction.Effect == Effect.Pure
            && instruction.Op != OpCode.ArrayNew && instruction.Op != OpCode.ArrayLoad && instruction.Op != OpCode.ArrayStore
            && !(instruction.Op == OpCode.Primitive && instruction.Args.Any(a => a.Kind == ValueKind.DoubleArray));

        public bool IsStable(int variable) => _stable[variable];
    }
}
