using System.Collections.Generic;
using Adcme.Generators.Model;

namespace Adcme.Generators.Analysis
{
    internal static class IrWalker
    {
        /// <summary>Every instruction, with the depth of loops around it, in program order.</summary>
        public static IEnumerable<(Instruction Instruction, int LoopDepth)> Instructions(EquatableArray<Statement> block, int depth = 0)
        {
            foreach (var statement in block)
            {
                switch (statement)
                {
                    case Instruction instruction:
                        yield return (instruction, depth);
                        break;
                    case IfStatement branch:
                        foreach (var item in Instructions(branch.Then, depth)) yield return item;
                        foreach (var item in Instructions(branch.Else, depth)) yield return item;
                        break;
                    case LoopStatement loop:
                        foreach (var item in Instructions(loop.Condition, depth + 1)) yield return item;
                        foreach (var item in Instructions(loop.Body, depth + 1)) yield return item;
                        break;
                }
            }
        }

        /// <summary>Every loop, in pre-order.</summary>
        public static IEnumerable<LoopStatement> Loops(EquatableArray<Statement> block)
        {
            foreach (var statement in block)
            {
                switch (statement)
                {
                    case IfStatement branch:
                        foreach (var loop in Loops(branch.Then)) yield return loop;
                        foreach (var loop in Loops(branch.Else)) yield return loop;
                        break;
                    case LoopStatement loop:
                        yield return loop;
                        foreach (var inner in Loops(loop.Condition)) yield return inner;
                        foreach (var inner in Loops(loop.Body)) yield return inner;
                        break;
                }
            }
        }
    }
}
