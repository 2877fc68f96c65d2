using System.Collections.Generic;
using System.Linq;
using Adcme.Generators.Model;
using Adcme.Generators.Parsing;

namespace Adcme.Generators.Analysis
{
    /// <summary>Activity analysis: a variable is active when it depends on a differentiated input (varied)
    /// and the result depends on it (useful). Only active values get tangent and adjoint code. The analysis
    /// is flow-insensitive (a fixpoint over all assignments), which is conservative and cheap. Arrays that
    /// alias through reference copies share one activity.</summary>
    internal sealed class ActivityAnalysis
    {
        private readonly IReadOnlyList<VariableModel> _variables;
        private readonly ArrayAliases _aliases;
        private readonly bool[] _varied;
        private readonly bool[] _useful;

        public ActivityAnalysis(IReadOnlyList<VariableModel> variables, IEnumerable<ParameterModel> parameters, EquatableArray<Statement> body, int resultVariable)
        {
            _variables = variables;
            var count = variables.Count;
            _aliases = new ArrayAliases(variables, body);
            _varied = new bool[count];
            _useful = new bool[count];
            var instructions = IrWalker.Instructions(body).Select(i => i.Instruction).ToList();

            foreach (var parameter in parameters)
            {
                if (parameter.Differentiable) _varied[Root(parameter.Variable)] = true;
            }
            if (resultVariable >= 0) _useful[resultVariable] = true;

            bool changed;
            do
            {
                changed = false;
                foreach (var instruction in instructions) changed |= PropagateVaried(instruction);
            }
            while (changed);
            do
            {
                changed = false;
                foreach (var instruction in instructions) changed |= PropagateUseful(instruction);
            }
            while (changed);
        }

        public bool IsActive(int variable)
            => variable >= 0 && _variables[variable].Kind.IsDifferentiable() && _varied[Root(variable)] && _useful[Root(variable)];

        public bool IsActive(Operand operand) => operand.IsVariable && IsActive(operand.Variable);

        /// <summary>Whether a value depends on a differentiated input (whether or not the result depends on it).</summary>
        public bool IsVaried(Operand operand)
            => operand.IsVariable && _variables[operand.Variable].Kind.IsDifferentiable() && _varied[Root(operand.Variable)];

        /// <summary>Whether the result depends on a variable's value.</summary>
        public bool IsUseful(int variable) => variable >= 0 && _useful[Root(variable)];

        /// <summary>An instruction gets derivative code when it writes an active variable or array.</summary>
        public bool IsActive(Instruction instruction)
            => instruction.Op == OpCode.ArrayStore ? IsActive(instruction.Args[0]) : IsActive(instruction.Target);

        /// <summary>Whether the result of <paramref name="instruction"/> can depend on argument <paramref name="index"/>
        /// through a non-zero derivative.</summary>
        public static bool HasPartial(Instruction instruction, int index)
        {
            var arg = instruction.Args[index];
            switch (instruction.Op)
            {
                case OpCode.Copy:
                case OpCode.Negate:
                case OpCode.Add:
                case OpCode.Subtract:
                case OpCode.Multiply:
                case OpCode.Divide:
                case OpCode.Remainder:
                case OpCode.Convert:
                    return arg.Kind.IsDifferentiable();
                case OpCode.Intrinsic:
                    return arg.Kind.IsScalarFloating() && !Intrinsics.Piecewise.Contains(instruction.Name!);
                case OpCode.ArrayLoad:
                    return index == 0;
                case OpCode.ArrayStore:
                    return index == 2;
                case OpCode.Call:
                case OpCode.Primitive:
                    return instruction.Call!.Parameters[index].Differentiable && arg.Kind.IsDifferentiable();
                case OpCode.Fused:
                    return instruction.Kernel!.Inputs[index].Differentiable;
                default:
                    return false;
            }
        }

        private bool PropagateVaried(Instruction instruction)
        {
            var target = instruction.Op == OpCode.ArrayStore ? instruction.Args[0].Variable : instruction.Target;
            if (target < 0 || !_variables[target].Kind.IsDifferentiable() || _varied[Root(target)]) return false;
            if (instruction.Op == OpCode.Primitive && instruction.Effect == Effect.Ordered)
            {
                // An effect's result may depend on what earlier effects did with varied values (another rank's sent
                // value, a state that stored one): it is varied whatever its arguments.
                _varied[Root(target)] = true;
                return true;
            }
            for (var i = 0; i < instruction.Args.Count; i++)
            {
                var arg = instruction.Args[i];
                if (arg.IsVariable && HasPartial(instruction, i) && _varied[Root(arg.Variable)])
                {
                    _varied[Root(target)] = true;
                    return true;
                }
            }
            return false;
        }

        private bool PropagateUseful(Instruction instruction)
        {
            var target = instruction.Op == OpCode.ArrayStore ? instruction.Args[0].Variable : instruction.Target;
            // An effect's arguments leave through it (a sent value reaches another rank's result, a stored one a later
            // read): they are useful whether or not its own result is.
            var effect = instruction.Op == OpCode.Primitive && instruction.Effect == Effect.Ordered;
            if (!effect && (target < 0 || !_useful[Root(target)])) return false;
            var changed = false;
            for (var i = 0; i < instruction.Args.Count; i++)
            {
                var arg = instruction.Args[i];
                if (arg.IsVariable && HasPartial(instruction, i) && !_useful[Root(arg.Variable)])
                {
                    _useful[Root(arg.Variable)] = true;
                    changed = true;
                }
            }
            return changed;
        }

        /// <summary>Which array variables may hold the same array (activity is shared among them).</summary>
        public ArrayAliases Aliases => _aliases;

        private int Root(int variable) => _aliases.Root(variable);
    }
}
