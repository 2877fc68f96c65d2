using System.Collections.Generic;
using System.Linq;
using Adcme.Generators.Model;

namespace Adcme.Generators.Analysis
{
    /// <summary>Which array variables may refer to an array whose contents can differ between a call and that
    /// call's reverse: arrays that flow (through reference copies) into a variable written element-wise anywhere in
    /// the method, and parameters' arrays, which the caller may write after this method has returned and before
    /// its reverse runs (split mode), and static readonly fields' arrays likewise. A primitive's pullback given such an array reads a copy taken at the call.</summary>
    internal sealed class ArrayAliases
    {
        private readonly int[] _root;
        private readonly HashSet<int> _mutable = new HashSet<int>();

        public ArrayAliases(IReadOnlyList<VariableModel> variables, EquatableArray<Statement> body)
        {
            _root = Enumerable.Range(0, variables.Count).ToArray();
            var instructions = IrWalker.Instructions(body).Select(i => i.Instruction).ToList();
            foreach (var instruction in instructions)
            {
                if (instruction.Op == OpCode.Copy && instruction.Args[0].IsVariable && variables[instruction.Target].Kind == ValueKind.DoubleArray)
                {
                    Union(instruction.Target, instruction.Args[0].Variable);
                }
            }
            foreach (var variable in variables)
            {
                if (variable.Kind == ValueKind.DoubleArray && variable.Role == VariableRole.Parameter) _mutable.Add(Root(variable.Id));
            }
            foreach (var instruction in instructions)
            {
                if (instruction.Op == OpCode.ArrayStore && instruction.Args[0].IsVariable) _mutable.Add(Root(instruction.Args[0].Variable));
                // A static readonly double[] field's array: other code may write its elements, as a caller may a parameter's.
                if (instruction.Op == OpCode.Copy && !instruction.Args[0].IsVariable && instruction.Args[0].Literal != "null"
                    && variables[instruction.Target].Kind == ValueKind.DoubleArray) _mutable.Add(Root(instruction.Target));
            }
        }

        /// <summary>Whether the contents of the array in <paramref name="variable"/> may change before a reverse sweep reads them.</summary>
        public bool MayChange(int variable) => _mutable.Contains(Root(variable));

        /// <summary>A representative of the variables that may hold the same array as <paramref name="variable"/>
        /// (itself for every variable that is not an array).</summary>
        public int Root(int variable)
        {
            while (_root[variable] != variable) variable = _root[variable] = _root[_root[variable]];
            return variable;
        }

        private void Union(int a, int b)
        {
            var ra = Root(a);
            var rb = Root(b);
            if (ra != rb) _root[ra] = rb;
        }
    }
}
