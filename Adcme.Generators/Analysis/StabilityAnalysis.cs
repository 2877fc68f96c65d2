using System.Collections.Generic;
using Adcme.Generators.Model;

namespace Adcme.Generators.Analysis
{
    /// <summary>A variable is stable when it holds one value for the whole run: a parameter never assigned,
    /// or a variable assigned once outside every loop. The adjoint reads stable values directly; every other
    /// value it needs is pushed on the tape in the forward sweep and popped in the reverse sweep.</summary>
    internal sealed class StabilityAnalysis
    {
        private readonly bool[] _stable;

        public StabilityAnalysis(IReadOnlyList<VariableModel> variables, EquatableArray<Statement> body)
        {
            var assignments = new int[variables.Count];
            var inLoop = new bool[variables.Count];
            foreach (var variable in variables)
            {
                if (variable.Role == VariableRole.Parameter) assignments[variable.Id] = 1;
            }
            foreach (var (instruction, depth) in IrWalker.Instructions(body))
            {
                if (instruction.Target < 0) continue;
                assignments[instruction.Target]++;
                if (depth > 0) inLoop[instruction.Target] = true;
            }
            _stable = new bool[variables.Count];
            for (var i = 0; i < variables.Count; i++) _stable[i] = assignments[i] <= 1 && !inLoop[i];
        }

        public bool IsStable(int variable) => _stable[variable];
    }
}
