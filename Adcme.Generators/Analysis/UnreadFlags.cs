using System.Collections.Generic;
using System.Linq;
using Adcme.Generators.Model;

namespace Adcme.Generators.Analysis
{
    /// <summary>Removes assignments to control-flow flags that nothing reads (a <c>continue</c> as the last statement
    /// of a loop body sets a flag no later statement tests): generated code would carry them as dead stores.</summary>
    internal static class UnreadFlags
    {
        public static EquatableArray<Statement> Remove(IReadOnlyList<VariableModel> variables, EquatableArray<Statement> body)
        {
            var read = new HashSet<int>();
            void Reads(EquatableArray<Statement> block)
            {
                foreach (var statement in block)
                {
                    switch (statement)
                    {
                        case Instruction instruction:
                            foreach (var arg in instruction.Args) if (arg.IsVariable) read.Add(arg.Variable);
                            break;
                        case IfStatement branch:
                            if (branch.Condition.IsVariable) read.Add(branch.Condition.Variable);
                            Reads(branch.Then);
                            Reads(branch.Else);
                            break;
                        case LoopStatement loop:
                            if (loop.ConditionValue.IsVariable) read.Add(loop.ConditionValue.Variable);
                            Reads(loop.Condition);
                            Reads(loop.Body);
                            break;
                    }
                }
            }
            Reads(body);
            bool Dead(Statement statement) => statement is Instruction instruction && instruction.Target >= 0
                && variables[instruction.Target].Role == VariableRole.Flag && !read.Contains(instruction.Target);
            EquatableArray<Statement> Clean(EquatableArray<Statement> block) => block.Where(s => !Dead(s)).Select(s => s switch
            {
                IfStatement branch => branch with { Then = Clean(branch.Then), Else = Clean(branch.Else) },
                LoopStatement loop => loop with { Condition = Clean(loop.Condition), Body = Clean(loop.Body) },
                _ => s,
            }).ToEquatableArray();
            return Clean(body);
        }
    }
}
